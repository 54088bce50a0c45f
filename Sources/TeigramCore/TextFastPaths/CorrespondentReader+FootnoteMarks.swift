extension CorrespondentReader {
    /// The footnote marks ``withoutFootnoteMarks(_:)`` removes, as a regular expression: one or two digits
    /// after a lower-case letter, a closing parenthesis or two capitals, before white space, the end, or
    /// ",", ";", ":" or ")". The general code that ``withoutFootnoteMarks(_:)`` equals.
    static let footnoteMarkPattern = #"(?<=\p{Ll}|\)|\p{Lu}\p{Lu})\d{1,2}(?=\s|$|[,;:)])"#

    /// `text` without the footnote marks after its names, in any case ("Ogrodziński1" → "Ogrodziński",
    /// "KRAJEWSKI1" → "KRAJEWSKI"; "B52" stays): `text.replacingPattern(footnoteMarkPattern, with: "")`,
    /// computed in one pass over the scalars. A run of digits can only match where it starts (a digit is
    /// neither a letter nor a parenthesis), and only whole: a run of one or two digits, with the letters
    /// or parenthesis before it and a boundary after it.
    static func withoutFootnoteMarks(_ text: String) -> String {
        let marks = footnoteMarkRuns(text)
        guard !marks.isEmpty else { return text }
        let scalars = text.unicodeScalars
        var kept = String.UnicodeScalarView()
        var start = scalars.startIndex
        for mark in marks {
            kept.append(contentsOf: scalars[start..<mark.lowerBound])
            start = mark.upperBound
        }
        kept.append(contentsOf: scalars[start...])
        return String(kept)
    }

    /// The runs of digits ``footnoteMarkPattern`` matches in `text`, leftmost first, found without
    /// allocating anything where there are none.
    private static func footnoteMarkRuns(_ text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType == .decimal
        }
        var runs: [Range<String.Index>] = []
        var index = scalars.startIndex
        // The two scalars before `index`, nearest first.
        var before: (Unicode.Scalar?, Unicode.Scalar?) = (nil, nil)
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isDigit(scalar) else {
                before = (scalar, before.0)
                index = scalars.index(after: index)
                continue
            }
            var end = scalars.index(after: index)
            var length = 1
            while end < scalars.endIndex, isDigit(scalars[end]) {
                end = scalars.index(after: end)
                length += 1
            }
            if length <= 2, isMarkBefore(before), isBoundaryAfterMark(end < scalars.endIndex ? scalars[end] : nil) {
                runs.append(index..<end)
            }
            let last = scalars[scalars.index(before: end)]
            before = (last, length > 1 ? scalars[scalars.index(end, offsetBy: -2)] : before.0)
            index = end
        }
        return runs
    }

    /// The look-behind of ``footnoteMarkPattern``: a lower-case letter, ")", or two capitals.
    private static func isMarkBefore(_ before: (Unicode.Scalar?, Unicode.Scalar?)) -> Bool {
        guard let last = before.0 else { return false }
        if last == ")" || last.properties.generalCategory == .lowercaseLetter { return true }
        guard let previous = before.1 else { return false }
        return last.properties.generalCategory == .uppercaseLetter
            && previous.properties.generalCategory == .uppercaseLetter
    }

    /// The look-ahead of ``footnoteMarkPattern``: the end, white space, or ",", ";", ":", ")".
    private static func isBoundaryAfterMark(_ next: Unicode.Scalar?) -> Bool {
        guard let next else { return true }
        return next == "," || next == ";" || next == ":" || next == ")" || next.properties.isWhitespace
    }
}
