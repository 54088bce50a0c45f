import Foundation
import Testing
@testable import TeigramCore

/// Runs the built `teigram` binary: exit codes, stdout and stderr forms other tools rely on.
@Suite("Command line", .serialized)
struct CLITests {
    /// The `teigram` built with the tests: beside the test bundle, whatever the configuration or build path.
    static let binary: String? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "teigram"
        ).path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], stdin: Data? = nil, in directory: String = TestPaths.root, binary: String? = nil)
        throws -> Run
    {
        let binary = try #require(binary ?? Self.binary, "the teigram binary was not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // Standard output and error go to files, not pipes: a run that fills one pipe's buffer while the
        // test waits on the other would never end (a corpus build's warnings exceed 64 KB).
        let captures = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: captures) }
        let outPath = captures + "/stdout"
        let errPath = captures + "/stderr"
        #expect(FileManager.default.createFile(atPath: outPath, contents: nil))
        #expect(FileManager.default.createFile(atPath: errPath, contents: nil))
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdoutData = try Self.captured(outPath)
        let stderrData = try Self.captured(errPath)
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A captured stream's bytes. An empty file is no bytes, read without Foundation: its reading of an
    /// empty file leaks the 4 KB buffer it allocates (LeakSanitizer on swift-corelibs-foundation 6.3.1).
    static func captured(_ path: String) throws -> Data {
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        return size?.intValue == 0 ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teigram-cli-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func encodeStandardInputToStandardOutput() throws {
        let result = try run(
            ["encode", "-"],
            stdin: Data(
                "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me in Pyongyang today and we talked.\n"
                    .utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(result.stdout.contains(##"<persName ref="#kim-il-sung">Kim Il Sung</persName>"##))
    }

    @Test func encodeFilesContinuesPastABadOne() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(FileManager.default.createFile(atPath: directory + "/empty.txt", contents: Data()))
        let good = TestPaths.project.corpus + "/1949-05-15_shtykov-to-vyshinsky.txt"
        let result = try run(["encode", "--output", directory + "/out", directory + "/empty.txt", good])
        #expect(result.status == 1)
        #expect(result.stderr.contains(directory + "/empty.txt:0:0: error: empty file: no text to encode"))
        #expect(FileManager.default.fileExists(atPath: directory + "/out/1949-05-15_shtykov-to-vyshinsky.xml"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/out/empty.xml"))
    }

    @Test func validateExitCodes() throws {
        let valid = try run(["validate", TestPaths.project.output + "/1949-05-15_shtykov-to-vyshinsky.xml"])
        #expect(valid.status == 0)
        #expect(valid.stderr.contains("1 of 1 files valid, 0 errors"))
        let invalid = try run(["validate", TestPaths.reference + "/tei-testdocs/invalid_when_only.xml"])
        #expect(invalid.status == 1)
        let lines = invalid.stderr.split(separator: "\n")
        #expect(lines.first?.contains("invalid_when_only.xml:") == true)
        #expect(lines.first?.contains(": error: ") == true)
        let missing = try run(["validate", "/nonexistent/file.xml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/file.xml:0:0: error: no such file"))
        let usage = try run(["validate", "--schema", "/nonexistent.rng", "x.xml"])
        #expect(usage.status == 2)
    }

    @Test func validateJSON() throws {
        let result = try run([
            "validate", "--format", "json", TestPaths.reference + "/tei-testdocs/invalid_when_only.xml",
        ])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.first?["valid"] as? Bool == false)
    }

    @Test func validateRefusesHostileInput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/xxe.xml"
        #expect(
            FileManager.default.createFile(
                atPath: path,
                contents: Data(
                    "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>"
                        .utf8)))
        let result = try run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("document declares a DTD"))
        let hostname =
            (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(
                in: .whitespacesAndNewlines) ?? "\u{0}"
        #expect(!result.stderr.contains(hostname) || hostname.isEmpty)
    }

    @Test func buildInACopyOfTheProject() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/Corpus", withDestinationPath: TestPaths.project.corpus)
        try FileManager.default.createSymbolicLink(
            atPath: directory + "/Schemas", withDestinationPath: TestPaths.project.schemas)
        #expect(FileManager.default.createFile(atPath: directory + "/stale-placeholder", contents: nil))
        try FileManager.default.createDirectory(atPath: directory + "/Output", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: directory + "/Output/gone.xml", contents: Data("old".utf8)))
        let result = try run(["build", "--format", "json"], in: directory)
        #expect(result.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(summary?["documents"] as? Int == TestPaths.project.telegrams.count)
        #expect(summary?["failed"] as? Int == 0)
        #expect(summary?["removed"] as? Int == 1)
        #expect(!FileManager.default.fileExists(atPath: directory + "/Output/gone.xml"))
    }

    @Test func aCopiedExecutableEncodesWithTaggingAndValidatesFromAnEmptyFolder() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let copy = directory + "/teigram"
        try FileManager.default.copyItem(atPath: try #require(Self.binary), toPath: copy)
        let telegram = "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me in Pyongyang today.\n"
        #expect(FileManager.default.createFile(atPath: directory + "/t.txt", contents: Data(telegram.utf8)))
        let encode = try run(["encode", "t.txt"], in: directory, binary: copy)
        #expect(encode.status == 0, "\(encode.stderr)")
        let tei = String(decoding: try FileIO.read(directory + "/t.xml"), as: UTF8.self)
        #expect(tei.contains(##"<persName ref="#kim-il-sung">Kim Il Sung</persName>"##))
        #expect(tei.contains(##"<placeName ref="#pyongyang">Pyongyang</placeName>"##))
        let validate = try run(["validate", "t.xml"], in: directory, binary: copy)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.contains("built-in:Schemas/teigram.rng"))
    }

    @Test func initCreatesAProjectThatBuilds() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let created = try run(["init", directory + "/edition"])
        #expect(created.status == 0, "\(created.stderr)")
        let source = TestPaths.project.corpus + "/1949-05-15_shtykov-to-vyshinsky.txt"
        try FileManager.default.copyItem(atPath: source, toPath: directory + "/edition/Corpus/t.txt")
        let build = try run(["build", "--quiet"], in: directory + "/edition")
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory + "/edition/Output/t.xml"))
    }

    @Test func initNeverOverwritesAFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(FileManager.default.createFile(atPath: directory + "/README.md", contents: Data("mine\n".utf8)))
        let result = try run(["init", directory])
        #expect(result.status == 2)
        #expect(result.stderr.contains(directory + "/README.md:0:0: error: already exists"))
        #expect(try FileIO.read(directory + "/README.md") == Array("mine\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: directory + "/Schemas/teigram.rng"))
    }

    @Test func anEditionAuthorityEntryIsUsedOverTheBuiltInOne() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let authority = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>\
            <publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>\
            <standOff><listPerson><person xml:id="zorin"><persName type="standard">Valerian Zorin</persName>\
            <persName type="surname">Zorin</persName></person></listPerson></standOff></TEI>
            """
        try FileManager.default.createDirectory(atPath: directory + "/mine", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: directory + "/mine/persons.xml", contents: Data(authority.utf8)))
        let text = "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nValerian Zorin met Kim Il Sung today.\n"
        let result = try run(
            ["encode", "--authority", directory + "/mine", "-"], stdin: Data(text.utf8), in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(##"<persName ref="#zorin">Valerian Zorin</persName>"##))
        #expect(result.stdout.contains(##"<persName ref="#kim-il-sung">Kim Il Sung</persName>"##))
    }

    @Test func taggingWithAnEmptyAuthorityWarns() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me in Pyongyang today.\n"
        let result = try run(["encode", "--without-built-in-authority", "-"], stdin: Data(text.utf8), in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the authority holds no entries"))
        #expect(!result.stdout.contains(##"ref="#kim-il-sung""##))
    }

    @Test func theBuiltInAuthorityIsLeftOutInsideAProjectToo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(try run(["init", directory + "/edition"]).status == 0)
        let text = "May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me in Pyongyang today.\n"
        let result = try run(
            ["encode", "--without-built-in-authority", "-"], stdin: Data(text.utf8), in: directory + "/edition")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the authority holds no entries"))
        #expect(!result.stdout.contains(##"ref="#kim-il-sung""##))
    }

    @Test func validateRefusesAProjectThatIsNotThere() throws {
        let result = try run(["validate", "--project", "/nonexistent-teigram-project", "x.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--project /nonexistent-teigram-project: no such directory"))
    }
}
