/// How `teigram text` renders editorial markup. The defaults give the reading text of the document: notes in
/// square brackets where they stand, regularised/corrected/expanded readings, editorial insertions in
/// brackets, omissions as "[…]", no header.
public struct TextOptions: Sendable, Equatable {
    /// What happens to `note` elements.
    public enum NoteMode: String, Sendable, Equatable, CaseIterable {
        /// Notes are dropped (a space left before following punctuation is removed too).
        case none
        /// A note's content stands in square brackets where the note stands: "Filippov [Stalin]",
        /// "[Translator's note: which is the GRU]". The default.
        case inline
        /// A numbered marker "[1]" stands in the text; the notes follow under "Notes" at the end of each document.
        case end
    }

    /// Which reading of a `choice` is given.
    public enum Edition: String, Sendable, Equatable, CaseIterable {
        /// The source as written: `orig`, `sic`, `abbr` (and `am`, not `ex`).
        case diplomatic
        /// The editor's reading: `reg`, `corr`, `expan` (and `ex`, not `am`). The default.
        case normalised
    }

    /// How `supplied` (an editor's insertion) is shown.
    public enum SuppliedMode: String, Sendable, Equatable, CaseIterable {
        /// "[text]", as printed editions do. The default.
        case brackets
        /// The text without any mark.
        case plain
        /// Left out.
        case omit
    }

    /// How `gap` (an omission) is shown.
    public enum GapMode: String, Sendable, Equatable, CaseIterable {
        /// "[…]". The default.
        case marker
        /// Nothing.
        case none
    }

    /// Notes: `inline` by default.
    public var notes: NoteMode
    /// Edition: `normalised` by default.
    public var edition: Edition
    /// Supplied text: `brackets` by default.
    public var supplied: SuppliedMode
    /// Gaps: `marker` by default.
    public var gaps: GapMode
    /// Whether a citation block from the `teiHeader` precedes the text (title, date, sender → recipient,
    /// funder, source, rights, summary). Off by default.
    public var includeHeader: Bool

    /// Creates options; every argument has the documented default.
    public init(
        notes: NoteMode = .inline, edition: Edition = .normalised, supplied: SuppliedMode = .brackets,
        gaps: GapMode = .marker, includeHeader: Bool = false
    ) {
        self.notes = notes
        self.edition = edition
        self.supplied = supplied
        self.gaps = gaps
        self.includeHeader = includeHeader
    }
}
