import Foundation

/// Finds balanced square brackets (nested ones too) and classifies them. Unbalanced brackets are left as
/// plain text: a stray "]" or a "[" cut off by a truncated page is the source's, not markup.
public enum BracketScanner {
    /// Label words that make "[Label: …]" a note, mapped to the note type.
    static let labelTypes: [(String, String)] = [
        ("translator", "translator"), ("ed.", "editorial"), ("editor", "editorial"), ("note", "editorial"),
        ("stamp", "stamp"), ("seal", "stamp"), ("handwritten", "handwritten"), ("written", "handwritten"),
        ("inserted", "inserted"), ("crossed", "handwritten"), ("underlined", "handwritten"),
        ("margin", "handwritten"), ("typed", "editorial"), ("source", "source"), ("signature", "editorial"),
        ("resolution", "handwritten"), ("illegible", "editorial"),
    ]
    /// First words of unlabelled descriptions of the physical document.
    static let descriptionTypes: [(String, String)] = [
        ("letterhead", "letterhead"), ("illegible", "editorial"), ("date left blank", "editorial"),
        ("signature", "editorial"), ("handwritten", "handwritten"), ("stamp", "stamp"), ("seal", "stamp"),
        ("text missing", "editorial"), ("page", "editorial"), ("ed.", "editorial"), ("translator", "translator"),
    ]

    /// All balanced bracket spans of `units`, outermost first within document order.
    public static func spans(in units: [UInt16]) -> [BracketSpan] {
        var stack: [Int] = []
        var pairs: [(Int, Int)] = []
        for (index, unit) in units.enumerated() {
            if unit == 0x5B {
                stack.append(index)
            } else if unit == 0x5D, let open = stack.popLast() {
                pairs.append((open, index))
            }
        }
        pairs.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
        return pairs.map { open, close in
            BracketSpan(open: open, close: close, kind: classify(units: units, open: open, close: close))
        }
    }

    static func classify(units: [UInt16], open: Int, close: Int) -> BracketSpan.Kind {
        if let number = footnoteNumber(units: units, open: open, close: close) { return .footnoteMark(number: number) }
        let content = UTF16Text.string(units[(open + 1)..<close])
        let trimmed = content.trimmedText
        if trimmed.isEmpty || trimmed.allSatisfy({ $0 == "." || $0 == "…" || $0 == " " }) { return .omission }
        let lower = trimmed.lowercasedText
        if lower == "sic" || lower == "sic!" { return .sic }
        // On ASCII text a Character is a byte, so the colon and the label words are found on the bytes.
        let isASCII = content.utf8.allSatisfy { $0 < 0x80 }
        if let colon = isASCII ? content.utf8.firstIndex(of: UInt8(ascii: ":")) : content.firstIndex(of: ":") {
            let label = content[..<colon].lowercasedText
            let words = label.split(separator: " ")
            if words.count <= 7,
                let type = labelTypes.first(where: { isASCII ? label.containsBytes(of: $0.0) : label.contains($0.0) })?
                    .1
            {
                let labelEnd = open + 1 + content[...colon].utf16.count
                return .labelled(type: type, labelEnd: labelEnd)
            }
        }
        // "[signature]", "[stamp]", "[letterhead: …]"; capitalised too when the bracket holds the description
        // alone or with a word or two ("[Signature]", "[Stamp]", "[Signature illegible]"): a word the
        // original omitted is never the physical document's description.
        if let first = trimmed.first,
            let type = descriptionTypes.first(where: {
                lower.hasPrefix($0.0)
                    && (first.isLowercase || (trimmed.split(separator: " ").count <= 2 && isWholeWord(lower, $0.0)))
            })?.1
        {
            return .description(type: type)
        }
        // An archive's gloss on the route ("[via Kuznetsov]") describes the document; it supplies no word.
        if lower.hasPrefix("via ") { return .description(type: "editorial") }
        // An edition's word on what it withholds ("[1 line of source text not declassified]", "[name not
        // declassified]"), a printed volume's page ("[Page 9]", the web page's mark of a page break), and a
        // line that is only an editor's bracket naming the kind of document or its receipt ("[Telegram]",
        // "[Paraphrase]", "[Received May 13, 7 a.m.]"): descriptions, not words the original omitted.
        if lower.containsBytes(of: "not declassified") || isPrintedPage(lower)
            || isEditorialLine(units: units, open: open, close: close, lower: lower)
        {
            return .description(type: "editorial")
        }
        if isArchivalReference(trimmed), isWholeLine(units: units, open: open, close: close) {
            return .description(type: "source")
        }
        if isIdentification(units: units, open: open, close: close, content: trimmed) { return .identification }
        if let wordStart = expandedWordStart(units: units, open: open, close: close, content: content) {
            return .expansion(wordStart: wordStart)
        }
        return .supplied
    }

    /// Whether `prefix`, a prefix of `lower`, ends at a word's end ("signature", "signature illegible", not
    /// "signatures of").
    static func isWholeWord(_ lower: String, _ prefix: String) -> Bool {
        guard let next = lower.dropFirst(prefix.count).first else { return true }
        return !next.isLetter || prefix.last?.isLetter == false
    }

    /// Whether a bracket's content in lower case is a printed volume's page: "page", one space, one to four
    /// ASCII digits ("[Page 9]", "[Page 737]").
    static func isPrintedPage(_ lower: String) -> Bool {
        let bytes = lower.utf8
        return bytes.count >= 6 && bytes.count <= 9 && lower.hasPrefix("page ")
            && bytes.dropFirst(5).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The words an edition puts in brackets on a line of their own to say what the document is or when it
    /// arrived: FRUS's "[Telegram]", "[Paraphrase]", "[Circular telegram]", "[Received May 13, 7 a.m.]".
    static let editorialLineOpeners: Set<String> = [
        "telegram", "paraphrase", "extract", "extracts", "excerpt", "excerpts", "translation", "received", "circular",
        "airgram", "despatch", "dispatch",
    ]

    /// Whether the bracket is its line's whole text (spaces aside) and opens with a capitalised word of
    /// ``editorialLineOpeners``.
    static func isEditorialLine(units: [UInt16], open: Int, close: Int, lower: String) -> Bool {
        guard isWholeLine(units: units, open: open, close: close), close > open + 1, units[open + 1] >= 0x41,
            units[open + 1] <= 0x5A
        else { return false }
        let firstWord = lower.prefix { $0.isLetter }
        return editorialLineOpeners.contains(String(firstWord))
    }

    /// Whether the bracket is its line's whole text, spaces aside.
    static func isWholeLine(units: [UInt16], open: Int, close: Int) -> Bool {
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || unit == 0xA0 }
        var before = open
        while before > 0, isSpace(units[before - 1]) { before -= 1 }
        var after = close + 1
        while after < units.count, isSpace(units[after]) { after += 1 }
        return (before == 0 || units[before - 1] == 0x0A) && (after == units.count || units[after] == 0x0A)
    }

    /// Whether a bracket's content is an archive's reference: an archive's abbreviation in two to six
    /// capitals, a colon, then a series and item with a digit ("AA:A5009/2, A7/3/13, i", "AA : A1838,
    /// 854/10/4/3, iv", as the Australian edition prints the source below a document), at most 80 bytes.
    static func isArchivalReference(_ content: String) -> Bool {
        let bytes = Array(content.utf8)
        let capitals = bytes.prefix { $0 >= 0x41 && $0 <= 0x5A }
        guard bytes.count <= 80, (2...6).contains(capitals.count) else { return false }
        var rest = bytes.dropFirst(capitals.count)
        if rest.first == 0x20 { rest = rest.dropFirst() }
        guard rest.first == 0x3A else { return false }
        return rest.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The number of a footnote mark ("home.[1]", "Lu Ping[3]", "a letter [2] received", a note's own "[1] In
    /// fact …"): one to three ASCII digits between the brackets; `nil` otherwise. An editor supplies words,
    /// not a bare number of a note's size (a year, "[1949]", has four digits and stays supplied).
    static func footnoteNumber(units: [UInt16], open: Int, close: Int) -> String? {
        guard isFootnoteNumber(units[(open + 1)..<close]) else { return nil }
        return String(decoding: units[(open + 1)..<close], as: UTF16.self)
    }

    /// Whether code units (UTF-8 or UTF-16) are a footnote's number: one to three ASCII digits.
    static func isFootnoteNumber<Units: Collection>(_ units: Units) -> Bool where Units.Element: FixedWidthInteger {
        (1...3).contains(units.count) && units.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Where the abbreviated word begins when the bracket completes it: the bracket follows letters with no
    /// space or hyphen between (a word's start, "Com[rade]", "F[oreign]"), holds lower-case letters only,
    /// and no letter follows it. "black-[haired]" and "[I]" are supplied words instead.
    static func expandedWordStart(units: [UInt16], open: Int, close: Int, content: String) -> Int? {
        guard open >= 1, let before = Unicode.Scalar(units[open - 1]), before.properties.isAlphabetic,
            !content.isEmpty, content.unicodeScalars.allSatisfy({ $0.properties.isLowercase })
        else { return nil }
        if close + 1 < units.count, let after = Unicode.Scalar(units[close + 1]), after.properties.isAlphabetic {
            return nil
        }
        var start = open - 1
        while start > 0, let scalar = Unicode.Scalar(units[start - 1]), scalar.properties.isAlphabetic { start -= 1 }
        return start
    }

    /// Whether a bracket's `content` after the word `before` completes a body's name rather than glossing
    /// it: its last word is a body's noun (``EntityTagger/institutionNouns``) and the word before is in mixed
    /// case and no such noun ("Xinhua [News Agency]"); after an abbreviation the same words restate it ("CC
    /// [Central Committee]"), after a body's noun they rename it ("Petőfi Party [National Peasant Party]").
    static func completesName(_ before: some StringProtocol, _ content: some StringProtocol) -> Bool {
        guard let last = content.split(separator: " ").last,
            EntityTagger.institutionNouns.contains(last.lowercased()),
            !EntityTagger.institutionNouns.contains(before.lowercased())
        else { return false }
        return before.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// "Name [Other Name]": the bracket follows a capitalised word after one space, holds capitalised
    /// words only, and the name does not go on after it (else "Comrade [Ivan] Kovalev" is a supplied part);
    /// words that complete a body's name (``completesName(_:_:)``) are no other name.
    static func isIdentification(units: [UInt16], open: Int, close: Int, content: String) -> Bool {
        guard open >= 2, units[open - 1] == 0x20 else { return false }
        let words = content.split(separator: " ")
        guard (1...4).contains(words.count),
            words.allSatisfy({ $0.first.map { $0.isUppercase } ?? false })
        else { return false }
        // The word before the space.
        var start = open - 1
        while start > 0, let scalar = Unicode.Scalar(units[start - 1]),
            scalar.properties.isAlphabetic || units[start - 1] == 0x2D
        {
            start -= 1
        }
        guard start < open - 1, let first = Unicode.Scalar(units[start]), first.properties.isUppercase else {
            return false
        }
        // What follows the bracket.
        var after = close + 1
        while after < units.count, units[after] == 0x20 { after += 1 }
        if after < units.count, after > close + 1, let next = Unicode.Scalar(units[after]), next.properties.isUppercase
        {
            return false
        }
        return !completesName(UTF16Text.string(units[start..<(open - 1)]), content)
    }
}
