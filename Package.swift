// swift-tools-version: 6.1
//
// Frontier: Pareto-frontier analysis of two-party cost-sharing negotiations.
//
// Architecture, from the bottom up:
//   CBLASLAPACK    system library: Debian's CBLAS header and the Fortran LAPACK symbols we use
//   LinearAlgebra  a safe, column-major `Matrix` over CBLAS/LAPACK; no C type is public
//   Pareto         generic dominance, frontiers, sorting, hypervolume, bargaining solutions
//   PointFiles     the .npy and CSV point-file readers `frontier pareto` uses (the geometry parses no bytes)
//   CostSharing    the SMA domain model: packages, each side's utility, scenarios, analysis
//   Genius         GENIUS XML / GeniusWeb JSON negotiation domains, read and written
//   CostSharingGenius  the bridge: a cost-sharing scenario exported as a GENIUS domain
//   Workbench      the workbench page (HTML, CSS, JavaScript), served or written as the offline report
//   FrontierServer the analyst's workbench as a local web server (Hummingbird) and its JSON API;
//                  no library depends on it
//   frontier       the command-line tool (argument parsing and printing only)
//   frontier-workbench  the server's executable (`frontier serve` runs it), kept apart so that
//                  `frontier` links no web library and starts fast
import PackageDescription

let package = Package(
    name: "Frontier",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Pareto", targets: ["Pareto"]),
        .library(name: "PointFiles", targets: ["PointFiles"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "CostSharing", targets: ["CostSharing"]),
        .library(name: "Genius", targets: ["Genius"]),
        .library(name: "CostSharingGenius", targets: ["CostSharingGenius"]),
        .executable(name: "frontier", targets: ["frontier"]),
        .executable(name: "frontier-workbench", targets: ["frontier-workbench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0",
                 traits: ["MallocInterposer"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
    ],
    targets: [
        // MARK: C interop, behind a wall
        .systemLibrary(
            name: "CBLASLAPACK",
            path: "Sources/CBLASLAPACK",
            providers: [.apt(["libblas-dev", "liblapack-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["CBLASLAPACK"]),

        // MARK: Libraries
        .target(name: "Pareto"),
        .target(name: "PointFiles", dependencies: ["Pareto"]),
        .target(name: "CostSharing", dependencies: ["Pareto", "LinearAlgebra"]),
        .target(name: "Genius", dependencies: ["Pareto"]),
        .target(name: "CostSharingGenius", dependencies: ["CostSharing", "Genius", "Pareto"]),
        .target(name: "Workbench"),
        .target(name: "FrontierServer", dependencies: ["CostSharing", "Workbench", .product(name: "Hummingbird", package: "hummingbird")]),

        // MARK: Tool
        .executableTarget(
            name: "frontier",
            dependencies: [
                "Pareto", "PointFiles", "LinearAlgebra", "CostSharing", "Genius", "CostSharingGenius", "Workbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "frontier-workbench",
            dependencies: ["FrontierServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: Tests
        .testTarget(name: "ParetoTests", dependencies: ["Pareto"]),
        .testTarget(name: "PointFilesTests", dependencies: ["PointFiles", "Pareto"]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "Pareto"]),
        .testTarget(name: "CostSharingTests", dependencies: ["CostSharing", "Pareto", "LinearAlgebra"]),
        .testTarget(name: "GeniusTests", dependencies: ["Genius", "Pareto"]),
        .testTarget(name: "CostSharingGeniusTests", dependencies: ["CostSharingGenius", "CostSharing", "Genius", "Pareto"]),
        .testTarget(name: "FrontierToolTests", dependencies: ["frontier", "frontier-workbench"]),
        .testTarget(name: "FrontierServerTests", dependencies: [
            "FrontierServer", "Workbench", "CostSharing", .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),

        // MARK: Examples
        .executableTarget(name: "ParetoTour", dependencies: ["Pareto", "PointFiles"], path: "Examples/ParetoTour"),
        .executableTarget(name: "SMA2020", dependencies: ["CostSharing"], path: "Examples/SMA2020"),
        .executableTarget(name: "PresetTour", dependencies: ["CostSharing"], path: "Examples/PresetTour"),
    ]
)

// MARK: Benchmarks (`swift package benchmark`)
for (name, dependencies) in [
    ("ParetoBenchmarks", ["Pareto"]),
    ("SeparableBenchmarks", ["Pareto", "Genius"]),
    ("LinearAlgebraBenchmarks", ["LinearAlgebra"]),
    ("CostSharingBenchmarks", ["CostSharing", "Pareto"]),
    ("LinkageBenchmarks", ["CostSharing", "Pareto"]),
] as [(String, [Target.Dependency])] {
    package.targets.append(
        .executableTarget(
            name: name,
            dependencies: dependencies + [.product(name: "Benchmark", package: "package-benchmark")],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        )
    )
}
