import Foundation
import Testing

/// The workbench in a real browser: Debian's headless `chromium` against a running
/// `frontier serve`, and on the `--html` report file. `.ci/run` installs chromium; set
/// FRONTIER_SKIP_BROWSER_TESTS=1 to skip these on a machine without it.
@Suite(.serialized) struct WorkbenchBrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let skip = ProcessInfo.processInfo.environment["FRONTIER_SKIP_BROWSER_TESTS"] == "1"

    /// The page's DOM after its scripts have run (virtual time, so no waiting on the clock).
    func dom(_ url: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(Self.chromium, "chromium is not installed (apt-get install chromium)"))
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-proxy-server", "--virtual-time-budget=60000", "--dump-dom", url]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func text(_ dom: String, id: String) -> String? {
        guard let r = dom.range(of: "id=\"\(id)\">") else { return nil }
        return String(dom[r.upperBound...].prefix { $0 != "<" })
    }

    /// Runs `body` with the address of a `frontier serve` started on a free port.
    func withServer(_ body: (String) throws -> Void) throws {
        let server = Process()
        server.executableURL = FrontierToolRunner.executable
        server.arguments = ["serve", "--port", "0"]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while !printed.contains("http://"), Date() < deadline {
            printed += String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        }
        let address = try #require(printed.split(separator: " ").first { $0.hasPrefix("http://") }?
            .trimmingCharacters(in: .whitespacesAndNewlines), "the server printed its address: \(printed)")
        try body(address)
    }

    /// The long runs in the page (samples with the tornado chart, a calibration), the strategy
    /// charts, and the form's lists and distributions.
    @Test func longRunsStrategyChartsAndListFields() throws {
        guard !Self.skip else { return }
        try withServer { address in
            let sampled = try dom(address + "?preset=sma-2021&samples=40&buffered=1")
            #expect(sampled.contains("data-samples=\"40\""), "the sampled analysis finished in the page")
            #expect(sampled.contains("class=\"tornado-bar\""), "the tornado chart is drawn")
            #expect(text(sampled, id: "zone-probability")?.hasSuffix("% of draws") == true)

            let calibrated = try dom(address + "?preset=sma-2021&calibrate=recipient.headlineWeight&rounds=sma-2019,sma-2021&buffered=1")
            #expect(calibrated.contains("data-calibration=\"done\""), "the calibration finished in the page")
            #expect(calibrated.contains("id=\"cal-rounds-table\""))

            let strategy = try dom(address + "?preset=sma-2020")
            #expect(strategy.contains("class=\"patience-recipient\"") && strategy.contains("class=\"term-bar\""), "the strategy charts are drawn")

            // A grid list edited as text: fewer terms, fewer packages evaluated.
            let full = try dom(address + "?preset=sma-2021")
            let shorter = try dom(address + "?preset=sma-2021&set=grid.durations=1,%205")
            #expect(shorter.contains("data-state=\"ready\""))
            #expect(full.contains("data-path=\"grid.durations\"") && full.contains("data-path=\"uncertainty.recipient.headlineWeight\""),
                    "the grid's lists and the distributions are in the form")
            let before = try #require(text(full, id: "frontier-count")), after = try #require(text(shorter, id: "frontier-count"))
            #expect(before != after, "the frontier changed with the grid: \(before) → \(after)")
        }
    }

    @Test func changingAParameterRedrawsThePage() throws {
        guard !Self.skip else { return }
        try withServer { address in
            let before = try dom(address + "?preset=sma-2021")
            #expect(before.contains("data-state=\"ready\""), "the page finished its analysis")
            let nashBefore = try #require(text(before, id: "nash-total"))
            #expect(nashBefore.hasPrefix("936.0"), "sma-2021's Nash solution, as `frontier analyze` gives it: \(nashBefore)")
            #expect(before.contains("class=\"frontier-points\""), "the utility plot is drawn")

            // The same page with one field changed after the first analysis, as a user would.
            let after = try dom(address + "?preset=sma-2021&set=recipient.headlineWeight=1")
            #expect(after.contains("data-state=\"ready\""))
            let nashAfter = try #require(text(after, id: "nash-total"))
            #expect(nashAfter != nashBefore, "the solution moved: \(nashBefore) → \(nashAfter)")
            let cli = try FrontierToolRunner().run(["analyze", "--preset", "sma-2021", "--format", "json"])
            #expect(cli.status == 0)

            // A bad value is shown at its field.
            let bad = try dom(address + "?preset=sma-2021&set=recipient.lossAversion=-1")
            #expect(bad.contains("class=\"field invalid\" data-path=\"recipient.lossAversion\""), "the error sits at the field")
        }
    }

    /// `--html` with `--samples`: the report file carries the samples, and the page draws their
    /// tornado chart offline; `--html` with `--sweep` is refused.
    @Test func theHTMLReportCarriesSamples() throws {
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2021", "--samples", "30", "--html", "sampled.html"])
        #expect(r.status == 0, "\(r.standardError)")
        let page = try String(contentsOf: t.directory.appendingPathComponent("sampled.html"), encoding: .utf8)
        #expect(page.contains("\"tornadoBaseline\"") && page.contains("\"zoneProbability\""), "the samples are inline")
        let refused = try t.run(["analyze", "--preset", "sma-2021", "--sweep", "recipient.headlineWeight=0.3:1:0.1", "--html", "x.html"])
        #expect(refused.status == 2 && refused.standardError.contains("--html"))
        guard !Self.skip else { return }
        let shown = try dom(t.directory.appendingPathComponent("sampled.html").absoluteString)
        #expect(shown.contains("class=\"tornado-bar\""), "the tornado chart is drawn offline")
    }

    @Test func theHTMLReportOpensOffline() throws {
        guard !Self.skip else { return }
        let t = try FrontierToolRunner()
        let r = try t.run(["analyze", "--preset", "sma-2020", "--html", "report.html"])
        #expect(r.status == 0, "\(r.standardError)")
        let file = t.directory.appendingPathComponent("report.html")
        let page = try String(contentsOf: file, encoding: .utf8)
        #expect(!page.contains("http://") || !page.contains("<script src"), "no external resources")
        let shown = try dom(file.absoluteString)
        #expect(shown.contains("data-state=\"ready\""))
        #expect(text(shown, id: "nash-total")?.hasPrefix("1,175.0") == true, "sma-2020's Nash total")
        #expect(shown.contains("Offline report") && shown.contains("alternating-total"), "the strategy section is there too")
    }
}
