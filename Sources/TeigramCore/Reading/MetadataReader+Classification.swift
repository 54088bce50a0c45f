import Foundation

/// Classification and precedence markings written in a document's own lines, beyond the lines that hold
/// nothing else (those are ``FrameLineKind/classification`` lines of the page reader).
extension MetadataReader {
    /// The terms of a classification value ("Extremely Urgent, Advance Dispatch", "Top Secret Top Urgent",
    /// "Secret; Exdis", "Cypher. Strictly secret"): pieces at ",", ";", "/", ". " and dashes, and a security level's word followed by a
    /// precedence or a new modifier starts a new term ("Top Secret | Top Urgent"). Empty unless every word
    /// is a classification word (``PageReader/isClassification(_:)``).
    static func classificationTerms(_ value: String) -> [String] {
        let trimmed = value.trimmingCharacters(in: classificationValueEnds)
        guard !trimmed.isEmpty, PageReader.isClassification(trimmed.lowercased()) else { return [] }
        var terms: [String] = []
        for piece in trimmed.replacingOccurrences(of: ". ", with: ";").split(whereSeparator: { ",;/—–\n".contains($0) })
        {
            var words: [Substring] = []
            for word in piece.split(separator: " ") {
                let folded = word.lowercased().trimmingCharacters(in: classificationValueEnds)
                if let previous = words.last?.lowercased().trimmingCharacters(in: classificationValueEnds),
                    securityLevelWords.contains(previous), termOpeningWords.contains(folded)
                {
                    terms.append(words.joined(separator: " "))
                    words.removeAll()
                }
                words.append(word)
            }
            if !words.isEmpty { terms.append(words.joined(separator: " ")) }
        }
        return terms.map { $0.trimmingCharacters(in: classificationValueEnds) }.filter { !$0.isEmpty }
    }

    /// What is trimmed from a classification value and its terms.
    static let classificationValueEnds = CharacterSet(charactersIn: " .!:()-–—")

    /// Words that name a security level; a precedence or modifier after one starts a new term.
    static let securityLevelWords: Set<String> = [
        "secret", "confidential", "restricted", "секретно", "tajne", "titkos", "geheim", "secreto", "tajné",
    ]
    /// Words that open a term of their own after a security level ("Secret Urgent", "Top Secret Top Urgent").
    static let termOpeningWords: Set<String> = [
        "top", "most", "very", "extremely", "extra", "strictly", "urgent", "immediate", "priority", "flash",
        "срочно", "pilne", "sürgős", "dringend", "urgente", "spěšné",
    ]

    /// The markings that open a paragraph before its text, sentence by sentence ("MOST SECRET AND
    /// PERSONAL. Following from Prime Minister …", "Flash: Secret. – For Ambassador Stadelhofer."): pieces
    /// up to ". ", ": " or a dash, read from the start while each is a classification or a field's label
    /// ("Priority: Urgent" gives "Urgent"); at most three pieces.
    static func openingClassification(_ text: String) -> [String] {
        let head = String(text.prefix(120))
        var terms: [String] = []
        var rest = Substring(head)
        for _ in 0..<3 {
            let end = rest.firstIndex(where: { ".:–—".contains($0) }) ?? rest.endIndex
            let piece = rest[..<end].trimmingCharacters(in: .whitespaces)
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

    /// A State Department portion marking for the whole text ("1. (S—Entire text).", "(C) ENTIRE TEXT"):
    /// the level its letters stand for, or `nil`.
    static func portionMarking(_ text: String) -> String? {
        guard text.utf8.count >= 10, text.utf8.prefix(8).contains(0x28),  // "("
            let match = CorrespondentReader.captures(
                #"^(?:\d{1,2}\.\s*)?\((TS|S|C|LOU|U)(?:\s*[—–-]\s*(?i:entire\s+text)\)|\)\s*(?i:entire\s+text)\b)"#,
                in: String(text.prefix(40))),
            let letters = match.groups[0] ?? nil
        else { return nil }
        return portionMarkingLevels[letters]
    }

    static let portionMarkingLevels = [
        "TS": "Top Secret", "S": "Secret", "C": "Confidential", "LOU": "Limited Official Use", "U": "Unclassified",
    ]

    /// The markings a number line lists after the number ("Number 1340 Top Secret Top Urgent Q36RA",
    /// "No. 956 Secret Urgent (Priority Processing)"): the classification words right after it.
    static func classificationAfterNumber(_ line: String) -> [String] {
        guard line.utf8.count <= 160, mayHoldNumberLabel(line),
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
    /// The place a dispatch cell names ("Sent: China 00:45 …", "Sent [from] Mongolia", "From the Moscow
    /// Desk", "Dispatched from Havana on 05.29.1962"): one to three capitalised words after the label, before
    /// a time, a digit, "on", "at" or the end; an office
    /// word after them ("Desk", "Station") is dropped. `nil` for anything else.
    static func dispatchCellPlace(_ cell: String) -> String? {
        guard cell.utf8.count <= 80, cell.first == "S" || cell.first == "F" || cell.first == "D" else { return nil }
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
        guard !words.contains(where: { CorrespondentReader.officeWords.contains($0.lowercased()) }),
            !words.contains(where: { CorrespondentReader.titleWords.contains($0.lowercased()) })
        else { return nil }
        return words.joined(separator: " ")
    }

    /// The origin a form states in a dispatch cell or line of the header ("Sent: China 00:45 Year Month 25",
    /// "… | Sent [from] Mongolia |", "Level: … / From the Moscow Desk / …"), or `nil`.
    static func formDispatchPlace(_ page: TelegramPage) -> String? {
        for unit in headerUnits(page, blocks: 2).prefix(16) where unit.text.utf8.count <= 600 {
            for line in unit.text.split(separator: "\n").prefix(8) {
                for cell in formCells(collapseWhitespace(String(line))) {
                    if let place = dispatchCellPlace(cell) { return place }
                }
            }
        }
        return nil
    }

    /// A receipt date a form row gives beside its "Arrived"/"Received" cell ("August 13, 1991 [time
    /// blacked out] | Arrived [at] Ministry |"): the full date of the row's other cells, or `nil`.
    static func formReceiptDate(_ page: TelegramPage, recognizer: DateRecognizer) -> (RecognizedDate, String)? {
        for unit in headerUnits(page, blocks: 2).prefix(16) where unit.text.utf8.count <= 600 {
            for line in unit.text.split(separator: "\n").prefix(8) where line.containsBytes(of: "|") {
                let cells = formCells(collapseWhitespace(String(line)))
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
