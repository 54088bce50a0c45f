import Foundation
import TeigramXML

/// What a build did.
public struct BuildSummary: Sendable {
    /// Telegrams converted and valid.
    public var documents = 0
    /// Telegrams that failed (unreadable input or invalid output).
    public var failed = 0
    /// Mentions tagged.
    public var mentions = 0
    /// Mentions linked to the authority.
    public var linkedMentions = 0
    /// All diagnostics, errors and warnings, in file order.
    public var diagnostics: [Diagnostic] = []
    /// Names tagged without a link: name → (file, context) occurrences.
    public var unresolved: [(file: String, name: UnresolvedName)] = []
    /// Output files removed because their source is gone.
    public var removed: [String] = []
    /// Telegrams encoded in this run (valid or failed); the rest of ``documents`` were unchanged.
    public var converted = 0
    /// Telegrams whose output was current and left alone (counted in ``documents``).
    public var unchanged = 0
    /// Warnings the unchanged telegrams gave when they were converted (from the manifest; their text is
    /// not repeated: `--force` shows them again).
    public var unchangedWarnings = 0

    /// Warnings count, for the whole corpus (unchanged telegrams included).
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count + unchangedWarnings }
}
