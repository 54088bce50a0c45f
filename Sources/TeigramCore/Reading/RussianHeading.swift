import Foundation

/// The correspondents and the marking of a Russian heading, which names them by grammatical case rather
/// than by "from" and "to": "№ 43 И. В. СТАЛИН У. ЧЕРЧИЛЛЮ* СЕКРЕТНО" (the sender in the nominative, the
/// addressee in the dative), "ЛИЧНО И СЕКРЕТНО ОТ ПРЕМЬЕРА И.В. СТАЛИНА" ("от" and the genitive),
/// "ПРЕЗИДЕНТУ г-ну Ф. РУЗВЕЛЬТУ" (a title in the dative, then the name). Names are given as a reader
/// cites them: initials spaced, the surname in the nominative (``RussianInflection/nominative(of:from:)``)
/// and, when the heading is in capitals, in mixed case.
enum RussianHeading {
    /// What a heading gives.
    struct Reading: Equatable {
        var sender: String?
        var recipient: String?
        var classification: String?
    }

    /// Markings, longest first, in lower case.
    static let markings = [
        "лично и строго секретно", "лично и секретно", "совершенно секретно", "строго секретно",
        "секретно", "лично",
    ]

    /// Titles written in the dative before an addressee's name.
    static let dativeTitles: Set<String> = [
        "президенту", "премьеру", "премьер-министру", "послу", "министру", "товарищу", "тов.", "г-ну", "господину",
        "председателю", "маршалу", "генералу", "полпреду",
    ]

    /// A name: one or two initials, then a surname.
    static let name = #"((?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{L}\-]+)"#

    /// Reads one line of at most 160 characters; every field `nil` when it names nothing.
    static func read(_ line: String) -> Reading {
        var reading = Reading()
        // Cyrillic letters (U+0400–U+04FF) are exactly the scalars whose UTF-8 lead byte is 0xD0–0xD3: the
        // bytes decide before any character is counted.
        // Every name form opens with an initial and its period: a line without "." names no one.
        guard line.utf8.count <= 640, line.utf8.contains(0x2E),
            line.utf8.contains(where: { (0xD0...0xD3).contains($0) }),
            line.count <= 160
        else { return reading }
        var text = collapseWhitespace(line).replacingOccurrences(of: "*", with: "")
        let lower = text.lowercased()
        if let marking = markings.first(where: { lower.hasPrefix($0 + " ") || lower.hasSuffix(" " + $0) || lower == $0 }
        ) {
            reading.classification = marking.prefix(1).uppercased() + marking.dropFirst()
            text =
                lower.hasPrefix(marking)
                ? String(text.dropFirst(marking.count)) : String(text.dropLast(marking.count))
            text = text.trimmingCharacters(in: .whitespaces)
        }
        text = text.replacingPattern(#"^№\s*\d+\s+"#, with: "")
        if let pair = CorrespondentReader.captures("^" + name + #"\s+"# + name + "$", in: text),
            let sender = pair.groups[0], let recipient = pair.groups[1]
        {
            reading.sender = citedName(sender, from: nil)
            reading.recipient = citedName(recipient, from: .dative)
        } else if let from = CorrespondentReader.captures(
            #"(?:^|\s)(?i:от)\s+(?:\p{L}+\s+){0,3}?"# + name + "$", in: text),
            let sender = from.groups[0]
        {
            reading.sender = citedName(sender, from: .genitive)
        } else if let to = CorrespondentReader.captures(#"^((?:\S+\s+){1,3})"# + name + "$", in: text),
            let titles = to.groups[0], let recipient = to.groups[1],
            titles.split(separator: " ").allSatisfy({ dativeTitles.contains($0.lowercased()) })
        {
            reading.recipient = citedName(recipient, from: .dative)
        }
        return reading
    }

    /// "И.В. СТАЛИНА" → "И. В. Сталин": initials spaced, the surname in the nominative and, when written
    /// in capitals, in mixed case.
    static func citedName(_ written: String, from grammaticalCase: RussianInflection.Case?) -> String {
        let spaced = written.replacingPattern(#"\.(?=\S)"#, with: ". ")
        var words = spaced.split(separator: " ").map(String.init)
        guard var surname = words.popLast() else { return written }
        if let grammaticalCase { surname = RussianInflection.nominative(of: surname, from: grammaticalCase) }
        if surname.count > 1, surname == surname.uppercased() {
            surname = surname.prefix(1) + surname.dropFirst().lowercased()
        }
        return (words + [surname]).joined(separator: " ")
    }
}
