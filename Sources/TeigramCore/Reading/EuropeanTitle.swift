import Foundation

/// The sender and addressee of an edition's title in French, German or Italian, the form of the Swiss
/// diplomatic documents (Dodis) and of other European editions: the sender, then "à", "au", "aux" (French),
/// "an" (German) or "al", "alla", "ai" (Italian), then the addressee:
///
/// - "La Légation de Suisse à Pétrograd à la Division des Affaires étrangères du Département politique";
/// - "Der Vorsteher des Politischen Departementes, G. Motta, an den schweizerischen Gesandten in Paris,
///   A.Dunant";
/// - "Il Ministro di Svizzera a Roma, G. Wagnière, al Capo del Dipartimento politico, G. Motta".
///
/// "à" also gives a place ("Légation de Suisse à Pétrograd"), so it separates only before an article or a
/// title ("à la", "à M."); a separator after a comma (after the sender's name) is taken first, then the
/// first of the others. Each side loses its leading article ("La Légation" → "Légation").
public enum EuropeanTitle {
    /// Separators after a comma, then without one; each as a regular expression that matches the separator
    /// with the white space around it.
    static let separators = [
        #",\s+(?:à\s+(?=(?:la|le|les|M\.|MM\.|Mme|Monsieur|Madame)\s)|à\s+l[’'](?=\p{L})|aux?\s+(?=\p{L})|an\s+(?=\p{L})|(?:al|alla|allo|ai|agli|alle)\s+(?=\p{L})|all[’'](?=\p{L}))"#,
        #"\s+(?:à\s+(?=(?:la|le|les|M\.|MM\.|Mme|Monsieur|Madame)\s)|à\s+l[’'](?=\p{L})|an\s+(?=(?:den|die|das|dem|Herrn|Frau)\s))"#,
        #"\s+(?:aux?|al|alla|allo|ai|agli|alle)\s+(?=\p{Lu})"#,
    ]

    /// Leading articles dropped from each side.
    static let articles = [
        "La ", "Le ", "Les ", "L’", "L'", "la ", "le ", "les ", "l’", "l'", "Der ", "Die ", "Das ", "Den ", "Dem ",
        "der ", "die ", "das ", "den ", "dem ", "Il ", "Lo ", "il ", "lo ",
    ]

    /// A German title's date and kind of document before its sender in the genitive ("13.4.1959: Telegramm
    /// des DDR-Botschafters in Moskau an Otto Winzer", "Fernschreiben der Botschaft in Prag an …").
    static let germanKind = GuardedPattern(
        #"^(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}:?\s+)?(?:Chiffr(?:e|ier)-?)?(?:[Tt]elegramm|Fernschreiben|Schreiben|Brief|Bericht|Vermerk|Notiz|Information|Funkspruch|Mitteilung)\s+(?:des|der|von|vom)\s+"#,
        guard: .test(
            "opens with a digit or a kind's capital, and holds one of the kinds",
            { text in
                guard let first = text.utf8.first,
                    (first >= 0x30 && first <= 0x39)
                        || [0x43, 0x54, 0x46, 0x53, 0x42, 0x56, 0x4E, 0x49, 0x4D].contains(first)
                else { return false }
                return [
                    "elegramm ", "chreiben ", "Brief ", "Bericht ", "Vermerk ", "Notiz ", "Information ", "Funkspruch ",
                    "Mitteilung ",
                ].contains { text.containsBytes(of: $0) }
            }),
        examples: ["13.4.1959: Telegramm des ", "Fernschreiben der ", "Chiffretelegramm des "])

    /// An edition's number of the document at the start of a title, before a capital ("Nr. 156. Der
    /// Botschafter …", "156. Der Botschafter …").
    static let editionNumber = GuardedPattern(
        #"^(?:Nr\.\s*)?\d{1,4}\.\s+(?=\p{Lu}\p{Ll})"#,
        guard: .opensWith(["Nr.", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
        examples: ["Nr. 156. Der Botschafter", "156. Der Botschafter"])

    /// A date after the addressee of a German title (", 8.11.1989", ", 29. September 1989").
    static let trailingNumericDate = GuardedPattern(
        #",\s*\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+)\s?\d{2,4}$"#, guard: .contains([","]),
        examples: ["Oskar Fischer, 8.11.1989", "Erich Honecker, 29. September 1989"])

    /// The sender and addressee of `title`, or `nil` when it is no such title: at most 300 bytes, opening
    /// with a capital letter (or, in German, a date), not ending with a full stop, each side non-empty and
    /// under 160 characters. A German title's kind of document goes ("Telegramm des DDR-Botschafters in
    /// Prag, Helmut Ziebart, an DDR-Außenminister Oskar Fischer, 8.11.1989" → "DDR-Botschafter in Prag,
    /// Helmut Ziebart" and "DDR-Außenminister Oskar Fischer"): its sender, in the genitive after it, is
    /// given in the nominative (``nominative(ofGenitive:)``), and "an" before a capital separates.
    public static func split(_ title: String) -> (sender: String, recipient: String)? {
        var text = collapseWhitespace(title)
        // "Nr. 156. Der Botschafter in Rom an das Auswärtige Amt, 25. Juli 1914": an edition's number of
        // the document opens the title (the pattern's guard tests the opening bytes).
        text = editionNumber.replacing(in: text, with: "")
        if let kind = germanKind.firstRange(in: text) {
            text = nominative(ofGenitive: String(text[kind.upperBound...]))
            text = trailingNumericDate.replacing(in: text, with: "")
            // "an" after the sender's comma is the separators' below.
            if !text.containsBytes(of: ", an "), let range = text.firstRange(of: #"\s+an\s+(?=\p{Lu})"#) {
                return sides(of: text, around: range)
            }
        }
        guard text.utf8.count <= 300, text.first?.isUppercase == true, !text.hasSuffix("."),
            text.containsBytes(of: " à ") || text.containsBytes(of: " au") || text.containsBytes(of: " an ")
                || text.containsBytes(of: " al") || text.containsBytes(of: " ai ") || text.containsBytes(of: " agli ")
        else { return nil }
        for separator in separators {
            guard let range = text.firstRange(of: separator) else { continue }
            return sides(of: text, around: range)
        }
        return nil
    }

    /// The sender and addressee either side of a separator at `range`, each without its leading article;
    /// `nil` when either is empty or 160 characters or longer.
    static func sides(of text: String, around range: Range<String.Index>) -> (sender: String, recipient: String)? {
        let sender = withoutArticle(String(text[..<range.lowerBound]))
        let recipient = withoutArticle(trailingNumericDate.replacing(in: String(text[range.upperBound...]), with: ""))
        guard !sender.isEmpty, !recipient.isEmpty, sender.count < 160, recipient.count < 160 else { return nil }
        return (sender, recipient)
    }

    /// A German noun phrase in the genitive given in the nominative, up to its first preposition, comma or
    /// article: the capitalised nouns lose the genitive ending ("DDR-Botschafters in Moskau" →
    /// "DDR-Botschafter in Moskau", "Ministerrates der DDR" → "Ministerrat der DDR", "Ministeriums" →
    /// "Ministerium", "Zentralkomitees" → "Zentralkomitee"); adjectives and the rest stay as written.
    static func nominative(ofGenitive phrase: String) -> String {
        var words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let endsPhrase = words[index].hasSuffix(",")
            let word = endsPhrase ? String(words[index].dropLast()) : words[index]
            if ["in", "bei", "an", "der", "des", "für", "zu", "am", "im"].contains(word) { break }
            if word.first?.isUppercase == true, word.count > 4,
                let (ending, replacement) = [("rates", "rat"), ("ers", "er"), ("ums", "um"), ("ees", "ee")].first(
                    where: { word.hasSuffix($0.0) })
            {
                words[index] = String(word.dropLast(ending.count)) + replacement + (endsPhrase ? "," : "")
            }
            if endsPhrase { break }
        }
        return words.joined(separator: " ")
    }

    /// `phrase` without a leading article ("la Division …" → "Division …") and without the footnote mark
    /// an edition puts after its title ("Légation de Suisse à Paris 1").
    static func withoutArticle(_ phrase: String) -> String {
        let trimmed = phrase.replacingPattern(#"\s\d{1,2}$"#, with: "").trimmingCharacters(
            in: CharacterSet(charactersIn: " ,"))
        guard let article = articles.first(where: { trimmed.hasPrefix($0) }) else { return trimmed }
        return String(trimmed.dropFirst(article.count))
    }
}
