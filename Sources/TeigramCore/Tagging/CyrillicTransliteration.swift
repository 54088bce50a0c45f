/// Russian names written in Cyrillic, read in the Latin spelling the authority gives them: "Громыко" is
/// found as "Gromyko", "Молотову" as "Molotov", "Вышинский" as "Vyshinsky". Works on folded words (lower
/// case, "й" folded to "и", "ё" to "е", as ``NameTokenizer`` folds them); the case ending is removed first
/// (``RussianInflection/stem(_:)``), then each letter is written as in the common English transliteration
/// (BGN/PCGN without diacritics), and the adjectival ending "-ии"/"-ыи" (from "-ий"/"-ый") becomes "-y".
/// Names whose English spelling follows another system (Черчилль, Цзэдун) are not found this way.
public enum CyrillicTransliteration {
    static let letters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
        "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
    ]

    /// The Latin spellings of a folded Cyrillic word to look up, or `[]` for a word with another letter.
    /// Both the word as written and its stem are given ("Молотова" → "molotova", "molotov").
    public static func latinForms(of folded: String) -> [String] {
        guard RussianInflection.isCyrillic(folded) else { return [] }
        var forms: [String] = []
        for word in Set([folded, RussianInflection.stem(folded)]).sorted() {
            var latin = ""
            for letter in word {
                guard let written = letters[letter] else { return [] }
                latin += written
            }
            for ending in ["ii", "yi"] where latin.hasSuffix(ending) {
                latin = String(latin.dropLast(2)) + "y"
            }
            forms.append(latin)
        }
        return forms
    }
}
