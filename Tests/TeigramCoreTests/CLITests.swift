import Foundation
import Testing
@testable import TeigramCore

/// Runs the built `teigram` binary: exit codes, stdout and stderr forms other tools rely on.
@Suite("Command line", .serialized)
struct CLITests {
    static let binary: String? = {
        let candidates = [".build/debug/teigram", ".build/x86_64-unknown-linux-gnu/debug/teigram", ".build/aarch64-unknown-linux-gnu/debug/teigram"]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("teigram").path
        return ([executable] + candidates.map { TestPaths.root + "/" + $0 }).first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    func run(_ arguments: [String], stdin: Data? = nil, in directory: String = TestPaths.root) throws -> Run {
        let binary = try #require(Self.binary, "the teigram binary was not built")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
    }

    func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("teigram-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func encodeStandardInputToStandardOutput() throws {
        let result = try run(["encode", "-"], stdin: Data("May 15, 1949\n\nTelegram, Shtykov to Vyshinsky\n\nKim Il Sung met me in Pyongyang today and we talked.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(result.stdout.contains(##"<persName ref="#kim-il-sung">Kim Il Sung</persName>"##))
    }

    @Test func encodeFilesContinuesPastABadOne() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        FileManager.default.createFile(atPath: directory + "/empty.txt", contents: Data())
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
        let result = try run(["validate", "--format", "json", TestPaths.reference + "/tei-testdocs/invalid_when_only.xml"])
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        #expect(files?.first?["valid"] as? Bool == false)
    }

    @Test func validateRefusesHostileInput() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/xxe.xml"
        FileManager.default.createFile(atPath: path, contents: Data("<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&x;</TEI>".utf8))
        let result = try run(["validate", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("document declares a DTD"))
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "\u{0}"
        #expect(!result.stderr.contains(hostname) || hostname.isEmpty)
    }

    @Test func buildInACopyOfTheProject() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory + "/Corpus", withDestinationPath: TestPaths.project.corpus)
        try FileManager.default.createSymbolicLink(atPath: directory + "/Schemas", withDestinationPath: TestPaths.project.schemas)
        FileManager.default.createFile(atPath: directory + "/stale-placeholder", contents: nil)
        try FileManager.default.createDirectory(atPath: directory + "/Output", withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: directory + "/Output/gone.xml", contents: Data("old".utf8))
        let result = try run(["build", "--format", "json"], in: directory)
        #expect(result.status == 0)
        let summary = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(summary?["documents"] as? Int == TestPaths.project.telegrams.count)
        #expect(summary?["failed"] as? Int == 0)
        #expect(summary?["removed"] as? Int == 1)
        #expect(!FileManager.default.fileExists(atPath: directory + "/Output/gone.xml"))
    }
}
