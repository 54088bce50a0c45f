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
        /// The place of dispatch as written, in the genitive ("Анкары" of "…, из Анкары").
        var origin: String?
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
        guard line.utf8.count <= 640, line.containsBytes(of: "."),
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
        } else if let to = CorrespondentReader.captures(#"^((?:\S+\s+){1,12})"# + name + "$", in: text),
            let titles = to.groups[0], let recipient = to.groups[1], isAddresseesTitle(titles)
        {
            reading.recipient = citedName(recipient, from: .dative)
        }
        return reading
    }

    /// Whether the words before an addressee's name are his titles in the dative: up to three dative
    /// titles ("товарищу", "послу СССР" is no such line), or a longer post that a dative title opens and
    /// one closes ("Председателю Совета министров Союза Советских Социалистических Республик товарищу").
    static func isAddresseesTitle(_ titles: String) -> Bool {
        let words = titles.split(separator: " ").map { $0.lowercased() }
        guard let first = words.first, let last = words.last else { return false }
        if words.count <= 3 { return words.allSatisfy { dativeTitles.contains($0) } }
        return dativeTitles.contains(first) && dativeTitles.contains(last)
    }

    /// `text` with a scan's misreadings of a Cyrillic initial repaired: the digit "3" read for the letter
    /// "З" between an initial and a surname, and a hyphen read for the period after the initial before it
    /// ("Я- 3. Сурицу", "Я. 3. Сурицу" → "Я. З. Сурицу"). Other text is returned unchanged.
    static func withScannedInitialsRepaired(_ text: String) -> String {
        guard text.containsBytes(of: "3.") else { return text }
        return text.replacingPattern(#"(?<=(?:^|\s)[А-ЯЁ])[.\-]\s?3\.\s?(?=[А-ЯЁ])"#, with: ". З. ")
    }

    /// "И.В. СТАЛИНА" → "И. В. Сталин": initials spaced, the surname in the nominative and, when written
    /// in capitals, in mixed case.
    static func citedName(_ written: String, from grammaticalCase: RussianInflection.Case?) -> String {
        let spaced = written.replacingPattern(#"\.(?=\S)"#, with: ". ")
        var words = spaced.split(separator: " ").map(String.init)
        guard var surname = words.popLast() else { return written }
        // A line-break hyphen a scan kept ("Довгалев-скому"): a hyphen before a lower-case letter.
        surname = surname.replacingPattern(#"-(?=\p{Ll})"#, with: "")
        if let grammaticalCase { surname = RussianInflection.nominative(of: surname, from: grammaticalCase) }
        if surname.count > 1, surname == surname.uppercased() {
            surname = surname.prefix(1) + surname.dropFirst().lowercased()
        }
        return (words + [surname]).joined(separator: " ")
    }
}

/// The correspondents of a Russian document title in the form of the Soviet foreign-policy editions:
/// the kind of document, the sender in the genitive, then the addressee in the dative or an institution
/// after "в" ("Телеграмма Полномочного Представителя СССР в Польше в Народный Комиссариат Иностранных Дел
/// СССР", "Письмо Заместителя Народного Комиссара Иностранных Дел СССР Временному Поверенному в Делах СССР
/// в Финляндии Н. Г. Позднякову").
enum RussianDocumentTitle {
    /// Kinds of document that open such a title (lower case).
    static let kinds: Set<String> = [
        "телеграмма", "шифртелеграмма", "шифротелеграмма", "письмо", "нота", "записка", "донесение", "сообщение",
        "послание",
        "инструкция", "директива", "указание", "докладная", "шифровка", "радиограмма", "телефонограмма",
    ]
    /// The same kinds in the genitive, after "Из" in an extract's title ("Из телеграммы полномочного
    /// представителя СССР в ЧСР в НКИД СССР", "from the telegram of …").
    static let genitiveKinds: Set<String> = [
        "телеграммы", "шифртелеграммы", "шифротелеграммы", "письма", "ноты", "записки", "донесения", "сообщения",
        "послания",
        "инструкции", "директивы", "указания", "шифровки", "радиограммы", "телефонограммы",
    ]
    /// The prepositions before an institution addressed: "в Народный Комиссариат …", or, as an edition
    /// misprints it, "к Народный Комиссариат …".
    static let institutionPrepositions: Set<String> = ["в", "к"]
    /// Institutions an addressee phrase "в …" opens with (lower case): an office, not a place.
    static let institutions: Set<String> = [
        "народный", "нкид", "мид", "министерство", "наркоминдел", "цк", "правительство", "совнарком", "совет",
        "политбюро", "посольство", "полпредство",
    ]

    /// Whether `word` is an edition's document number with its period: one to four digits, or capitals and
    /// digits as a scan misreads them ("131.", "ПО.", "1З.").
    static func isDocumentNumber(_ word: String) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let number = word.dropLast()
        return (1...4).contains(number.count) && number.allSatisfy { $0.isNumber || $0.isUppercase }
            && (number.contains(where: \.isNumber) || number.count >= 2)
    }

    /// Whether `text` is an edition's numbered heading of a document of any kind: one line of at most 400
    /// bytes, the document's number with its period (``isDocumentNumber(_:)``), then a capitalised Russian
    /// word ("313. Речь Председателя Центрального Исполнительного Комитета СССР …").
    static func isNumberedHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 400, !text.containsBytes(of: "\n") else { return false }
        let words = text.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, isDocumentNumber(String(words[0])), let first = words[1].first else { return false }
        return first.isUppercase && words[1].utf8.first.map { $0 == 0xD0 || $0 == 0xD1 } == true
    }

    /// The sender (an office-holder in the nominative, or the name that ends the office-holder's phrase) and
    /// the addressee (a name in the nominative, or an institution as written) of `title`; both `nil` for any
    /// other text.
    static func read(_ title: String) -> RussianHeading.Reading {
        var reading = RussianHeading.Reading()
        guard title.utf8.count <= 480, let first = title.utf8.first,
            (0xD0...0xD3).contains(first)
                || (first < 0x80
                    && title.utf8.drop(while: { $0 != 0x20 }).dropFirst().first.map { (0xD0...0xD3).contains($0) }
                        == true)
        else {
            return reading
        }
        var words = RussianHeading.withScannedInitialsRepaired(collapseWhitespace(title)).split(separator: " ")
            .map(String.init)
        // The edition's number of the document before its kind ("131. Нота …"; "ПО." where the scan read
        // "110." as letters) is no part of the phrase.
        if words.count > 1, isDocumentNumber(words[0]), kinds.contains(words[1].lowercased()) {
            words.removeFirst()
        }
        // An extract's title: "Из телеграммы …" names its correspondents as the whole document's title does.
        if words.count > 2, words[0].lowercased() == "из", genitiveKinds.contains(words[1].lowercased()) {
            words.removeFirst()
        }
        let opensWithKind = words.first.map {
            kinds.contains($0.lowercased()) || genitiveKinds.contains($0.lowercased())
        }
        // A date after the phrase ("… СССР. 1 декабря 1937 г."): the phrase ends at its period.
        if let end = words.firstIndex(where: { $0.hasSuffix(".") && $0.count > 2 && !isInitial($0) }) {
            words = Array(words[...end])
            words[words.count - 1] = String(words[words.count - 1].dropLast())
        }
        // "(Из) записи беседы заведующего … отделом МИД СССР Н.Т. Федоренко с советником … Гэ Баоцюанем": a
        // record of conversation is its writer's; the person he spoke with, after "с", is no addressee.
        let record = words.prefix(3).map { $0.lowercased() }
        if let opening = [["запись", "беседы"], ["из", "записи", "беседы"]].first(where: {
            record.starts(with: $0)
        }) {
            let writer = words.dropFirst(opening.count).prefix(while: { $0 != "с" && $0 != "со" })
            if !writer.isEmpty {
                reading.sender = citedNameEnding(writer.suffix(3), from: .genitive) ?? nominativeOffice(Array(writer))
            }
            return reading
        }
        guard words.count >= 3, opensWithKind == true else { return reading }
        // "… в ЦК КПСС об ухудшении политической обстановки в Венгрии": the subject after "о", "об" or "обо"
        // follows the correspondents and is no part of them.
        if let subject = words.indices.dropFirst(2).first(where: { subjectPrepositions.contains(words[$0]) }) {
            words = Array(words[..<subject])
        }
        // "… Суслова из Будапешта в ЦК КПСС": the place of dispatch between the sender and the institution
        // addressed.
        if let from = words.indices.dropFirst(2).first(where: { index in
            words[index] == "из" && index + 2 < words.count && words[index + 1].first?.isUppercase == true
                && (words[index + 2] == "в" || words[index + 2] == "во")
        }) {
            reading.origin = words[from + 1].trimmingCharacters(in: .punctuationCharacters)
            words.removeSubrange(from...(from + 1))
        }
        // "…, из Анкары": the place of dispatch ends the title, after the addressee.
        if let from = words.suffix(3).lastIndex(where: { $0 == "из" }), from >= 3, from + 1 < words.count,
            words[(from + 1)...].allSatisfy({ $0.first?.isUppercase == true })
        {
            reading.origin = words[(from + 1)...].joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            words = Array(words[..<from])
            if let last = words.last, last.hasSuffix(",") { words[words.count - 1] = String(last.dropLast()) }
        }
        // "…, в Женеву": the place the addressee is sent to ends the title (in the accusative).
        if let to = words.suffix(3).lastIndex(where: { $0 == "в" || $0 == "во" }), to >= 3, to + 1 < words.count,
            words[to - 1].hasSuffix(","), words[(to + 1)...].allSatisfy({ $0.first?.isUppercase == true })
        {
            words = Array(words[..<to])
            words[words.count - 1] = String(words[words.count - 1].dropLast())
        }
        let phrase = Array(words.dropFirst())
        // The addressee starts at "в" + an institution, or at the first word in the dative that no
        // preposition governs ("… по сокращению" is the sender's phrase): a capitalised word, an
        // office-holder's title written in lower case ("… Н. Н. Крестинского полпреду СССР во Франции
        // В. С. Довгалевскому", "… члену советской делегации …"), or a plural ("Полномочным Представителям").
        guard
            let start = phrase.indices.dropFirst().first(where: { index in
                let word = phrase[index]
                if institutionPrepositions.contains(word), index + 1 < phrase.count {
                    return institutions.contains(phrase[index + 1].lowercased())
                }
                return !governingPrepositions.contains(phrase[index - 1].lowercased())
                    && (isDative(word) || isLowerCaseDative(word) || isDativePlural(word))
            })
        else { return reading }
        let senderWords = Array(phrase[..<start])
        let addresseeWords = Array(phrase[start...])
        guard senderWords.first?.first?.isLetter == true else { return reading }
        // "… Полномочного Представителя СССР в Великобритании И. М. Майского": the office-holder's name ends
        // the sender's phrase, and names the sender (in the nominative); else the office in the nominative.
        // "А.И. Микояна и М.А. Суслова": two office-holders' names joined by "и" are two senders.
        let senderPieces = senderWords.contains("и") ? senderWords.split(separator: "и") : []
        let senderNames = senderPieces.compactMap { citedNameEnding($0, after: "^", from: .genitive) }
        if senderNames.count >= 2, senderNames.count == senderPieces.count {
            reading.sender = senderNames.joined(separator: " и ")
        } else if let name = citedNameEnding(senderWords.suffix(3), from: .genitive) {
            reading.sender = name
        } else {
            reading.sender = nominativeOffice(senderWords)
        }
        if institutionPrepositions.contains(addresseeWords[0]) {
            // "в ЦК РКП(б) И. В. Сталину": an office-holder's name in the dative after the institution is
            // the addressee; else the institution as written.
            let institution = addresseeWords.dropFirst()
            if institution.count > 2,
                isDative(String(institution.last ?? "").trimmingCharacters(in: footnoteMark)),
                let name = citedNameEnding(institution.suffix(4), after: " ", from: .dative)
            {
                reading.recipient = name
            } else {
                // "в Народный Комиссариат Иностранных Дел СССР*****": the edition's footnote mark is no part of it.
                reading.recipient = institution.joined(separator: " ").trimmingCharacters(in: footnoteMark)
            }
        } else {
            // Several office-holders, each after his post's country ("Полномочным Представителям СССР в
            // Норвегии И. С. Якубовичу, в Швеции А. М. Коллонтай, в Дании Н. С. Тихменеву"): a name ends each
            // piece between ", в".
            let names = addresseePieces(addresseeWords).compactMap { citedNameEnding($0.suffix(3), from: .dative) }
            if !names.isEmpty {
                reading.recipient = names.joined(separator: ", ")
            } else if let last = addresseeWords.last, addresseeWords.count > 1, isDative(last) {
                // "… Послу Турции в СССР Апайдыну": a surname in the dative ends the office-holder's phrase.
                reading.recipient = RussianHeading.citedName(last, from: .dative)
            } else if !addresseeWords.contains(where: isInitial) {
                // "… всем Представителям РСФСР в европейских странах": office-holders named by office alone.
                reading.recipient = nominativeOfDativeOffice(addresseeWords)
            }
        }
        return reading
    }

    /// The person's name that ends `words` joined by spaces, cited from `grammaticalCase`; nil when no name
    /// ends them. `anchor` is what must stand before the name ("^": nothing; " ": a word). An edition's footnote
    /// mark after the name ("В. А. Антонову-Овсеенко*") is no part of it.
    static func citedNameEnding(
        _ words: some Sequence<String>, after anchor: String = "", from grammaticalCase: RussianInflection.Case
    ) -> String? {
        let text = words.joined(separator: " ").trimmingCharacters(in: footnoteMark)
        return CorrespondentReader.captures(anchor + RussianHeading.name + "$", in: text)?.groups[0].map {
            RussianHeading.citedName($0, from: grammaticalCase)
        }
    }

    /// An edition's footnote mark after a name ("В. А. Антонову-Овсеенко*").
    static let footnoteMark = CharacterSet(charactersIn: "*")

    /// Prepositions that open a title's subject ("об ухудшении политической обстановки").
    static let subjectPrepositions: Set<String> = ["о", "об", "обо"]

    /// Prepositions that govern the dative: a dative after one is no addressee ("по сокращению").
    static let governingPrepositions: Set<String> = ["по", "к", "ко", "согласно", "благодаря", "вопреки"]

    /// `words` cut before each "в"/"во" that follows a comma; the comma is dropped.
    static func addresseePieces(_ words: [String]) -> [[String]] {
        var pieces: [[String]] = [[]]
        for (index, word) in words.enumerated() {
            if index > 0, word == "в" || word == "во", words[index - 1].hasSuffix(","),
                let last = pieces[pieces.count - 1].popLast()
            {
                pieces[pieces.count - 1].append(String(last.dropLast()))
                pieces.append([])
            }
            pieces[pieces.count - 1].append(word)
        }
        return pieces
    }

    /// An office-holder's word in lower case in the dative: an adjective in "-ому"/"-ему" ("временному
    /// поверенному"), a title before a name (``RussianHeading/dativeTitles``: "послу", "полпреду") or a
    /// noun of ``dativeOfficeNouns`` ("члену").
    static func isLowerCaseDative(_ word: String) -> Bool {
        guard word.count >= 4, word.first?.isLowercase == true else { return false }
        return word.hasSuffix("ому") || word.hasSuffix("ему") || RussianHeading.dativeTitles.contains(word)
            || dativeOfficeNouns.contains(word)
    }

    /// Nouns of office-holders in the dative that a title in lower case addresses, beside the titles a
    /// heading writes before a name (``RussianHeading/dativeTitles``), which are not repeated here.
    static let dativeOfficeNouns: Set<String> = [
        "члену", "посланнику", "представителю", "комиссару", "наркому", "консулу", "секретарю", "заместителю",
        "атташе", "советнику",
    ]

    /// A capitalised word in the dative plural: "-ым"/"-им" (an adjective), "-ам"/"-ям" (a noun), as in
    /// "Полномочным Представителям".
    static func isDativePlural(_ word: String) -> Bool {
        guard word.count >= 5, word.first?.isUppercase == true, word.dropFirst().contains(where: \.isLowercase)
        else { return false }
        let lower = word.lowercased()
        return lower.hasSuffix("ым") || lower.hasSuffix("им") || lower.hasSuffix("ам") || lower.hasSuffix("ям")
    }

    /// "М." or "Н.", or initials written together ("А.И."): capitals, each followed by its period.
    static func isInitial(_ word: String) -> Bool {
        guard word.count >= 2, word.count.isMultiple(of: 2) else { return false }
        return word.enumerated().allSatisfy { offset, character in
            offset.isMultiple(of: 2) ? character.isUppercase : character == "."
        }
    }

    /// A capitalised word in the dative: an adjective in "-ому"/"-ему" or a noun in "-у"/"-ю".
    static func isDative(_ word: String) -> Bool {
        guard word.count >= 3, word.first?.isUppercase == true, word.dropFirst().contains(where: \.isLowercase)
        else { return false }
        let lower = word.lowercased()
        return lower.hasSuffix("ому") || lower.hasSuffix("ему") || lower.hasSuffix("у") || lower.hasSuffix("ю")
    }

    /// An addressee's office phrase in the dative put in the nominative ("Полномочным Представителям СССР в
    /// Персии" → "Полномочные Представители СССР в Персии", "временному поверенному в делах" → "временный
    /// поверенный в делах"): the adjectives before the head noun and the noun change, singular or plural;
    /// what follows them stays, and "всем" ("to all") before them is dropped. `nil` when the phrase opens
    /// with no word in the dative.
    static func nominativeOfDativeOffice(_ words: [String]) -> String? {
        var result = Array(words.drop(while: { $0 == "всем" }))
        for index in result.indices {
            let word = result[index]
            let lower = word.lowercased()
            // "временному поверенному в делах": adjectives standing for the noun end at the next word.
            guard word.count > 2, word.dropFirst().contains(where: \.isLowercase) else {
                return index > 0 ? result.joined(separator: " ") : nil
            }
            let stemEnd = { (suffix: Int) in word.dropLast(suffix) }
            let afterVelar = { (suffix: Int) in
                "кгхжшчщ".contains(stemEnd(suffix).last.map { Character($0.lowercased()) } ?? " ")
            }
            // Adjectives: "-ым"/"-им" plural, "-ому"/"-ему" singular.
            if lower.hasSuffix("ым") || lower.hasSuffix("им") {
                result[index] = stemEnd(2) + (lower.hasSuffix("им") ? "ие" : "ые")
                continue
            }
            if lower.hasSuffix("ому") || lower.hasSuffix("ему") {
                result[index] = stemEnd(3) + (lower.hasSuffix("ему") || afterVelar(3) ? "ий" : "ый")
                continue
            }
            // The head noun: "Представителям" → "Представители", "Послам" → "Послы", "Председателю" →
            // "Председатель", "Послу" → "Посол", "Начальнику" → "Начальник".
            if lower.hasSuffix("ям") {
                result[index] = stemEnd(2) + "и"
            } else if lower.hasSuffix("ам") {
                result[index] = stemEnd(2) + (afterVelar(2) ? "и" : "ы")
            } else if lower == "послу" {
                result[index] = word.prefix(1) + "осол"
            } else if lower.hasSuffix("ству") || lower.hasSuffix("нию") {
                // Neuter nouns: "Министерству" → "Министерство", "Управлению" → "Управление".
                result[index] = stemEnd(1) + (lower.hasSuffix("ю") ? "е" : "о")
            } else if lower.hasSuffix("ю") {
                result[index] = stemEnd(1) + "ь"
            } else if lower.hasSuffix("у") {
                result[index] = String(stemEnd(1))
            } else {
                return index > 0 ? result.joined(separator: " ") : nil
            }
            return result.joined(separator: " ")
        }
        return result.isEmpty ? nil : result.joined(separator: " ")
    }

    /// The office phrase with its head in the nominative ("Полномочного Представителя СССР в Польше" →
    /// "Полномочный Представитель СССР в Польше"): the adjectives before the head noun and the noun change,
    /// the genitive complement after them stays.
    static func nominativeOffice(_ words: [String]) -> String {
        var result = words
        for index in words.indices {
            let word = words[index]
            // Up to a preposition or an abbreviation ("в", "СССР").
            guard word.count > 2, word.dropFirst().contains(where: \.isLowercase) else { break }
            let lower = word.lowercased()
            if lower.hasSuffix("ого") || lower.hasSuffix("его") {
                let stem = word.dropLast(3)
                let softStem = "кгхжшчщ".contains(stem.last.map { Character($0.lowercased()) } ?? " ")
                result[index] = stem + (lower.hasSuffix("его") || softStem ? "ий" : "ый")
                continue
            }
            // The head noun: "Представителя" → "Представитель", "Комиссара" → "Комиссар" (the genitive ending,
            // as a surname's is undone); "Посла" → "Посол" drops a vowel.
            result[index] =
                lower == "посла" ? word.prefix(1) + "осол" : RussianInflection.nominative(of: word, from: .genitive)
            break
        }
        return result.joined(separator: " ")
    }
}
