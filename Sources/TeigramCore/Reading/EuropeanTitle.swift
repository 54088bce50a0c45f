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

    /// The sender and addressee of `title`, or `nil` when it is no such title: at most 300 bytes, opening
    /// with a capital letter, not ending with a full stop, each side non-empty and under 160 characters.
    public static func split(_ title: String) -> (sender: String, recipient: String)? {
        let text = collapseWhitespace(title)
        guard text.utf8.count <= 300, text.first?.isUppercase == true, !text.hasSuffix("."),
            text.containsBytes(of: " à ") || text.containsBytes(of: " au") || text.containsBytes(of: " an ")
                || text.containsBytes(of: " al") || text.containsBytes(of: " ai ") || text.containsBytes(of: " agli ")
        else { return nil }
        for separator in separators {
            guard let range = text.firstRange(of: separator) else { continue }
            let sender = withoutArticle(String(text[..<range.lowerBound]))
            let recipient = withoutArticle(String(text[range.upperBound...]))
            guard !sender.isEmpty, !recipient.isEmpty, sender.count < 160, recipient.count < 160 else { return nil }
            return (sender, recipient)
        }
        return nil
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
