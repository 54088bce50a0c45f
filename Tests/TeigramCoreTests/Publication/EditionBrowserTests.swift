import Foundation
import Testing
@testable import TeigramCore
import TeigramXML

/// The committed edition as a reader's browser shows it: every page rendered in headless Chromium (Debian's
/// `chromium`, which `.ci/run` installs; `TEIGRAM_CHROMIUM` names another binary). Where no Chromium is
/// installed these tests are skipped, unless `TEIGRAM_REQUIRE_CHROMIUM=1` (set by `.ci/run`), which makes
/// a missing browser a failure.
@Suite(.serialized) struct EditionBrowserTests {
    static let chromium: String? = {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["TEIGRAM_CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let required = ProcessInfo.processInfo.environment["TEIGRAM_REQUIRE_CHROMIUM"] == "1"

    /// What the browser saw of every page (the harness's JSON), and the page-initiated requests its network
    /// log holds. Never changed once made, so it may be shared.
    struct Run: @unchecked Sendable {
        let pages: [String: [String: Any]]
        let requestsFromPages: [String]
    }

    /// Renders every page once (the harness visits them in one browser) and keeps the result.
    static let run: Result<Run, RunError> = render()

    struct RunError: Error, CustomStringConvertible {
        var description: String
    }

    static let edition = URL(fileURLWithPath: PublicationFixtures.edition).standardizedFileURL.path
    static let canaryURL = "http://teigram-canary.invalid/request-that-must-be-seen.png"

    static var pageFiles: [String] {
        let telegrams = FileIO.files(in: edition + "/telegrams", suffix: ".html")
        return [
            edition + "/index.html", edition + "/persons.html", edition + "/places.html",
            edition + "/organisations.html",
        ]
            + telegrams
    }

    static func render() -> Result<Run, RunError> {
        guard let chromium else { return .failure(RunError(description: "no Chromium installed")) }
        let folder: String
        do { folder = try PublicationFixtures.temporaryFolder() } catch {
            return .failure(RunError(description: "\(error)"))
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A page that asks the network for something: the network log must show it, or the check proves nothing.
        let canary = folder + "/canary.html"
        let pages = pageFiles.map { "file://" + $0 } + ["file://" + canary]
        do {
            try FileIO.writeAtomically(
                Array("<!DOCTYPE html><html lang=\"en\"><title>canary</title><img src=\"\(canaryURL)\" alt=\"\">".utf8),
                to: canary)
            let template = String(
                decoding: try FileIO.read(TestPaths.fixtures + "/publication/chromium-harness.html"), as: UTF8.self)
            let list = String(decoding: try JSONSerialization.data(withJSONObject: pages), as: UTF8.self)
            try FileIO.writeAtomically(
                Array(template.replacingOccurrences(of: "PAGES", with: list).utf8), to: folder + "/harness.html")
        } catch {
            return .failure(RunError(description: "cannot write the harness: \(error)"))
        }
        let netLog = folder + "/net.json"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--allow-file-access-from-files",
            "--user-data-dir=" + folder + "/profile", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--log-net-log=" + netLog, "--virtual-time-budget=600000", "--dump-dom",
            "file://" + folder + "/harness.html",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(RunError(description: "cannot run \(chromium): \(error)")) }
        let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let start = dom.range(of: "<pre id=\"out\">"),
            let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
        else { return .failure(RunError(description: "the harness gave no result")) }
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: Any]] else {
            return .failure(RunError(description: "the harness result is not JSON"))
        }
        var pagesByPath: [String: [String: Any]] = [:]
        for (url, seen) in object { pagesByPath[String(url.dropFirst("file://".count))] = seen }
        return .success(Run(pages: pagesByPath, requestsFromPages: requestsFromPages(netLogPath: netLog)))
    }

    /// The addresses of the requests that a page (a `file://` document) started, from Chromium's network log;
    /// the browser's own background requests are not the edition's and are left out.
    static func requestsFromPages(netLogPath: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: netLogPath),
            let log = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let constants = log["constants"] as? [String: Any],
            let types = constants["logEventTypes"] as? [String: Int], let startJob = types["URL_REQUEST_START_JOB"],
            let events = log["events"] as? [[String: Any]]
        else { return ["(the network log could not be read)"] }
        return events.compactMap { event in
            guard event["type"] as? Int == startJob, let parameters = event["params"] as? [String: Any],
                let url = parameters["url"] as? String, !url.hasPrefix("file:"),
                (parameters["network_isolation_key"] as? String)?.contains("file://") == true
            else { return nil }
            return url
        }
    }

    static func seen() throws -> Run {
        switch run {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    static var canRun: Bool { chromium != nil || required }

    @Test(.enabled(if: canRun)) func theBrowserSawEveryPage() throws {
        let run = try Self.seen()
        for page in Self.pageFiles {
            let seen = try #require(run.pages[page], "\(page) was not rendered")
            #expect(seen["error"] == nil, "\(page): \(seen["error"] ?? "")")
            #expect(seen["lang"] as? String == "en")
        }
    }

    @Test(.enabled(if: canRun)) func everyTelegramPageShowsEveryWordOfItsPlainText() throws {
        let run = try Self.seen()
        for page in FileIO.files(in: Self.edition + "/telegrams", suffix: ".html") {
            let name = Project.baseName(page)
            let path = TestPaths.project.output + "/\(name).xml"
            let document = try XMLParsedDocument(bytes: FileIO.read(path), path: path).tree()
            let normalised = PlainTextExtractor().extract(document, path: path).text
            let diplomatic = PlainTextExtractor(options: TextOptions(edition: .diplomatic)).extract(
                document, path: path
            )
            .text
            let seen = run.pages[page] ?? [:]
            #expect(words(seen["reading"] as? String ?? "") == words(normalised), "\(name): the reading differs")
            if seen["switchedTo"] != nil {
                #expect(seen["switchedTo"] as? String == "diplomatic")
                #expect(
                    words(seen["diplomatic"] as? String ?? "") == words(diplomatic),
                    "\(name): the diplomatic reading differs")
            }
        }
    }

    @Test(.enabled(if: canRun)) func everyLinkOfEveryPageResolves() throws {
        let run = try Self.seen()
        var idsByFile: [String: Set<String>] = [:]
        for (path, seen) in run.pages { idsByFile[path] = Set(seen["ids"] as? [String] ?? []) }
        var checked = 0
        for page in Self.pageFiles {
            for link in run.pages[page]?["links"] as? [String] ?? [] {
                if link.hasPrefix("http://") || link.hasPrefix("https://") {
                    #expect(HTML.isLinkable(link), "\(page): \(link)")
                    continue
                }
                #expect(link.hasPrefix("file://"), "\(page): \(link)")
                let parts = link.dropFirst("file://".count).split(
                    separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = String(parts[0]).removingPercentEncoding ?? String(parts[0])
                #expect(FileIO.exists(file), "\(page): \(link) leads to no file")
                if parts.count > 1, !parts[1].isEmpty {
                    let fragment = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                    let ids = try idsByFile[file] ?? Self.ids(inFile: file)
                    #expect(ids.contains(fragment), "\(page): \(link) names no id")
                }
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test(.enabled(if: canRun)) func noPageLoadsAnythingFromTheNetwork() throws {
        let run = try Self.seen()
        for page in Self.pageFiles {
            for resource in run.pages[page]?["resources"] as? [String] ?? [] {
                #expect(resource.hasPrefix("file://"), "\(page) loads \(resource)")
            }
        }
        // The canary page's request is the only one the pages made: the log is read right.
        #expect(run.requestsFromPages == [Self.canaryURL])
    }

    @Test(.enabled(if: canRun)) func theIndexFiltersAndSorts() throws {
        let seen = try #require(try Self.seen().pages[Self.edition + "/index.html"])
        let telegrams = FileIO.files(in: Self.edition + "/telegrams", suffix: ".html").count
        #expect(seen["rowsWithNonsense"] as? Int == 0)
        #expect(seen["rows"] as? Int == telegrams)
        let first = try #require(seen["firstAfterOneClick"] as? String)
        let second = try #require(seen["firstAfterTwoClicks"] as? String)
        #expect(first > second, "sorting by date twice should reverse the order")
    }

    /// The ids of an HTML file the harness did not render (none: every linked page is rendered).
    static func ids(inFile path: String) throws -> Set<String> {
        let html = String(decoding: try FileIO.read(path), as: UTF8.self)
        var ids: Set<String> = []
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            let after = rest[range.upperBound...]
            guard let close = after.firstIndex(of: "\"") else { break }
            ids.insert(String(after[..<close]))
            rest = after[close...]
        }
        return ids
    }
}
