import Foundation

/// Classification and precedence markings written in a document's own lines, beyond the lines that hold
/// nothing else (those are ``FrameLineKind/classification`` lines of the page reader).
extension MetadataReader {
    /// The terms of a classification value ("Extremely Urgent, Advance Dispatch", "Top Secret Top Urgent",
    /// "Secret; Exdis", "Cypher. Strictly secret"): pieces at ",", ";", "/", ". ", dashes and line breaks, and
    /// a security level's word followed by a precedence or a new modifier starts a new term ("Top Secret |
    /// Top Urgent"). Empty unless every word
    /// is a classification word (``PageReader/isClassification(_:)``).
    static func classificationTerms(_ value: String) -> [String] {
        let trimmed = trimmingValueEnds(Substring(value))
        guard !trimmed.isEmpty, PageReader.isClassification(trimmed.lowercased()) else { return [] }
        // Pieces at the separators, scalar by scalar ("." only before a space).
        var pieces: [Substring] = []
        var pieceStart = trimmed.startIndex
        let scalars = trimmed.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            let scalar = scalars[index]
            // "." ends a term before a space, except an initialism's ("U.S. Urgent").
            if termSeparators.contains(scalar)
                || (scalar == "." && !isInitialismPeriod(scalars, at: index) && next < scalars.endIndex
                    && scalars[next] == " ")
            {
                pieces.append(trimmed[pieceStart..<index])
                pieceStart = next
            }
            index = next
        }
        pieces.append(trimmed[pieceStart...])
        var terms: [String] = []
        for piece in pieces {
            var words: [Substring] = []
            var previous: String?
            for word in piece.split(separator: " ") {
                let folded = trimmingValueEnds(word).lowercased()
                if let previous,
                    (securityLevelWords.contains(previous) || commonwealthCaveats.contains(previous))
                        && termOpeningWords.contains(folded)
                        || precedenceWords.contains(previous) && levelOpeningWords.contains(folded)
                {
                    terms.append(words.joined(separator: " "))
                    words.removeAll()
                }
                words.append(word)
                previous = folded
            }
            if !words.isEmpty { terms.append(words.joined(separator: " ")) }
        }
        // "Flash. For immediate distribution": when to distribute the cable is no marking of it.
        return terms.map { trimmingValueEnds(Substring($0)) }.filter {
            !$0.isEmpty && !isDistributionInstruction($0)
        }
    }

    /// The markings of a FRUS source note's sentence that lists a security level and then handling terms the
    /// classification words do not hold: a project's or an operation's codeword ("Top Secret; Priority;
    /// Alpha; Limit Distribution", "Secret; Niact Immediate; Nodis; Cherokee"). FRUS writes that sentence
    /// right after the file citation, its terms separated by ";". Every term, when the first is a
    /// classification holding a security level (``securityLevelWords``, "unclassified", "official") and
    /// every term is one to three capitalised words of letters, "." and "-"; else empty.
    static func sourceNoteMarkings(_ sentence: String) -> [String] {
        guard sentence.utf8.count <= 120, sentence.containsBytes(of: ";") else { return [] }
        let terms = sentence.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard terms.count >= 2, let first = terms.first?.lowercased(), PageReader.isClassification(first),
            first.split(separator: " ").contains(where: {
                securityLevelWords.contains(String($0)) || $0 == "unclassified" || $0 == "official"
            })
        else { return [] }
        let isMarkingShaped = terms.allSatisfy { term in
            let words = term.split(separator: " ")
            return (1...3).contains(words.count)
                && words.allSatisfy { word in
                    word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
                }
        }
        return isMarkingShaped ? terms : []
    }

    /// Whether a term says how the receiving office distributes the cable ("For immediate distribution"),
    /// not how it is classified: "for" first and "distribution" last, in any case.
    static func isDistributionInstruction(_ term: String) -> Bool {
        // "for " and " distribution" take 16 bytes, and the first is "f" or "F": most terms are none.
        guard term.utf8.count >= 16, term.utf8.first.map({ $0 | 0x20 == 0x66 }) == true else { return false }
        let lower = term.lowercased()
        return lower.hasPrefix("for ") && lower.hasSuffix(" distribution")
    }

    /// `text` without the characters of ``classificationValueEnds`` at either end.
    static func trimmingValueEnds(_ text: Substring) -> String {
        String(text).trimming(classificationValueEnds, asciiMembers: " .!:()-\n\t")
    }

    /// What is trimmed from a classification value and its terms.
    static let classificationValueEnds = CharacterSet(charactersIn: " .!:()-–—\n\t")

    /// Where a classification value is cut into terms (besides ". ").
    static let termSeparators: Set<Unicode.Scalar> = [",", ";", "/", "—", "–", "\n"]

    /// Words that name a security level; a precedence or modifier after one starts a new term.
    static let securityLevelWords: Set<String> = [
        "secret", "confidential", "restricted", "секретно", "tajne", "titkos", "geheim", "secreto", "tajné",
    ]
    /// Words that open a term of their own after a security level ("Secret Urgent", "Top Secret Top Urgent").
    static let termOpeningWords: Set<String> = [
        "top", "most", "very", "extremely", "extra", "strictly", "urgent", "immediate", "priority", "flash", "niact",
        "important", "срочно", "pilne", "sürgős", "dringend", "urgente", "spěšné", "austeo", "agao", "guard",
    ]
    /// The Commonwealth caveats (Australian Eyes Only, Australian Government Access Only, and Guard, not to
    /// be shown to the United States): terms of their own after a security level and before a precedence
    /// ("Secret Austeo Priority", "Secret Guard").
    static let commonwealthCaveats: Set<String> = ["austeo", "agao", "guard"]
    /// A precedence written before the security level, a term of its own ("IMPORTANT CONFIDENTIAL", an
    /// Australian cablegram's line; "Urgent Top Secret").
    static let precedenceWords: Set<String> = ["urgent", "immediate", "priority", "important", "flash", "routine"]
    /// Words that open a security level's term after a precedence.
    static let levelOpeningWords: Set<String> = securityLevelWords.union(["top", "most", "strictly"])

    /// The markings that open a paragraph before its text, sentence by sentence ("MOST SECRET AND
    /// PERSONAL. Following from Prime Minister …", "Flash: Secret. – For Ambassador Stadelhofer."): pieces
    /// up to ". ", ": " or a dash, read from the start while each is a classification or a field's label
    /// ("Priority: Urgent" gives "Urgent"); at most three pieces.
    static func openingClassification(_ text: String) -> [String] {
        // Most paragraphs open with another word: the first word decides before anything is split.
        guard opensWithMarkingWord(text) else { return [] }
        let head = String(text.prefix(120))
        var terms: [String] = []
        var rest = Substring(head)
        for _ in 0..<3 {
            let end = pieceEnd(rest)
            let piece = String(rest[..<end]).trimmedText
            // "Priority: Urgent": a field's label is no marking of its own.
            let isLabel = end < rest.endIndex && rest[end] == ":" && classificationLabels.contains(piece.lowercased())
            let found = isLabel ? [] : classificationTerms(piece)
            guard !found.isEmpty || isLabel, !piece.isEmpty else { break }
            terms += found
            guard end < rest.endIndex else { break }
            rest = rest[rest.index(after: end)...].drop(while: { $0 == " " || $0 == "–" || $0 == "—" || $0 == "." })
        }
        return terms
    }

    /// Where the first piece of ``openingClassification(_:)`` ends in `text`: at a dash, or at "." or ":"
    /// before a space or the end, but not at an initialism's "." ("UNCLASSIFIED U.S. Department of State
    /// Case No. …", a release stamp, is one piece); the end of `text` if none.
    static func pieceEnd(_ text: Substring) -> String.Index {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if pieceEnds.contains(scalar) {
                guard scalar == "." || scalar == ":" else { return index }
                let endsWord = next == scalars.endIndex || scalars[next] == " "
                if endsWord && !(scalar == "." && isInitialismPeriod(scalars, at: index)) { return index }
            }
            index = next
        }
        return text.endIndex
    }

    /// Whether the "." at `index` of `scalars` closes an initialism ("U.S.", "U.S.S.R."): the scalar two
    /// before it is a "." too. False for a "." with fewer than two scalars before it.
    static func isInitialismPeriod<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        _ scalars: Scalars, at index: Scalars.Index
    ) -> Bool {
        guard let twoBefore = scalars.index(index, offsetBy: -2, limitedBy: scalars.startIndex) else { return false }
        return scalars[twoBefore] == "."
    }

    /// Whether `text` opens with a classification word or a marking field's label (``classificationLabels``),
    /// in any case: a necessary condition for markings at its head, tested on the first word's bytes.
    /// Letters: ASCII ones, and the bytes of a letter outside ASCII; a punctuation mark of U+2000–U+2FFF
    /// (lead byte E2: "—", "–", "“") ends the word.
    static func opensWithMarkingWord(_ text: String) -> Bool {
        let firstWord = text.utf8.prefix(24).prefix { byte in
            (byte >= 0x80 && byte != 0xE2) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        // Classification words and labels have 2 to 14 bytes (a Cyrillic letter is two).
        guard (2...28).contains(firstWord.count) else { return false }
        if firstWord.allSatisfy({ $0 < 0x80 }) { return openingWordBytes.contains(firstWord.map { $0 | 0x20 }) }
        let opening = String(decoding: firstWord, as: UTF8.self).lowercased()
        return PageReader.classificationWords.contains(opening) || classificationLabels.contains(opening)
    }

    /// Markings that brackets give in a header line: a translator's gloss after the original word and a
    /// dash ("[tajne—secret]" → "secret"), and the words a "[stamp]" or "[Stamps:]" label stands before, up to
    /// "!", "." or another bracket ("[stamp] SECRET!" → "SECRET", "[Stamps:] S e c r e t" → "Secret"). Only
    /// what ``classificationTerms(_:)`` accepts.
    static func bracketedMarkings(_ line: String) -> [String] {
        // On the bytes: most brackets hold neither a dash nor "stamp", and are passed over without a String.
        let bytes = line.utf8
        var terms: [String] = []
        var cursor = bytes.startIndex
        while let open = bytes[cursor...].firstIndex(of: 0x5B), let close = bytes[open...].firstIndex(of: 0x5D) {
            let inside = bytes[bytes.index(after: open)..<close]
            // "—" and "–" are E2 80 94 and E2 80 93; the last one inside the bracket.
            var dashEnd: String.Index?
            var index = inside.startIndex
            while index < inside.endIndex {
                if inside[index] == 0xE2, bytes.distance(from: index, to: inside.endIndex) >= 3 {
                    let second = bytes.index(after: index)
                    let third = bytes.index(after: second)
                    if bytes[second] == 0x80, bytes[third] == 0x94 || bytes[third] == 0x93 {
                        dashEnd = bytes.index(after: third)
                    }
                }
                index = bytes.index(after: index)
            }
            if let dashEnd {
                terms += classificationTerms(String(line[dashEnd..<close]))
            } else if (5...7).contains(inside.count),
                inside.prefix(5).elementsEqual("stamp".utf8, by: { $0 | 0x20 == $1 }),
                inside.dropFirst(5).allSatisfy({ $0 == 0x73 || $0 == 0x3A })  // "stamps", "stamp:", "stamps:"
            {
                let after = line[bytes.index(after: close)...]
                let marking = after.prefix { $0 != "!" && $0 != "." && $0 != "[" && $0 != "\n" }
                terms += classificationTerms(withoutLetterSpacing(String(marking)))
            }
            cursor = bytes.index(after: close)
        }
        return terms
    }

    /// A word written with its letters spaced out ("S e c r e t", a stamp's) as the word; other text as it
    /// is. Only text whose every piece between spaces is one letter, four letters at least.
    static func withoutLetterSpacing(_ text: String) -> String {
        let pieces = text.split(separator: " ")
        guard pieces.count >= 4, pieces.allSatisfy({ $0.count == 1 && $0.first?.isLetter == true }) else { return text }
        return pieces.joined()
    }

    /// Where a piece of ``openingClassification(_:)`` ends.
    static let pieceEnds: Set<Unicode.Scalar> = [".", ":", "–", "—"]

    /// A State Department portion marking for the whole text ("1. (S—Entire text).", "(C) ENTIRE TEXT"),
    /// or the level written out as FRUS prints it ("1. Secret—Entire text.", "1. Secret, entire text."): the
    /// level, or `nil`.
    static func portionMarking(_ text: String) -> String? {
        let length = text.utf8.count
        guard length >= 10 else { return nil }
        // A "(" among the first 8 bytes, or a paragraph short enough to be the marking written out.
        var bytes = text.utf8.makeIterator()
        var hasParenthesis = false
        for _ in 0..<8 where bytes.next() == 0x28 { hasParenthesis = true }
        guard hasParenthesis || length <= 48 else { return nil }
        if hasParenthesis,
            let match = CorrespondentReader.captures(
                #"^(?:\d{1,2}\.\s*)?\((TS|S|C|LOU|U)(?:\s*[—–-]\s*(?i:entire\s+text)\)|\)\s*(?i:entire\s+text)\b)"#,
                in: String(text.prefix(40))),
            let letters = match.groups[0] ?? nil
        {
            return portionMarkingLevels[letters]
        }
        // Written out, the marking is a paragraph of its own, of at most 48 bytes.
        guard length <= 48, text.containsBytes(of: "ntire text") || text.containsBytes(of: "NTIRE TEXT"),
            let match = CorrespondentReader.captures(
                #"^(?:\d{1,2}\.\s*)?((?i:top secret|secret|confidential|limited official use|unclassified))\s*[—–,-]\s*(?i:entire\s+text)\b"#,
                in: text),
            let level = match.groups[0] ?? nil
        else { return nil }
        return portionMarkingLevels.values.first { $0.lowercased() == level.lowercased() }
    }

    static let portionMarkingLevels = [
        "TS": "Top Secret", "S": "Secret", "C": "Confidential", "LOU": "Limited Official Use", "U": "Unclassified",
    ]

    /// The ASCII words a paragraph's markings can open with (classification words and the labels of
    /// ``classificationLabels``), as lower-case bytes.
    static let openingWordBytes: Set<[UInt8]> = Set(
        (PageReader.classificationWords.union(classificationLabels)).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map {
            Array($0.utf8)
        })

    /// The markings a number line lists after the number ("Number 1340 Top Secret Top Urgent Q36RA",
    /// "No. 956 Secret Urgent (Priority Processing)"): the classification words right after it. A bare
    /// number and its period ("2154. EMERGENCY SECRET", a cablegram's first line) count only when every
    /// word after them is a marking: "12. Secret talks were held" is a numbered paragraph.
    static func classificationAfterNumber(_ line: String) -> [String] {
        guard line.utf8.count <= 160, let first = line.utf8.first else { return [] }
        if first >= 0x31 && first <= 0x39 {
            return numberBeforeMarkings(line)?.markings ?? fileReferenceMarkings(line)
        }
        guard first == 0x4E,  // "N"
            mayHoldNumberLabel(line),
            let match = CorrespondentReader.captures(
                #"^(?:Number|No\.?|Nr\.?)\s*\d[\d/\-]*\s+((?:\p{L}+\s*){1,6})"#, in: line),
            let words = match.groups[0] ?? nil
        else { return [] }
        // The longest run of leading words that is a classification.
        var run = words.split(separator: " ").map(String.init)
        while !run.isEmpty {
            let terms = classificationTerms(run.joined(separator: " "))
            if !terms.isEmpty { return terms }
            run.removeLast()
        }
        return []
    }

    /// The markings after a file reference on a line of their own ("114-12489/74 strictly confidential", a
    /// West German telex's registry line): digits and hyphens, "/", the year's two or four digits, then words
    /// that are all markings. The reference is no telegram number, so only the markings are read.
    static func fileReferenceMarkings(_ line: String) -> [String] {
        guard line.utf8.prefix(12).contains(0x2F),
            let match = CorrespondentReader.captures(#"^\d[\d\-]*/(?:\d{2}|\d{4})\s+(\p{L}[\p{L} ]*)$"#, in: line),
            let words = match.groups[0] ?? nil
        else { return [] }
        return classificationTerms(words)
    }

    /// A line that is a number, then markings and nothing else: a cablegram's first line ("2154. EMERGENCY
    /// SECRET", "1242. Secret Austeo Priority": two to six digits and a period) or a Hungarian registry's
    /// ("131/1963/top secret"). The number and the markings, or `nil` when a word after the number is no
    /// marking ("12. Secret talks were held" is a numbered paragraph) or the line opens otherwise.
    static func numberBeforeMarkings(_ line: String) -> (number: String, markings: [String])? {
        guard line.utf8.count <= 160, let first = line.utf8.first, first >= 0x31, first <= 0x39,
            let match = CorrespondentReader.captures(#"^(\d{2,6})\.\s+(\p{L}[\p{L} ]*)$"#, in: line)
                ?? (mayBeRegistryLine(line) ? CorrespondentReader.captures(registryNumberWithMarking, in: line) : nil),
            let number = match.groups[0] ?? nil, let words = match.groups[1] ?? nil
        else { return nil }
        let markings = classificationTerms(words)
        return markings.isEmpty ? nil : (number, markings)
    }

    /// Whether `text` may name a security level in English ("Secret", "SECRET", "Confidential"): a
    /// necessary condition for ``markingBesideHeaderText(_:)``, tested on the bytes.
    static func mayHoldSecurityLevel(_ text: String) -> Bool {
        // One pass over the bytes, case folded, with the last four in a window: "ecre" (of "secret") or
        // "enti" (of "confidential").
        var window: UInt32 = 0
        for byte in text.utf8 {
            window = window << 8 | UInt32(byte | 0x20)
            if window == 0x6563_7265 || window == 0x656E_7469 { return true }
        }
        return false
    }

    /// The security level a header line gives beside another column's text, which the page flattened onto
    /// the same line: before a copy's number ("Secret Copy Nº 2", "SECRET, Copy no. 1"), or ending a line
    /// after a name in capitals or a capitalised word ("in the MPR Secret", "[faded USSR MFA SECRET"). The
    /// marking's words must hold a security level (``securityLevelWords``); "Top", "Strictly" and the like
    /// before it belong to it. Empty for anything else: a marking in running text ends with a period or
    /// stands after a lower-case word.
    static func markingBesideHeaderText(_ line: String) -> [String] {
        let words = line.split(separator: " ")
        guard words.count >= 2 else { return [] }
        func holdsLevel(_ run: ArraySlice<Substring>) -> Bool {
            run.contains { securityLevelWords.contains($0.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        }
        // Before a copy's number.
        if let copy = words.firstIndex(where: { $0.lowercased() == "copy" }), copy > 0, copy <= 3,
            holdsLevel(words[..<copy])
        {
            return classificationTerms(words[..<copy].joined(separator: " "))
        }
        // Ending the line: the longest run of at most three last words that is a marking, after a word in
        // capitals or one that opens with a capital.
        guard let last = words.last, last.last?.isLetter == true else { return [] }
        for length in stride(from: min(3, words.count - 1), through: 1, by: -1) {
            let run = words.suffix(length)
            let before = words[words.count - length - 1]
            guard holdsLevel(run), before.first?.isUppercase == true,
                !PageReader.classificationWords.contains(before.lowercased())
            else { continue }
            let terms = classificationTerms(run.joined(separator: " "))
            if !terms.isEmpty { return terms }
        }
        return []
    }

    /// The cells of a form row the page flattened into one line ("Level: Extra Urgent / From the Moscow
    /// Desk / Received (65) No. 587", "August 13, 1991 [time blacked out] | Sent [from] Mongolia |"):
    /// pieces at " / " or " | ", when there are two or more non-empty ones; else the line itself.
    static func formCells(_ line: String) -> [String] {
        guard line.utf8.count <= 240, line.containsBytes(of: " / ") || line.containsBytes(of: "|") else {
            return [line]
        }
        let separator = line.containsBytes(of: "|") ? "|" : " / "
        let cells = line.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return cells.count >= 2 ? cells : [line]
    }
}

/// Dispatch place and receipt date from a form's cells.
extension MetadataReader {
    /// The first `count` non-empty lines of `text` (split on the bytes, not the characters: a unit can be a
    /// long paragraph of which only the head is wanted).
    static func lines(of text: String, atMost count: Int) -> [String] {
        text.utf8.split(separator: 0x0A, maxSplits: count, omittingEmptySubsequences: true).prefix(count).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The labels a dispatch cell opens with.
    static let dispatchLabels = ["Sent", "From", "Dispatched"]

    /// The place a dispatch cell names ("Sent: China 00:45 …", "Sent [from] Mongolia", "From the Moscow
    /// Desk", "Dispatched from Havana on 05.29.1962"): one to three capitalised words after the label, before
    /// a time, a digit, "on", "at" or the end; an office
    /// word after them ("Desk", "Station") is dropped. `nil` for anything else, and for words holding a
    /// month's name ("Sent: June 14, 1974": the date of dispatch).
    static func dispatchCellPlace(_ cell: String) -> String? {
        guard cell.utf8.count <= 80, dispatchLabels.contains(where: cell.startsWithBytes) else { return nil }
        let text = cell.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        guard
            let match = CorrespondentReader.captures(
                #"^(?:(?:Sent|Dispatched)(?:\s+from)?\s*:?|From(?:\s+the)?)\s+(\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2})(?=\s*(?:$|\d|,)|\s+(?:on|at)\s)"#,
                in: text),
            let phrase = match.groups[0] ?? nil
        else { return nil }
        var words = phrase.split(separator: " ")
        while let last = words.last, words.count > 1, CorrespondentReader.officeWords.contains(last.lowercased()) {
            words.removeLast()
        }
        // "Sent: June 14, 1974, 08:55 hours": a month opening the cell is its date, no place.
        guard !words.contains(where: { CorrespondentReader.officeWords.contains($0.lowercased()) }),
            !words.contains(where: { CorrespondentReader.titleWords.contains($0.lowercased()) }),
            !DateRecognizer.containsMonthWord(Array(phrase.utf8))
        else { return nil }
        return words.joined(separator: " ")
    }

    /// The origin a form states in a dispatch cell or line of the header ("Sent: China 00:45 Year Month 25",
    /// "… | Sent [from] Mongolia |", "Level: … / From the Moscow Desk / …"), or `nil`.
    static func formDispatchPlace(_ page: TelegramPage) -> String? {
        for unit in headerUnits(page, blocks: 2).prefix(16)
        where unit.text.utf8.count <= 600
            && (unit.text.utf8.contains { $0 == 0x7C || $0 == 0x2F } || unit.text.containsBytes(of: "Sent")
                || unit.text.containsBytes(of: "Dispatched"))
        {
            for line in lines(of: unit.text, atMost: 8) {
                // A line that opens with "Sent" or "Dispatched", or a row of cells ("From the Moscow Desk" only
                // there: a line "From X" alone is the page reader's origin line, read before).
                let isRow = line.containsBytes(of: "|") || line.containsBytes(of: " / ")
                guard isRow || line.startsWithBytes(of: "Sent") || line.startsWithBytes(of: "Dispatched") else {
                    continue
                }
                for cell in formCells(collapseWhitespace(line)) where isRow || !cell.startsWithBytes(of: "From") {
                    if let place = dispatchCellPlace(cell) { return place }
                }
            }
        }
        return nil
    }

    /// A receipt date a form row gives beside its "Arrived"/"Received" cell ("August 13, 1991 [time
    /// blacked out] | Arrived [at] Ministry |"): the full date of the row's other cells, or `nil`.
    static func formReceiptDate(_ page: TelegramPage, recognizer: DateRecognizer) -> (RecognizedDate, String)? {
        for unit in headerUnits(page, blocks: 2).prefix(16)
        where unit.text.utf8.count <= 600 && unit.text.containsBytes(of: "|") {
            for line in lines(of: unit.text, atMost: 8) where line.containsBytes(of: "|") {
                let cells = formCells(collapseWhitespace(line))
                guard cells.count >= 2,
                    cells.contains(where: {
                        let lower = $0.lowercased()
                        return lower.hasPrefix("arrived") || lower.hasPrefix("received")
                    })
                else { continue }
                for cell in cells {
                    if let date = recognizer.firstFullDate(in: cell) {
                        return (date, UTF16Text.substring(cell, date.range))
                    }
                }
            }
        }
        return nil
    }
}
