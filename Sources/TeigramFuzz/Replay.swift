import Foundation

// The plain build's `main` (`swift build`, `swift test`): a replay tool that runs a target on files, with no
// sanitizer needed to reproduce a finding. The fuzz build (-DTEIGRAM_FUZZING) leaves it out and enters
// libFuzzer instead (see LibFuzzerEntry.swift). There is no main.swift, so SwiftPM compiles this target with
// `-parse-as-library` and `@main` marks the entry.
//
//     swift run TeigramFuzz encode|text|validate FILE...
#if !TEIGRAM_FUZZING
    @main
    enum ReplayCommand {
        static func main() {
            let arguments = Array(CommandLine.arguments.dropFirst())
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
                FileHandle.standardError.write(Data("usage: TeigramFuzz encode|text|validate FILE...\n".utf8))
                exit(2)
            }
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("TeigramFuzz: cannot read \(path)\n".utf8))
                    exit(2)
                }
                target.run([UInt8](data))
                print("\(target.rawValue): \(path): ok (\(data.count) bytes)")
            }
        }
    }
#endif
