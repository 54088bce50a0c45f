import ArgumentParser
import Foundation
import TeigramCore

extension Teigram {
    /// `teigram validate [--schema FILE] FILE...`
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate TEI files against a RELAX NG schema and the integrity rules.",
            discussion: """
                Default schema: the project's Schemas/teigram.rng, else the bundled one (works from any \
                directory). libxml2 validates. --schema takes any RELAX NG (XML syntax) \
                file, e.g. Schemas/tei_all.rng (about 14 s to compile, once per run). Beyond the schema: every \
                @ref="#id" resolves, xml:ids are unique, dates are ISO 8601 with notBefore <= notAfter, a sent \
                correspAction has a date; with a schema that defines teigram.localPointer (Teigram's), a name's @ref \
                is one local pointer (#id). Diagnostics: path:line:col: error: message on standard error (libxml2 \
                gives no column for schema errors: 0). Exit 0 all valid, 1 any invalid, 2 usage or I/O error. \
                DTDs, external entities and network access are refused.
                """
        )

        @Option(help: "RELAX NG schema (default: the project's Schemas/teigram.rng, else the bundled one).")
        var schema: String?

        @OptionGroup var location: ProjectLocation

        @Option(help: "Output format: text or json.")
        var format: Format = .text

        @Flag(help: "Skip the integrity rules (schema only).")
        var schemaOnly = false

        @Option(name: .shortAndLong, help: "Parallel jobs (default: all cores).")
        var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

        @Argument(help: "TEI files.")
        var files: [String]

        enum Format: String, ExpressibleByArgument { case text, json }

        func validate() throws {
            if files.isEmpty { throw ValidationError("give at least one TEI file") }
            if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        }

        func run() throws {
            let integrity = !schemaOnly
            let project = schema == nil ? try location.locate() : nil
            let validator: TEIValidator
            let schemaPath: String
            do throws(Diagnostic) {
                if let schema {
                    validator = try TEIValidator(schemaPath: schema, checksIntegrity: integrity)
                } else {
                    validator = try Project.validator(for: project, checksIntegrity: integrity)
                }
                schemaPath = validator.schema.path
            } catch {
                Console.print([error])
                throw ExitStatus.usage
            }
            let inputs = files
            let progress = ProgressLine.make("validating")
            let results = ParallelMap.map(inputs, jobs: jobs, progress: progress?.callback) {
                validator.validate(file: $0)
            }
            progress?.finish()
            let ioFailure = results.contains { result in result.diagnostics.contains { $0.kind == .io } }
            let invalid = results.filter { !$0.isValid }.count
            switch format {
            case .text:
                Console.print(results.flatMap(\.diagnostics))
                let errors = results.flatMap(\.diagnostics).filter { $0.severity == .error }.count
                Console.error(
                    "teigram validate: \(results.count - invalid) of \(results.count) files valid, \(errors) errors (schema \(schemaPath))"
                )
            case .json:
                let array: [[String: Any]] = results.map { result in
                    [
                        "path": result.path, "valid": result.isValid,
                        "diagnostics": result.diagnostics.map {
                            [
                                "severity": $0.severity.rawValue, "kind": $0.kind.rawValue, "line": $0.line,
                                "column": $0.column, "message": $0.message,
                            ]
                        },
                    ]
                }
                let data = try JSONSerialization.data(
                    withJSONObject: ["schema": schemaPath, "files": array], options: [.sortedKeys, .prettyPrinted])
                Console.out(String(decoding: data, as: UTF8.self) + "\n")
            }
            if ioFailure { throw ExitStatus.usage }
            if invalid > 0 { throw ExitStatus.invalid }
        }
    }
}
