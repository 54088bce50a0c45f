/// The declined forms of a German name of an institution or a state, for the name index: a German text writes
/// "das Auswärtige Amt", "im Auswärtigen Amt", "des Politischen Departements", "den Vereinigten Staaten" where
/// the authority has the nominative "Auswärtiges Amt", "Politisches Departement", "Vereinigte Staaten".
public enum GermanInflection {
    /// The declined forms of a folded name whose words before the noun are one or two German adjectives of
    /// five letters or more, all in the strong neuter nominative ("-es") or all in the weak form ("-e"):
    /// - "-es": each adjective ending in "e" (after the article) or "en" (dative and genitive), the noun as it
    ///   stands, and with "en" also the noun's genitive in "s" and "es" ("politisches departement" →
    ///   "politische departement", "politischen departement", "politischen departements", "politischen
    ///   departementes");
    /// - "-e" (a feminine or a plural name without article: "Vereinigte Staaten", "Deutsche Demokratische
    ///   Republik"): each adjective ending in "en" (after an article, and in every case but the nominative),
    ///   the noun as it stands, and a noun in "e" also with the dative plural's "n" ("vereinigte arabische
    ///   emirate" → "vereinigten arabischen emirate", "vereinigten arabischen emiraten").
    ///
    /// Any other name, a person's among them, gets none.
    public static func phraseForms(of words: [String]) -> [[String]] {
        guard (2...3).contains(words.count), let noun = words.last, noun.count >= 3,
            noun.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic })
        else { return [] }
        let adjectives = words.dropLast()
        guard adjectives.allSatisfy({ $0.count >= 5 && isLatin($0) }) else { return [] }
        if adjectives.allSatisfy({ $0.hasSuffix("es") }) {
            let stems = adjectives.map { String($0.dropLast(2)) }
            let weak = stems.map { $0 + "e" }
            let oblique = stems.map { $0 + "en" }
            return [weak + [noun], oblique + [noun], oblique + [noun + "s"], oblique + [noun + "es"]]
        }
        if adjectives.allSatisfy({ $0.hasSuffix("e") && !$0.hasSuffix("ee") }) {
            let oblique = adjectives.map { $0 + "n" }
            return noun.hasSuffix("e") ? [oblique + [noun], oblique + [noun + "n"]] : [oblique + [noun]]
        }
        return []
    }

    /// Whether every scalar of `word` is a Latin letter (ASCII or Latin-1 and Latin Extended-A: "ä", "ö").
    static func isLatin(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { ($0.value >= 0x61 && $0.value <= 0x7A) || (0xDF...0x17F).contains($0.value) }
    }
}
