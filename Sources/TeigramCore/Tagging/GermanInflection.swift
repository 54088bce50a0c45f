/// The declined forms of a German institution's name, for the name index: a German text writes "das
/// Auswärtige Amt", "im Auswärtigen Amt", "des Politischen Departements" where the authority has the
/// strong nominative "Auswärtiges Amt", "Politisches Departement".
public enum GermanInflection {
    /// The forms of a folded name of one or two adjectives in the strong neuter nominative (ending in "es")
    /// before a noun: each adjective ending in "e" (after the article) or "en" (dative and genitive), the
    /// noun as it stands, and with "en" also the noun's genitive in "s" and "es" ("politisches departement" →
    /// "politische departement", "politischen departement", "politischen departements", "politischen
    /// departementes"). Any other name, a person's among them, gets none.
    public static func phraseForms(of words: [String]) -> [[String]] {
        guard (2...3).contains(words.count), let noun = words.last, noun.count >= 3,
            noun.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
            words.dropLast().allSatisfy({ $0.count >= 5 && $0.hasSuffix("es") && isLatin($0) })
        else { return [] }
        let stems = words.dropLast().map { String($0.dropLast(2)) }
        let weak = stems.map { $0 + "e" }
        let oblique = stems.map { $0 + "en" }
        return [weak + [noun], oblique + [noun], oblique + [noun + "s"], oblique + [noun + "es"]]
    }

    /// Whether every scalar of `word` is a Latin letter (ASCII or Latin-1 and Latin Extended-A: "ä", "ö").
    static func isLatin(_ word: String) -> Bool {
        word.unicodeScalars.allSatisfy { ($0.value >= 0x61 && $0.value <= 0x7A) || (0xDF...0x17F).contains($0.value) }
    }
}
