import Testing
@testable import Pareto

/// Seeded point clouds for the frontier tests.
enum FrontierShape: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// U[0, 1]^d: small frontiers.
    case uniform
    /// Within 1% of the positive orthant of the unit sphere: most points non-dominated.
    case concave
    /// Integers 0...3 in every objective: many ties and exact duplicates.
    case grid
    /// Points on the line x_j = t (all collinear, objectives perfectly correlated), with repeats.
    case collinear
    /// Uniform, but the last objective is one constant value.
    case constantColumn
    /// Anti-correlated integers: x_0 + x_1 = 20 on a few values, other objectives small ints.
    case antiGrid

    var testDescription: String { rawValue }

    func points(count n: Int, dimensions d: Int, seed: UInt64) -> PointSet {
        var rng = SplitMix64(seed: seed)
        var values: [Double] = []
        values.reserveCapacity(n * d)
        for _ in 0..<n {
            switch self {
            case .uniform:
                for _ in 0..<d { values.append(Double.random(in: 0..<1, using: &rng)) }
            case .concave:
                values.append(contentsOf: concavePoint(d, &rng))
            case .grid:
                for _ in 0..<d { values.append(Double(Int.random(in: 0...3, using: &rng))) }
            case .collinear:
                let t = Double(Int.random(in: 0..<50, using: &rng)) / 7
                for _ in 0..<d { values.append(t) }
            case .constantColumn:
                for _ in 0..<(d - 1) { values.append(Double.random(in: 0..<1, using: &rng)) }
                values.append(0.5)
            case .antiGrid:
                let a = Double(Int.random(in: 0...20, using: &rng))
                values.append(a)
                if d > 1 { values.append(20 - a) }
                for _ in 2..<max(2, d) { values.append(Double(Int.random(in: 0...2, using: &rng))) }
            }
        }
        return try! PointSet(dimensions: d, values: values)
    }
}

/// |N(0, I)| normalised to unit length, times (1 − 0.01·U).
func concavePoint(_ d: Int, _ rng: inout SplitMix64) -> [Double] {
    var p = (0..<d).map { _ -> Double in
        // Box–Muller
        let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng), u2 = Double.random(in: 0..<1, using: &rng)
        return abs((-2 * _log(u1)).squareRoot() * _cos(2 * .pi * u2))
    }
    let norm = p.reduce(0) { $0 + $1 * $1 }.squareRoot()
    let r = 1 - 0.01 * Double.random(in: 0..<1, using: &rng)
    for j in 0..<d { p[j] = norm > 0 ? p[j] / norm * r : r }
    return p
}

/// A minimal natural log and cosine so the tests need no Foundation.
func _log(_ x: Double) -> Double {
    // log(x) = 2·atanh((x−1)/(x+1)) after scaling x into [0.5, 1).
    var m = x, e = 0.0
    while m >= 1 { m /= 2; e += 1 }
    while m < 0.5 { m *= 2; e -= 1 }
    let t = (m - 1) / (m + 1), t2 = t * t
    var term = t, sum = 0.0
    for k in stride(from: 1, through: 41, by: 2) { sum += term / Double(k); term *= t2 }
    return 2 * sum + e * 0.6931471805599453
}

func _cos(_ x: Double) -> Double {
    var y = x.truncatingRemainder(dividingBy: 2 * .pi)
    if y > .pi { y -= 2 * .pi }
    var term = 1.0, sum = 1.0
    for k in 1...20 { term *= -y * y / Double((2 * k - 1) * (2 * k)); sum += term }
    return sum
}

/// Senses alternating maximize / minimize, starting with minimize.
func mixedSenses(_ d: Int) -> [ObjectiveSense] {
    (0..<d).map { $0 % 2 == 0 ? .minimize : .maximize }
}

/// Checks a claimed frontier in O(n·k): no reported row is dominated by another reported row,
/// and every unreported row is dominated by some reported row.
func isValidFrontier(_ points: PointSet, senses: [ObjectiveSense]?, _ reported: [Int]) -> Bool {
    let d = points.dimensions
    let signs = (senses ?? .maximizeAll(d)).map(\.sign)
    guard reported == reported.sorted(), Set(reported).count == reported.count else { return false }
    // A plain oriented copy keeps the debug-build inner loop cheap (this is test code).
    let v = points.values.enumerated().map { signs[$0.offset % d] * $0.element }
    return v.withUnsafeBufferPointer { v in
        func dominates(_ a: Int, _ b: Int) -> Bool {
            var better = false
            for j in 0..<d {
                let x = v[a * d + j], y = v[b * d + j]
                if x < y { return false }
                if x > y { better = true }
            }
            return better
        }
        var isReported = [Bool](repeating: false, count: points.count)
        for a in reported { isReported[a] = true }
        for a in reported {
            for b in reported where dominates(b, a) { return false }
        }
        var last = reported.first ?? 0
        for i in 0..<points.count where !isReported[i] {
            if dominates(last, i) { continue }
            guard let r = reported.first(where: { dominates($0, i) }) else { return false }
            last = r
        }
        return true
    }
}
