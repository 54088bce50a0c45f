extension RussianInflection {
    /// ``forms(of:)``, worked out on the scalars of a word whose every scalar stands alone
    /// (``StringProtocol/hasOneScalarPerCharacter``): its Characters are then its scalars, and no other scalar
    /// is the Character of a letter the rules compare with, so counting, the last letter, dropping it and
    /// comparing endings give what the Character code gives. Other words go to ``forms(of:)``. The
    /// Character code cost 50 M instructions at start-up over the authority's one-word names.
    /// `FastPathTests.caseFormsByScalarsAreTheCharacterForms` holds it to the general code.
    static func formsByScalars(of word: String, isPersonName: Bool = false) -> [String] {
        // Not Cyrillic (most names): no forms, as in the general code, which tests this first too.
        guard isCyrillic(word) else { return [] }
        guard word.hasOneScalarPerCharacter else { return forms(of: word, isPersonName: isPersonName) }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, let last = scalars.last else { return [] }
        let before = scalars[scalars.count - 2]
        func string(_ part: ArraySlice<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: part)
            return String(view)
        }
        if before == "и" && last == "я" {
            let stem = string(scalars.dropLast(2))
            return ["ии", "ию", "иеи"].map { stem + $0 }
        }
        let endings: [String]
        if last == "я" {
            endings = ["и", "е", "ю", "еи"]
        } else if last == "а" {
            let soft = velarAndSibilantScalars.contains(before)
            endings = [soft ? "и" : "ы", "е", "у", "ои", "ою"]
        } else if last == "и", "аеоу".unicodeScalars.contains(before) {
            endings = ["я", "ю", "ем", "е"]
        } else if consonantScalars.contains(last) {
            let isSurname =
                isPersonName
                && ((last == "в" && (before == "о" || before == "е"))
                    || (last == "н" && (before == "и" || before == "ы")))
            return (isSurname ? ["а", "у", "ом", "ым", "е"] : ["а", "у", "ом", "е"]).map { word + $0 }
        } else if last == "ь" {
            endings = ["я", "ю", "ем", "е"]
        } else {
            return []
        }
        let stem = string(scalars.dropLast())
        return endings.map { stem + $0 }
    }

    /// ``velarsAndSibilants`` and ``consonants`` as scalars (each of those Characters is one scalar).
    static let velarAndSibilantScalars = Set(velarsAndSibilants.flatMap(\.unicodeScalars))
    static let consonantScalars = Set(consonants.flatMap(\.unicodeScalars))
}
