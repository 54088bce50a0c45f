/// The oblique-case forms of a Russian noun in the nominative singular, so that a name the authority gives
/// as "Москва" or "Германия" is found as "Москвы", "в Москве", "Германии". Regular first- and
/// second-declension endings only; words ending otherwise (Токио, Дели) are indeclinable and get none.
/// Works on folded words (lower case, "й" folded to "и", "ё" to "е"), as ``NameTokenizer`` folds them.
public enum RussianInflection {
    /// Stems ending in these letters take "и" where others take "ы" (Прага → Праги).
    static let velarsAndSibilants: Set<Character> = ["г", "к", "х", "ж", "ш", "щ", "ч"]
    static let consonants: Set<Character> = Set("бвгджзклмнпрстфхцчшщ")

    /// Whether the word is written in Cyrillic (its first letter).
    public static func isCyrillic(_ word: String) -> Bool {
        // U+0400–U+04FF are exactly the scalars whose UTF-8 lead byte is 0xD0–0xD3.
        guard let lead = word.utf8.first else { return false }
        return (0xD0...0xD3).contains(lead)
    }

    /// The genitive, dative, accusative, instrumental and prepositional forms of `word` that differ from it.
    /// - Parameter isPersonName: whether the word is a person's name: surnames in -ов, -ев, -ин, -ын then
    ///   also take the instrumental -ым (Сталиным), which place names in -ин do not (Берлином).
    public static func forms(of word: String, isPersonName: Bool = false) -> [String] {
        guard isCyrillic(word), word.count >= 3, let last = word.last else { return [] }
        let stem = String(word.dropLast())
        var endings: [String]
        if word.hasSuffix("ия") {
            return ["ии", "ию", "иеи"].map { String(word.dropLast(2)) + $0 }
        } else if last == "я" {
            endings = ["и", "е", "ю", "еи"]
        } else if last == "а" {
            let soft = stem.last.map { velarsAndSibilants.contains($0) } ?? false
            endings = [soft ? "и" : "ы", "е", "у", "ои", "ою"]
        } else if last == "и", let before = stem.last, "аеоу".contains(before) {
            // "Китай" (folded "китаи"): a stem in -й.
            endings = ["я", "ю", "ем", "е"]
        } else if consonants.contains(last) {
            // Surnames in -ов, -ев, -ин, -ын take -ым in the instrumental (Сталиным, Молотовым).
            let isSurname = isPersonName && ["ов", "ев", "ин", "ын"].contains { word.hasSuffix($0) }
            return (isSurname ? ["а", "у", "ом", "ым", "е"] : ["а", "у", "ом", "е"]).map { word + $0 }
        } else if last == "ь" {
            // A masculine soft stem (Баоцюань → Баоцюаня, Баоцюанем).
            endings = ["я", "ю", "ем", "е"]
        } else {
            return []
        }
        return endings.map { stem + $0 }
    }

    /// The oblique cases ``nominative(of:from:)`` undoes.
    public enum Case: Sendable { case genitive, dative }

    /// A man's surname in the nominative from its genitive or dative ("СТАЛИНА" → "СТАЛИН", "Молотову" →
    /// "Молотов", "ЧЕРЧИЛЛЮ" → "ЧЕРЧИЛЛЬ", "Рузвельту" → "Рузвельт", "Вышинскому" → "Вышинский"), in the
    /// letter case it is written in. Regular endings only; a word without one is returned as it is.
    public static func nominative(of surname: String, from grammaticalCase: Case) -> String {
        guard isCyrillic(surname), surname.count >= 4 else { return surname }
        let isCapitals = surname == surname.uppercased()
        let lower = surname.lowercased()
        /// The surname without its last `count` letters, then `ending` in the surname's letter case.
        func replacing(last count: Int, with ending: String) -> String {
            String(surname.dropLast(count)) + (isCapitals ? ending.uppercased() : ending)
        }
        let adjectival = grammaticalCase == .dative ? "ому" : "ого"
        if lower.hasSuffix("ск" + adjectival) || lower.hasSuffix("цк" + adjectival) {
            return replacing(last: 3, with: "ий")
        }
        let ending: Character = grammaticalCase == .dative ? "у" : "а"
        let softEnding: Character = grammaticalCase == .dative ? "ю" : "я"
        guard let last = lower.last, let before = lower.dropLast().last, consonants.contains(before) else {
            return surname
        }
        if last == ending { return replacing(last: 1, with: "") }
        if last == softEnding { return replacing(last: 1, with: "ь") }
        return surname
    }

    /// Case endings, longest first, removed by ``stem(_:)``.
    static let endings = [
        "ыми", "ами", "ями", "ого", "ему", "ому", "ым", "им", "ом", "ем", "ои", "ою", "еи", "ая", "ую", "ы", "а", "у",
        "е", "и", "ю", "я", "ь",
    ]

    /// A Russian word without its case ending ("сталину", "сталиным", "сталин" → "сталин"; "черчиллю" →
    /// "черчилл"; "залесскии", "залесским", "залесского" → "залесск"), for matching the forms of one name; at
    /// least three letters are kept. Non-Cyrillic words are returned as they are.
    public static func stem(_ word: String) -> String {
        guard isCyrillic(word) else { return word }
        // The nominative of a surname declined as an adjective: "-кий", "-ый" (a noun's "-ии" is its own
        // genitive, "Германии", and keeps the "и" its nominative "Германия" keeps).
        if (word.hasSuffix("кии") || word.hasSuffix("ыи")) && word.count >= 5 { return String(word.dropLast(2)) }
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}

extension RussianInflection {
    /// The oblique-case forms of a two-word Russian name of an adjective and a noun, in the nominative and
    /// folded ("советскии союз" → "советского союза", "советскому союзу", …; "красная армия" → "краснои
    /// армии", …; "соединенные штаты" → "соединенных штатов", …): each case's adjective ending with the
    /// noun's form of the same case. Regular endings only; any other name gets none.
    public static func phraseForms(of words: [String]) -> [[String]] {
        guard words.count == 2, isCyrillic(words[0]), words[0].count >= 4 else { return [] }
        let adjective = words[0]
        let noun = words[1]
        let stem = String(adjective.dropLast(2))
        guard let stemLast = stem.last else { return [] }
        let velar = "кгх".contains(stemLast)
        if adjective.hasSuffix("ыи") || adjective.hasSuffix("ои") || adjective.hasSuffix("ии") {
            let soft = adjective.hasSuffix("ии") && !velar
            let endings = soft ? ["его", "ему", "им", "ем"] : ["ого", "ому", velar ? "им" : "ым", "ом"]
            let nouns = forms(of: noun)
            guard nouns.count == 4 else { return [] }
            return zip(endings, nouns).map { [stem + $0, $1] }
        }
        if adjective.hasSuffix("ая") || adjective.hasSuffix("яя") {
            let soft = adjective.hasSuffix("яя")
            return forms(of: noun).map { form in
                let accusative = form.hasSuffix("у") || form.hasSuffix("ю")
                return [stem + (accusative ? (soft ? "юю" : "ую") : (soft ? "еи" : "ои")), form]
            }
        }
        if adjective.hasSuffix("ые") || adjective.hasSuffix("ие"), noun.hasSuffix("ы"), noun.count >= 3 {
            let vowel = adjective.hasSuffix("ие") ? "и" : "ы"
            let nounStem = String(noun.dropLast())
            return zip(
                ["х", "м", "ми", "х"].map { stem + vowel + $0 }, ["ов", "ам", "ами", "ах"].map { nounStem + $0 }
            )
            .map { [$0, $1] }
        }
        return []
    }
}
