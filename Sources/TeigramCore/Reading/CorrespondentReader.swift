import Foundation

/// Reads a ``Correspondent`` (person, office, place, number) from the phrase a title, heading, routing
/// line or form gives for a sender or an addressee. General rules, no lists of documents:
///
/// - editorial debris goes: a FRUS document number ("154. "), footnote marks glued to a word ("State1",
///   "KROTOV[i]"), a leading "the", a trailing subject in quotation marks;
/// - "[Ciphergram No. N]" or "No. N" gives the number;
/// - telegraphic addresses are expanded ("AMEMBASSY SOFIA" → "American Embassy Sofia", "SECSTATE WASHDC" →
///   "Secretary of State Washington");
/// - a parenthesis names the person when the phrase is an office ("the Czechoslovak Embassy in Havana
///   (Pavlíček)"), else the place ("Maneli (Saigon)");
/// - an office is a phrase with an institution word (Embassy, Legation, Ministry, Department, …); its
///   "in/at Place" or ", Place" is the place;
/// - a person's titles and offices in front of the name are dropped ("Ambassador Katori", "Cde. Y",
///   "тов. Громыко").
public enum CorrespondentReader {
    /// Words that make a phrase an office rather than a person ("room": the White House's Situation Room
    /// and Map Room, which send and receive cables).
    static let officeWords: Set<String> = [
        "embassy", "legation", "consulate", "consulate-general", "mission", "ministry", "mfa", "mofa", "department",
        "delegation", "office", "committee", "government", "station", "desk", "secretariat", "bureau", "council",
        "politburo", "headquarters", "command", "directorate", "agency", "commission", "section", "service",
        "residency", "representation", "centre", "center", "presidium", "cabinet", "posts", "посольство",
        "министерство", "мид", "нкид", "цк", "комиссариат", "наркоминдел", "полпредство", "представительство",
        "отдел", "управление", "департамент", "комитет", "консульство", "миссия", "légation", "ambassade",
        "consulat", "département", "division", "ministère", "délégation", "gesandtschaft", "botschaft",
        "departement", "departementes", "konsulat", "generalkonsulat", "ministerium", "amt", "legazione", "ambasciata",
        "consolato", "dipartimento", "ministero", "direction", "room",
    ]

    /// Titles and offices written before a person's name, in the languages of the sources (folded, without
    /// a final period).
    public static let titleWords: Set<String> = [
        "ambassador", "amb", "chargé", "charge", "d'affaires", "d’affaires", "d'", "d’", "affaires", "a.i", "ad",
        "interim", "minister", "deputy", "vice",
        "foreign", "prime", "first", "second", "third", "secretary", "undersecretary", "under", "assistant", "comrade",
        "cde", "com", "comr", "tov", "тов", "т", "товарищ", "товарищу", "господин", "г-н", "mr", "mrs", "ms", "miss",
        "dr",
        "herr", "frau", "señor", "senor", "sr", "sra", "senhor", "monsieur", "mme", "general", "gen", "marshal",
        "colonel", "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "admiral", "adm", "premier",
        "president", "chairman", "counsellor", "counselor", "consul", "consul-general", "attaché", "attache",
        "envoy", "commissar", "people's", "state", "of", "for", "the", "affairs", "external", "relations", "interior",
        "defence", "defense", "trade", "general-secretary", "senator", "sen", "governor", "prof", "professor",
        "ambassadeur", "embajador", "embaixador", "botschafter", "genosse", "genossen", "towarzysz", "tow",
        "посол", "министр", "маршал", "генерал", "председатель", "secretary-general", "acting", "high",
        "commissioner", "head", "chief", "director", "king", "queen", "prince", "emperor", "shri", "shrimati", "smt",
        "sri", "brother", "außenminister", "aussenminister", "gesandter", "gesandte", "geschäftsträger",
        "staatssekretär", "generalsekretär", "ministerpräsident", "vorsitzender", "vorsitzende", "genossin",
        "gesandten", "vorsteher", "ministre", "délégué", "représentant", "conseiller", "secrétaire", "ministro",
        "delegato", "incaricato", "segretario", "console", "sir", "lord", "dame", "member", "members",
    ]

    /// Telegraphic addresses of US cables and their expansions.
    static let telegraphicAddresses: [(String, String)] = [
        ("AMEMBASSY", "American Embassy"), ("AMCONSUL", "American Consulate"), ("AMLEGATION", "American Legation"),
        ("AMCONGEN", "American Consulate General"), ("USMISSION", "US Mission"),
        ("SECSTATE", "Secretary of State"), ("USDEL", "US Delegation"),
        ("USINT", "US Interests Section"), ("USLO", "US Liaison Office"), ("WHITEHOUSE", "White House"),
    ]

    /// Reads a phrase.
    public static func read(_ phrase: String) -> Correspondent {
        var result = Correspondent()
        var text = cleaned(phrase)
        if text.containsBytes(of: "["),
            let number = captures(
                #"\s*\[(?:[A-Za-z]+\s+)?(?:No\.?|Nr\.?|Nº|#)\s*([^\]]+)\]"#, in: text)
        {
            result.number = number.groups.first ?? nil
            text = number.remainder
        } else if text.containsBytes(of: " N") || text.containsBytes(of: " №"),
            spacedNumberLabels.contains(where: { text.containsBytes(of: $0) }),
            let number = captures(#"\s+(?:No\.?|NO\.?|Nr\.?|NR|Nº|N°|№)\s*(\d[\d/\-]*)$"#, in: text)
        {
            // "Cable from Tehran Nº 31343/31353": the number after the correspondent is the telegram's.
            result.number = number.groups.first ?? nil
            text = number.remainder
        }
        // An editor's identification after a name ("Filippov [Stalin]"): the name as written links to its
        // entry (a pseudonym links to the person), so the gloss is left to the text.
        text = withoutTrailingGloss(text)
        text = expandTelegraphic(text)
        // "Brazilian Delegation at … (Afonso Arinos), New York": the place after the parenthesis.
        if text.containsBytes(of: "), "),
            let trailing = captures(#"^(.*\))\s*,\s*(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2})$"#, in: text),
            let outer = trailing.groups[0], let place = trailing.groups[1]
        {
            text = outer
            result.place = place
        }
        if text.hasSuffix(")"), let parenthesis = captures(#"^(.*?)\s*\(([^()]+)\)\s*$"#, in: text),
            let outer = parenthesis.groups[0], let inner = parenthesis.groups[1]
        {
            let innerName = trimmed(inner)
            if isOffice(outer) && !startsWithTitle(outer) {
                result.office = trimmed(outer)
                if isNameLike(innerName) {
                    result.person = stripTitles(innerName)
                    result.isTitled = true
                }
            } else if startsWithTitle(outer) || startsWithQualifiedTitle(outer),
                !isNameLike(stripTitles(trimmed(outer))) || endsWithTitleWord(outer)
            {
                // "The Chargé in the Soviet Union (Thurston)", "the German Ambassador in the Soviet Union
                // (Schulenburg)", "the Assistant Secretary of State for European and Canadian Affairs
                // (Burt)": the office-holder is in the parenthesis; the role is no office, and its country
                // is no place of dispatch.
                if isNameLike(innerName) {
                    result.person = stripTitles(innerName)
                    result.isTitled = true
                }
            } else {
                text = outer
                if isNameLike(innerName) { result.place = innerName }
                readPersonOrOffice(text, into: &result)
                return finished(result)
            }
        } else {
            readPersonOrOffice(text, into: &result)
        }
        return finished(result)
    }

    private static func readPersonOrOffice(_ text: String, into result: inout Correspondent) {
        let phrase = trimmed(text)
        guard !phrase.isEmpty else { return }
        // "Vorsteher des Politischen Departementes, G. Motta", "schweizerischen Gesandten in Paris, A.Dunant":
        // a role, then the holder's initials and surname after the last comma (a place has none). The holder
        // is the correspondent; the role, which stays in the title, gives the place it names.
        // "Comrade Deputy Minister, Constantin Oancea": after a role, a given name and a surname name its holder.
        if let comma = phrase.range(of: ", ", options: .backwards),
            let holder = initialsAndSurname(String(phrase[comma.upperBound...]))
                ?? givenNameAndSurname(String(phrase[comma.upperBound...])).flatMap({
                    isRolePhrase(stripLeadingComrade(String(phrase[..<comma.lowerBound]))) ? $0 : nil
                })
                ?? holderAfterRoleWithPost(
                    role: String(phrase[..<comma.lowerBound]), holder: String(phrase[comma.upperBound...]))
                ?? holderAfterRole(
                    role: String(phrase[..<comma.lowerBound]), holder: String(phrase[comma.upperBound...]))
        {
            result.person = holder
            result.isTitled = true
            if let place = captures(
                #"\s(?:in|at|à|a)\s+(?:the\s+)?(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2})$"#,
                in: String(phrase[..<comma.lowerBound]))
            {
                result.place = place.groups[0] ?? nil
            }
            return
        }
        // "Soviet Ambassador in the DPRK A. M. Puzanov": a role with its post, then the holder's initials and
        // surname. The holder is the correspondent; the post names a country, not the place of writing.
        if let holder = initialledHolderAfterRole(phrase) {
            result.person = holder
            result.isTitled = true
            return
        }
        // "Ion Dorobantu, Romanian Charge d’Affaires in Beijing": a name, then the office held (a title word
        // after at most one capitalised adjective), then the place. Read before the phrase is taken for an
        // office: "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington" names a person,
        // and the office after "at" is the one the person serves in.
        if let comma = phrase.range(of: ", "), isNameLike(String(phrase[..<comma.lowerBound])) {
            let office = phrase[comma.upperBound...]
            if office.split(separator: " ").prefix(2).contains(where: isOfficeHoldersTitle) {
                result.person = stripTitles(String(phrase[..<comma.lowerBound]))
                result.isTitled = true
                if let place = captures(
                    #"\s(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,3})$"#, in: String(office)
                ) {
                    result.place = place.groups[0] ?? nil
                }
                if let served = captures(#"\sat\s+(?:the\s+)?(\p{Lu}.*)$"#, in: String(office)),
                    let body = served.groups[0] ?? nil, isOffice(body)
                {
                    result.office = body
                }
                return
            }
        }
        // "Soviet Politburo members Mikoyan": a body's member named after it is a person, though the body's
        // name makes the phrase look like an office.
        if phrase.containsBytes(of: "member"),
            let member = captures(
                #"^\S.*\s(?:[Mm]embers?)\s+(\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+){0,2})$"#, in: phrase),
            let name = member.groups[0], !isOffice(name)
        {
            result.person = name
            result.isTitled = true
            return
        }
        if isOffice(phrase) {
            // "The Secretary of State", "Acting Secretary of State": an office-holder named by titles alone is
            // a role, a person not identified, though the words also name his office; "Secretary of State
            // Washington", a cable's station, is the office.
            if isOnlyTitles(phrase) { result.role = phrase } else { result.office = phrase }
            return
        }
        // "Savel'yev in Urumchi", "Ambassador Suezawa Shoji, Ulaanbaatar".
        var name = phrase

        if phrase.containsBytes(of: " in ") || phrase.containsBytes(of: " at ") || phrase.containsBytes(of: ","),
            let split = captures(#"^(.+?)(?:\s+(?:in|at)\s+|,\s*)(.+)$"#, in: phrase),
            let before = split.groups[0], let after = split.groups[1], isNameLike(trimmed(after)),
            !MetadataReader.districtOfColumbia.contains(trimmed(after))
        {
            // "Washington, DC" is one place, not a person in the district.
            name = before
            if result.place == nil { result.place = trimmed(after) }
        }
        let nameText = trimmed(name)
        let person = stripTitles(nameText)
        // "the Foreign Minister": an addressee named only by office.
        if isOnlyTitles(nameText) || endsWithOfficeHolderNoun(nameText) {
            // "Foreign Minister, Bucharest": the place after the comma is the role's place, not its name;
            // "High Commissioner in Great Britain" is the role's whole name.
            let commaPlace = result.place.map { phrase.hasSuffix(", " + $0) || phrase.hasSuffix("," + $0) } ?? false
            result.role = commaPlace ? nameText : phrase
        } else if namesRussianRole(phrase) {
            // "Народный Комиссар Иностранных Дел СССР": capitalised words, but an office-holder's title.
            result.role = phrase
        } else if let holder = holderAfterRole(nameText) {
            // "East German Secretary of State (First Deputy Foreign Minister) Otto Winzer": the role stays in
            // the title; the holder is the correspondent.
            result.person = holder
            result.isTitled = true
        } else if !person.isEmpty, isNameLike(person), !titlesEndInPreposition(nameText, person: person) {
            result.person = person
            result.isTitled = person != nameText
        } else if isRolePhrase(phrase) {
            result.role = phrase
        } else if !phrase.isEmpty {
            result.office = phrase
        }
    }

    /// `phrase` without an editor's identification in brackets at its end ("Filippov [Stalin]" → "Filippov",
    /// "Tam Thanh [Hoang Van Thai]" → "Tam Thanh"); a bracket that completes a body's name
    /// (``BracketScanner/completesName(_:_:)``) keeps its words without the brackets.
    static func withoutTrailingGloss(_ phrase: String) -> String {
        guard phrase.hasSuffix("]"), let open = phrase.lastIndex(of: "[") else { return phrase }
        // "Head Office of the Xinhua [News Agency]": the bracket completes the name; its words stay.
        let before = phrase[..<open].trimmingCharacters(in: .whitespaces)
        let content = phrase[phrase.index(after: open)...].dropLast()
        if let word = before.split(separator: " ").last, !content.contains("["),
            BracketScanner.completesName(word, content)
        {
            return before + " " + content
        }
        return phrase.replacingPattern(#"\s*\[[^\]]*\]\s*$"#, with: "")
    }

    /// Whether the titles ``stripTitles(_:)`` took off `nameText` to leave `person` end in a preposition
    /// ("Governor-General of New Zealand", "Secretary of State for Dominion Affairs"): what follows is the
    /// office's complement, a place or a domain, not its holder's name ("Minister of Foreign Affairs
    /// Rapacki" ends its titles in "Affairs").
    static func titlesEndInPreposition(_ nameText: String, person: String) -> Bool {
        guard person.utf8.count < nameText.utf8.count, nameText.hasSuffix(person) else { return false }
        let titles = nameText.dropLast(person.utf8.count).split(separator: " ")
        return titles.last.map { ["of", "for", "in", "at", "to"].contains(foldedWord($0)) } ?? false
    }

    /// Whether a phrase's last word is a title word (``titleWords``): "Assistant Secretary of State",
    /// "Secretary of State for External Affairs" end in one, "Ambassador Smith" does not. A role that ends
    /// so names no one in its last words.
    static func endsWithTitleWord(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last else { return false }
        return titleWords.contains(foldedWord(last))
    }

    /// Whether every word of a phrase is a title word (``titleWords``): "the Foreign Minister", "Acting
    /// Secretary of State". Such a phrase names an office-holder by role.
    static func isOnlyTitles(_ phrase: String) -> Bool {
        // The first word alone first: most phrases open with a name or an office word.
        let first = phrase.drop { $0 == " " }.prefix { $0 != " " }
        guard !first.isEmpty, titleWords.contains(foldedWord(first)) else { return false }
        return phrase.split(separator: " ").allSatisfy { titleWords.contains(foldedWord($0)) }
    }

    /// Whether a phrase of two to five words ends in the noun of an office-holder (``officeHolderNouns``):
    /// "Polish Ambassador", "Soviet Chargé d’Affaires", "Hungarian Minister". A person's name never ends in
    /// such a noun (titles stand before the name), so the phrase names a role; military ranks and royal
    /// titles are not among the nouns ("John Major", "Martin Luther King" are names).
    static func endsWithOfficeHolderNoun(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard (2...5).contains(words.count), let last = words.last else { return false }
        return officeHolderNouns.contains(foldedWord(last, parentheses: true))
    }

    /// A word in lower case without the periods and commas around it ("Amb." → "amb"), and without
    /// parentheses too when `parentheses` is set ("Minister)" → "minister"), for looking it up among titles.
    static func foldedWord(_ word: Substring, parentheses: Bool = false) -> String {
        func isEdge(_ character: Character) -> Bool {
            character == "." || character == "," || (parentheses && (character == "(" || character == ")"))
        }
        var trimmed = word.drop(while: isEdge)
        while let last = trimmed.last, isEdge(last) { trimmed = trimmed.dropLast() }
        return trimmed.lowercased()
    }

    /// Nouns of diplomatic and governmental office-holders that end a role's name (lower case).
    static let officeHolderNouns: Set<String> = [
        "ambassador", "chargé", "charge", "d'affaires", "d’affaires", "minister", "secretary", "undersecretary",
        "consul", "consul-general", "envoy", "counsellor", "counselor", "attaché", "attache", "commissar",
        "commissioner", "representative", "plenipotentiary", "ambassadeur", "embajador", "embaixador",
        "botschafter", "gesandter", "посол", "посланник", "полпред", "министр", "представитель",
    ]

    /// The holder a phrase names after an office-holder's role: one to four capitalised words at the end
    /// right after a title word, the role before them holding an office-holder's title ("East German
    /// Secretary of State (First Deputy Foreign Minister) Otto Winzer" → "Otto Winzer"); `nil` otherwise (a
    /// phrase that opens with its titles is ``stripTitles(_:)``'s).
    static func holderAfterRole(_ phrase: String) -> String? {
        let words = phrase.split(separator: " ")
        guard words.count >= 3, let first = words.first, !titleWords.contains(first.lowercased()) else { return nil }
        func folded(_ word: Substring) -> String { foldedWord(word, parentheses: true) }
        var start = words.count
        while start > 0, words.count - start < 4, let initial = words[start - 1].first, initial.isUppercase,
            !titleWords.contains(folded(words[start - 1]))
        {
            start -= 1
        }
        guard start >= 2, start < words.count, titleWords.contains(folded(words[start - 1])),
            words[..<start].contains(where: { isOfficeHoldersTitle(Substring(folded($0))) })
        else { return nil }
        return words[start...].joined(separator: " ")
    }

    /// Whether a phrase of two to five capitalised words is a person's name by its own evidence: an
    /// office-holder's title first ("Ambassador Ogawa"), or an initial among its words ("Apostol M.
    /// Apostolov", "G. Motta"). A place has neither.
    static func namesPerson(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard (2...5).contains(words.count), isNameLike(phrase) else { return false }
        if startsWithTitle(phrase) { return !isOffice(phrase) }
        return words.contains { word in
            word.count == 2 && word.last == "." && word.first?.isUppercase == true
        }
    }

    /// A person's initials and surname ("G. Motta", "A.Dunant" → "A. Dunant", "Н. Г. Поздняков", "T. von
    /// Sonnenberg", "M. Pilet-Golaz": a particle before it and a double name joined by a hyphen belong to the
    /// surname), with a space after each initial's period, or `nil`.
    static func initialsAndSurname(_ text: String) -> String? {
        // The first character is an initial: a capital and its period.
        let scalars = text.unicodeScalars
        guard text.utf8.count <= 60, let first = scalars.first, first.properties.isUppercase,
            scalars.dropFirst().first == "."
        else { return nil }
        guard
            let match = captures(
                #"^((?:\p{Lu}\.\s?){1,3})((?:(?:von|van|de|du|da|di|del|della|der|den|zu|ter)\s){0,2}\p{Lu}[\p{Ll}’'\-]+(?:-\p{Lu}[\p{Ll}’']+)?(?:\s\p{Lu}[\p{Ll}’'\-]+)?)$"#,
                in: text),
            let initials = match.groups[0], let surname = match.groups[1]
        else { return nil }
        let spaced = initials.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        .map { $0 + "." }
        return (spaced + [surname]).joined(separator: " ")
    }

    /// The holder named after a role and its post ("Czechoslovak Ambassador to Rome", "Oldzhich Kaiser"): two
    /// or three capitalised words, when the role opens with an office-holder's title, qualified or not, and
    /// ends with its post ("to", "in" or "at" a capitalised place); `nil` otherwise.
    static func holderAfterRoleWithPost(role: String, holder: String) -> String? {
        // The post's preposition, on the bytes, before anything else.
        guard role.containsBytes(of: " to ") || role.containsBytes(of: " in ") || role.containsBytes(of: " at ")
        else { return nil }
        let text = trimmed(role)
        guard startsWithTitle(text) || startsWithQualifiedTitle(text),
            (2...3).contains(holder.split(separator: " ").count), isNameLike(holder),
            text.matches(#"\s(?:to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2}$"#)
        else { return nil }
        return holder
    }

    /// The holder named after a role and a comma ("Bulgarian Minister of Foreign Affairs", "Peter
    /// Mladenov"): two or three capitalised words, none a title, no office, after a phrase that opens with an
    /// office-holder's title, qualified or not (``isRolePhrase(_:)``); `nil` otherwise. The given name need
    /// not be in ``GivenNames`` (which leaves out "Peter" as an English word): the role is the evidence.
    static func holderAfterRole(role: String, holder: String) -> String? {
        let words = holder.split(separator: " ")
        guard (2...3).contains(words.count), holder.utf8.count <= 40,
            words.allSatisfy({ word in
                word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }
                    && !titleWords.contains(word.lowercased())
            }),
            !isOffice(holder), isRolePhrase(stripLeadingComrade(role))
        else { return nil }
        return holder
    }

    /// The initials and surname that end a role's phrase ("Soviet Ambassador in the DPRK A. M. Puzanov" →
    /// "A. M. Puzanov"), when a word before them is an office-holder's title; `nil` otherwise.
    static func initialledHolderAfterRole(_ phrase: String) -> String? {
        // The word before the surname is an initial ("M.", "A.M."): tested on the bytes before the phrase is
        // split or any expression runs.
        guard let lastSpace = phrase.utf8.lastIndex(of: 0x20), lastSpace > phrase.utf8.startIndex,
            phrase.utf8[phrase.utf8.index(before: lastSpace)] == 0x2E
        else { return nil }
        let words = phrase.split(separator: " ")
        guard words.count >= 3, words.last?.last?.isLetter == true else { return nil }
        // The initials before the surname, one word each ("A. M.") or run together ("A.M."), at most three.
        var start = words.count - 1
        while start > 1, words.count - start <= 3, words[start - 1].last == ".", words[start - 1].count <= 6 {
            start -= 1
        }
        guard start < words.count - 1, words[..<start].contains(where: { isOfficeHoldersTitle($0) }) else {
            return nil
        }
        return initialsAndSurname(words[start...].joined(separator: " "))
    }

    /// The name that ends a role's phrase ("Director General in the Foreign Ministry Przemysław Ogrodziński"
    /// → "Przemysław Ogrodziński"; "Foreign Ministry Director General Maria WIERNA, URGENT" → "Maria
    /// WIERNA"): the last two capitalised words before any comma that are neither titles nor an
    /// institution's words, and a third before them when it is a given name of ``GivenNames`` ("Ion
    /// Gheorghe Maurer"), when a word before them is an office-holder's title; `nil` otherwise. The role is
    /// the evidence: the given name need not be in the list (which leaves out "Maria" and "Peter").
    static func namedHolderAfterRole(_ phrase: String) -> String? {
        let head = phrase.components(separatedBy: ", ").first ?? phrase
        let words = cleaned(head).split(separator: " ")
        func isNameWord(_ word: Substring) -> Bool {
            let folded = foldedWord(word)
            return word.first?.isUppercase == true && word.dropFirst().allSatisfy { $0.isLetter || $0 == "-" }
                && !titleWords.contains(folded) && !EntityTagger.institutionNouns.contains(folded)
                && !EntityTagger.institutionNameWords.contains(folded)
        }
        guard words.count >= 3, isNameWord(words[words.count - 1]), isNameWord(words[words.count - 2]) else {
            return nil
        }
        var start = words.count - 2
        if start >= 2, isNameWord(words[start - 1]), GivenNames.contains(foldedWord(words[start - 1])) { start -= 1 }
        guard words[..<start].contains(where: { isOfficeHoldersTitle($0) }) else { return nil }
        return words[start...].joined(separator: " ")
    }

    /// A given name of ``GivenNames`` and one or two capitalised words, the whole text ("Constantin Oancea",
    /// "Ion Gheorghe Maurer"), or `nil`.
    static func givenNameAndSurname(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard (2...3).contains(words.count), text.utf8.count <= 60,
            words.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLetter || $0 == "-" } }
            ),
            let first = words.first, GivenNames.contains(first.lowercased())
        else { return nil }
        return text
    }

    /// `phrase` without a leading "Comrade" or "Cde." ("Comrade Deputy Minister" → "Deputy Minister").
    static func stripLeadingComrade(_ phrase: String) -> String {
        let first = phrase.prefix { $0 != " " }
        guard first.count < phrase.count,
            ["comrade", "cde", "cde.", "tov", "tov.", "tovarishch"].contains(first.lowercased())
        else { return phrase }
        return String(phrase.dropFirst(first.count + 1))
    }

    /// Whether a phrase that is neither an office nor a name names an office-holder: it opens with an
    /// office-holder's title ("High Commissioner in Great Britain"), or with one after a qualifying word
    /// ("Bulgarian Minister of Foreign Affairs"), or one of its first three words is a Russian one
    /// ("Временный Поверенный в Делах СССР в Польше").
    static func isRolePhrase(_ phrase: String) -> Bool {
        startsWithTitle(phrase) || startsWithQualifiedTitle(phrase)
            || trimmed(phrase).split(separator: " ").prefix(3).contains { russianRoleNouns.contains($0.lowercased()) }
    }

    /// Whether a phrase in Russian, one of whose first three words is a Russian office-holder's noun
    /// (``russianRoleNouns``) and no word is an initial: a role, not a name ("Народный Комиссар
    /// Иностранных Дел СССР"; "Полпред Л. Карахан" names its holder).
    static func namesRussianRole(_ phrase: String) -> Bool {
        // The phrase opens with a Russian word: a lead byte of Cyrillic's two-byte UTF-8 (most have none).
        guard let first = phrase.utf8.first(where: { $0 != 0x20 }), first == 0xD0 || first == 0xD1 else {
            return false
        }
        let words = trimmed(phrase).split(separator: " ")
        return words.prefix(3).contains { russianRoleNouns.contains($0.lowercased()) }
            && !words.contains { $0.hasSuffix(".") && $0.count <= 3 }
    }

    /// Russian nouns of office-holders, in the nominative (lower case), singular and plural ("Представители
    /// РСФСР в европейских странах", several office-holders addressed by office).
    static let russianRoleNouns: Set<String> = [
        "представитель", "поверенный", "заместитель", "комиссар", "нарком", "полпред", "посол", "посланник",
        "консул", "министр", "председатель", "секретарь", "советник", "уполномоченный", "атташе", "член",
        "начальник", "представители", "поверенные", "заместители", "полпреды", "послы", "посланники", "консулы",
        "министры", "члены", "начальники",
    ]

    /// The place of an office ("Embassy in the Soviet Union" → "the Soviet Union", "Mexican Embassy,
    /// Prague" → "Prague", the office keeping its place; "American Embassy Sofia" → "Sofia", "United States
    /// Mission USUN New York" → "New York", past the mission's code), or of a role
    /// after a comma ("Minister, Bucharest" → the role "Minister", the place "Bucharest").
    private static func finished(_ correspondent: Correspondent) -> Correspondent {
        var result = correspondent
        // "Minister, Bucharest": a role's place after a comma is where it writes from.
        if let role = result.role, result.place == nil, role.containsBytes(of: ","),
            let match = captures(#",\s*(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*){0,2})\s*$"#, in: role)
        {
            result.place = match.groups[0] ?? nil
            result.role = trimmed(match.remainder)
        }
        if let office = result.office, result.place == nil {
            // Each expression runs only where its literal text is (the guards are necessary conditions).
            if office.containsBytes(of: "in") || office.containsBytes(of: "at") || office.containsBytes(of: "à"),
                let match = captures(
                    #"\s(?:in|at|à)\s+(?:the\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})\s*$"#, in: office)
            {
                result.place = match.groups[0] ?? nil
            } else if office.containsBytes(of: ","),
                let match = captures(#",\s*([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})\s*$"#, in: office)
            {
                // "Mexican Embassy, Prague": the place is part of the office's name (which embassy).
                result.place = match.groups[0] ?? nil
            } else if office.hasPrefix("American") || office.hasPrefix("United States") || office.hasPrefix("US "),
                let match = captures(
                    #"^(?:American|United States|US)\s+(?:Embassy|Consulate|Legation|Consulate General|Mission|Interests Section|Liaison Office)\s+(?:US[A-Z]{2,4}\s+)?([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})$"#,
                    in: office)
            {
                result.place = match.groups[0] ?? nil
            } else if office.hasPrefix("Secretary of State"),
                let match = captures(#"^Secretary of State\s+([A-Z][\w\-]*)$"#, in: office)
            {
                result.place = match.groups[0] ?? nil
            } else if office.containsBytes(of: "Embassy ") || office.containsBytes(of: "Legation ")
                || office.containsBytes(of: "Consulate "),
                let match = captures(
                    #"^(?:\p{Lu}[\w\-]*\s+){1,2}(?:Embassy|Legation|Consulate|Consulate General)\s+(\p{Lu}[\w\-]*(?:\s+\p{Lu}[\w\-]*){0,2})$"#,
                    in: office),
                let place = match.groups[0] ?? nil, !isOffice(place)
            {
                // "Yugoslav Embassy Addis Ababa", as a letterhead names its post.
                result.place = place
            }
        }
        return result
    }

    /// Whether a phrase opens with an office-holder's title ("Ambassador in the Soviet Union", "Chargé in
    /// Yugoslavia", "High Commissioner in Great Britain").
    static func startsWithTitle(_ phrase: String) -> Bool {
        let text = trimmed(phrase)
        let first = text.prefix { $0 != " " }
        guard !first.isEmpty else { return false }
        // "Governor-General", "Vice-Minister": a compound of title words, one of them an office-holder's.
        if first.contains("-") {
            let parts = first.split(separator: "-")
            return
                (parts.allSatisfy { titleWords.contains(foldedWord($0)) }
                && parts.contains(where: isOfficeHoldersTitle)) || isQualifiedTitleCompound(first)
        }
        return isOfficeHoldersTitle(first)
    }

    /// Whether a word is a compound of a capitalised qualifier and an office-holder's title ("DDR-Botschafter",
    /// "DDR-Außenminister"), as German writes a country's office-holder.
    static func isQualifiedTitleCompound(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-")
        guard parts.count == 2, let last = parts.last, let first = parts.first, first.first?.isUppercase == true
        else { return false }
        return isOfficeHoldersTitle(last)
    }

    /// Whether a phrase opens with one capitalised word that qualifies an office-holder's title after it
    /// ("German Ambassador in …", "British Chargé …"; ``startsWithTitle(_:)`` for the title).
    static func startsWithQualifiedTitle(_ phrase: String) -> Bool {
        let text = trimmed(phrase)
        let first = text.prefix { $0 != " " }
        guard first.first?.isUppercase == true, !isOfficeHoldersTitle(first), first.count < text.count else {
            return false
        }
        return startsWithTitle(String(text.dropFirst(first.count + 1)))
    }

    /// Whether a word is a title an office-holder is named by ("Ambassador", "Chargé", "Minister"), not
    /// one of the words of ``titleWords`` that only join or qualify one ("of", "the", "State", "Foreign",
    /// "First").
    static func isOfficeHoldersTitle(_ word: Substring) -> Bool {
        let folded = foldedWord(word)
        return titleWords.contains(folded)
            && !["of", "for", "the", "state", "foreign", "first", "second", "third"].contains(folded)
    }

    /// Whether a phrase names an office: it holds an institution word.
    public static func isOffice(_ phrase: String) -> Bool {
        let lower = phrase.lowercasedText
        for word in lower.split(whereSeparator: { $0 == " " || $0 == "," })
        where officeWords.contains(String(word).trimming(officeWordPunctuation, asciiMembers: ".,;:()[]\"'")) {
            return true
        }
        // "Secretary of State" without a name after it, "Foreign Office", "the White House" (the President's
        // office, an addressee of FRUS telegrams).
        return lower.hasSuffix("secretary of state") || lower.containsBytes(of: "secretary of state washington")
            || lower.containsBytes(of: "foreign office") || lower.containsBytes(of: "white house")
    }

    /// Lower-case words a correspondent phrase may hold besides titles and office words ("the Embassy of
    /// Hungary in North Vietnam", "Chargé d'Affaires a.i.", "Ministry of foreign affairs").
    static let phraseFunctionWords: Set<String> = [
        "and", "the", "for", "of", "in", "at", "des", "del", "della", "dos", "das", "von", "van", "der", "den", "und",
        "pour", "les", "per", "por", "para", "y", "et", "a.i", "ad", "interim", "no", "nr",
    ]

    /// The labels a number is written after ("No.", "Nº", "№").
    static let numberLabels: Set<String> = ["No", "No.", "NO", "NO.", "Nº", "N°", "№", "Nr", "Nr.", "NR"]

    /// ``numberLabels`` between spaces, as a phrase holds one before its number ("Tehran Nº 31343").
    static let spacedNumberLabels: [String] = numberLabels.sorted().map { " " + $0 + " " }

    /// Whether a phrase read as a sender or addressee can be one: a name or an office, not prose. A phrase
    /// holding the word "from", or a lower-case Latin word of three letters or more that is neither a title,
    /// an office word nor a function word ("The Chinese letter holds the date …", "Two Foreign Office
    /// telegrams reporting back", "KROTOV, copy"), is prose that only happens to hold " to "; a phrase of
    /// function words alone ("and") names no one. Words in other scripts are not judged (a Russian title's
    /// case endings are lower case).
    public static func isCorrespondentPhrase(_ phrase: String) -> Bool {
        var words = phrase.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" })
        // "Nº 2 – to Stalin": a copy's number in a registry's distribution list, not a sender.
        if words.count >= 2, numberLabels.contains(String(words[0])), words[1].first?.isNumber == true {
            return false
        }
        // "29. Telegram From the Embassy …": a document number, markings and the kind of document before
        // "from" are the title's, not the correspondent's.
        if let from = words.firstIndex(where: { $0.lowercased() == "from" }),
            words[..<from].allSatisfy({ word in
                let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,:"))
                let folded = bare.lowercased()
                return word.first?.isNumber == true || TitlePatterns.kindWords.contains(folded)
                    || documentKindQualifiers.contains(bare) || PageReader.classificationWords.contains(folded)
            })
        {
            words.removeFirst(from + 1)
        }
        for word in words {
            let folded = word.lowercased().trimming(officeWordPunctuation, asciiMembers: ".,;:()[]\"'")
            if folded == "from" { return false }
            guard let first = word.unicodeScalars.first, ("a"..."z").contains(first), folded.utf8.count >= 3,
                folded.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "'" || $0 == "’" || $0 == "-" })
            else { continue }
            if phraseFunctionWords.contains(folded) || titleWords.contains(folded) || officeWords.contains(folded) {
                continue
            }
            return false
        }
        // "and" alone, what a title keeps of its correspondents when the page lost their linked names
        // ("Telegram, and to Liu Shaoqi"), names no one.
        return !words.allSatisfy { phraseFunctionWords.contains($0.lowercased()) }
    }

    /// One to four words, each opening with a capital letter or an initial ("A. Gromyko", "Bastian Pinto",
    /// "de Gaulle" allowed by a lower-case particle inside).
    static func isNameLike(_ phrase: String) -> Bool {
        let words = phrase.split(separator: " ")
        guard (1...5).contains(words.count), let first = words.first?.first, first.isUppercase else { return false }
        return words.allSatisfy { word in
            guard let initial = word.first else { return false }
            return initial.isUppercase || nameParticles.contains(String(word))
        }
    }

    /// Lower-case particles a name may hold ("de Gaulle", "van Kleffens", "bin Laden").
    static let nameParticles: Set<String> = [
        "de", "da", "do", "dos", "van", "von", "der", "la", "le", "del", "di", "bin", "al",
    ]

    /// The phrase without leading titles and offices ("Ambassador Katori" → "Katori", "Minister of Foreign
    /// Affairs Rapacki" → "Rapacki"); the phrase itself when every word is a title.
    public static func stripTitles(_ phrase: String) -> String {
        let words = phrase.split(separator: " ")
        var index = 0
        while index < words.count - 1 {
            let folded = foldedWord(words[index])
            // "Vice-Minister": a compound of title words is one.
            guard
                titleWords.contains(folded)
                    || (folded.contains("-")
                        && (folded.split(separator: "-").allSatisfy { titleWords.contains(String($0)) }
                            || isQualifiedTitleCompound(words[index])))
            else { break }
            index += 1
        }
        return words[index...].joined(separator: " ")
    }

    /// White space collapsed; FRUS document numbers, footnote marks, a registry's file number ("File #
    /// 11281"), a leading "the", a quoted subject, the kind of document before "from" or after a possessive
    /// ("Nehru's Letter") and surrounding punctuation removed.
    static func cleaned(_ phrase: String) -> String {
        // Each expression runs only where its text can be (the guards are necessary conditions).
        var text = collapseWhitespace(phrase)
        let hasDigit = text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
        if text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
            text = text.replacingPattern(#"^\d+\.\s+"#, with: "")
        }
        // A FRUS heading's footnote mark set off by a space ("… to the Embassy in Cuba 1"): one digit after
        // a word's lower-case letter ends the phrase.
        if hasDigit, text.utf8.count >= 3, text.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
            text.utf8.dropLast().last == 0x20, text.dropLast(2).last?.isLowercase == true
        {
            text.removeLast(2)
        }
        if text.containsBytes(of: "[") { text = text.replacingPattern(#"\[(?:[ivx]+|\d+)\]"#, with: "") }
        // A registry's file number after the place ("Telegram from Havana File # 11281") names no one.
        if hasDigit, text.containsBytes(of: "#") {
            text = text.replacingPattern(#"\s+(?i:file\s*)?#\s*\d[\d/.\-]*$"#, with: "")
        }
        // An older FRUS web page's footnote mark: "Department of State/1/".
        if hasDigit, text.hasSuffix("/") { text = text.replacingPattern(#"/\d{1,2}/$"#, with: "") }
        if hasDigit { text = withoutFootnoteMarks(text) }
        if ["‘", "'", "“", "\"", "«"].contains(where: { text.containsBytes(of: $0) }) {
            text = text.replacingPattern(#"(?:,\s*|\s+)[‘'“"«].*$"#, with: "")
        }
        let lower = text.lowercased()
        if lower.containsBytes(of: "from") {
            text = text.replacingPattern(
                kindBeforeFrom, with: "")
        }
        // "Ambassador R.K. Nehru's Letter": the kind of document after the writer's possessive.
        if text.containsBytes(of: "s ") && (text.containsBytes(of: "’s ") || text.containsBytes(of: "'s ")) {
            text = text.replacingPattern(
                #"[’']s\s+(?:Letter|Telegram|Cable|Report|Memorandum|Note|Message|Ciphergram)s?$"#, with: "")
        }
        if lower.hasPrefix("from") || lower.hasPrefix("to") {
            text = text.replacingPattern(#"^(?i:from|to)\s+"#, with: "")
        }
        return trimmed(text)
    }

    /// Words that qualify a kind of document before it in a FRUS heading ("Information Memorandum From",
    /// "Action Memorandum From", "Backchannel Message From"), capitalised as the headings write them.
    static let documentKindQualifiers = ["Information", "Action", "Briefing", "Circular", "Personal", "Backchannel"]

    /// The kind of document and "from" that open a phrase ("Telegram From", "Information Memorandum From"),
    /// as a regular expression.
    static let kindBeforeFrom =
        "^(?:(?:" + documentKindQualifiers.joined(separator: "|") + ")\\s+)?"
        + #"(?i:Telegram|Cable|Ciphergram|Ciphered Telegram|Report|Memorandum|Letter|Airgram|Despatch|Dispatch|Message)\s+(?i:from)\s+"#

    /// What ``isOffice(_:)`` trims from each word.
    private static let officeWordPunctuation = CharacterSet(charactersIn: ".,;:()[]“”\"'’")
    /// What ``trimmed(_:)`` trims.
    private static let phrasePunctuation = CharacterSet(charactersIn: " ,.;:-–")

    static func trimmed(_ text: String) -> String {
        var value = text.trimming(phrasePunctuation, asciiMembers: " ,.;:-")
        if value.hasPrefix("the ") || value.hasPrefix("The ") || value.hasPrefix("THE ") { value.removeFirst(4) }
        return value
    }

    /// Whether a line opens with a telegraphic address of ``telegraphicAddresses`` and a space.
    static func isTelegraphicAddress(_ line: String) -> Bool {
        telegraphicAddresses.contains { line.hasPrefix($0.0 + " ") }
    }

    /// "AMEMBASSY SOFIA" → "American Embassy Sofia"; "SECSTATE WASHDC" → "Secretary of State Washington".
    static func expandTelegraphic(_ phrase: String) -> String {
        // The first word, compared in any case on the bytes (the addresses are ASCII capitals; `& 0xDF`
        // maps an ASCII letter to its capital and no other byte to one), before the phrase is split.
        let firstWord = phrase.utf8.drop { $0 == 0x20 }.prefix { $0 != 0x20 }
        guard
            telegraphicAddresses.contains(where: { address, _ in
                address.utf8.count == firstWord.count && zip(address.utf8, firstWord).allSatisfy { $0 == $1 & 0xDF }
            })
        else { return phrase }
        var words = phrase.split(separator: " ").map(String.init)
        guard let first = words.first,
            let expansion = telegraphicAddresses.first(where: { $0.0 == first.uppercased() })?.1
        else { return phrase }
        words.removeFirst()
        let rest = words.map { word -> String in
            if word == "WASHDC" { return "Washington" }
            // A US mission's code ("USUN", "USNATO", "USOECD") stays in capitals.
            if word.hasPrefix("US"), (4...6).contains(word.utf8.count),
                word.utf8.allSatisfy({ (0x41...0x5A).contains($0) })
            {
                return word
            }
            return word.uppercased() == word ? word.prefix(1) + word.dropFirst().lowercased() : word
        }
        return ([expansion] + rest).joined(separator: " ")
    }

    /// The groups of the first match of `pattern`, and the text with the match removed.
    static func captures(_ pattern: String, in text: String) -> (groups: [String?], remainder: String)? {
        guard let regex = TextPattern.regex(pattern, caseInsensitive: false) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let whole = Range(match.range, in: text) else {
            return nil
        }
        var groups: [String?] = []
        for index in 1..<max(1, match.numberOfRanges) {
            groups.append(Range(match.range(at: index), in: text).map { String(text[$0]) })
        }
        var remainder = text
        remainder.removeSubrange(whole)
        return (groups, remainder)
    }
}
