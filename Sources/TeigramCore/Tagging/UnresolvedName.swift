/// A name the tagger could not link, for the editors' review report.
///
/// The name is one line (``oneLine(_:)``): a name written over a line break ("Robert" / "Brennan
/// (Washington)") is one name, and the review report, which holds one line per name, reads back the values
/// it was written from. The context is given on one line by the caller (the tagger's sentence has its white
/// space collapsed; the report's field is one line).
public struct UnresolvedName: Sendable, Equatable {
    /// The name as written, on one line.
    public var name: String
    /// The sentence around it, on one line.
    public var context: String

    public init(name: String, context: String) {
        self.name = Self.oneLine(name)
        self.context = context
    }

    /// `text` with each tab and line break replaced by a space.
    public static func oneLine(_ text: String) -> String {
        // Every unlinked name is asked: the bytes are scanned in place where the string allows it.
        func isBreak(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let hasBreak =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isBreak) }
            ?? text.utf8.contains(where: isBreak)
        guard hasBreak else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
