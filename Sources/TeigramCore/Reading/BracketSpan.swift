import Foundation

/// Bracketed editorial matter found in a piece of text, classified by general rules.
public struct BracketSpan: Sendable, Equatable {
    /// What the brackets hold.
    public enum Kind: Sendable, Equatable {
        /// Words the editor or translator supplied: "com[munist]", "[I]", "[with the Soviets]".
        case supplied
        /// The rest of an abbreviated word, spelled out by the translator: "Com[rade]", "F[oreign]"; the
        /// word starts at `wordStart`.
        case expansion(wordStart: Int)
        /// An identification of the name just before: "Filippov [Stalin]", "Canton [Guangzhou]".
        case identification
        /// A labelled note: "[Translator's note: …]", "[Stamp: …]", "[handwritten at the top: …]".
        /// `type` is the TEI note type; `labelEnd` the UTF-16 offset just after the label's colon.
        case labelled(type: String, labelEnd: Int)
        /// A descriptive editorial remark without label: "[letterhead of …]", "[illegible signature]".
        case description(type: String)
        /// An omission: "[…]", "[...]".
        case omission
        /// "[sic]".
        case sic
        /// A footnote's mark: one to three ASCII digits in brackets ("come home.[1]", "Lu Ping[3]", "a
        /// letter [2] received", a note's own label "[1] In fact …"). It supplies no word.
        case footnoteMark(number: String)
    }

    /// Offset of "[".
    public var open: Int
    /// Offset of the matching "]".
    public var close: Int
    /// Classification.
    public var kind: Kind

    /// Offsets of the content between the brackets.
    public var content: Range<Int> { (open + 1)..<close }
    /// Offsets of the whole span, brackets included.
    public var whole: Range<Int> { open..<(close + 1) }
}
