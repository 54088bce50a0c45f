import Foundation

/// Correspondents that forms, address lines and Russian headings name, read where titles name none.
extension MetadataReader {
    /// Titles before an addressee's name in a Russian cable's address line ("Москва, тов. Громыко").
    static let russianAddresseeTitles = ["тов.", "товарищу", "тов", "т."]

    /// A Russian cipher telegram's dispatch lines: "Из Пекина" gives the place of origin, "Москва, тов.
    /// Громыко" (or "товарищу Сталину") the addressee, for the roles not yet read.
    static func readRussianDispatchLine(_ line: String, into metadata: inout TelegramMetadata) {
        guard RussianInflection.isCyrillic(line), line.count <= 80 else { return }
        let words = line.split(separator: " ")
        if metadata.origin == nil, words.count >= 2, words.count <= 3, words[0].lowercased() == "из" {
            metadata.origin = words.dropFirst().joined(separator: " ").trimmingCharacters(in: .punctuationCharacters)
            return
        }
        guard metadata.recipient == nil, words.count <= 6,
            let title = words.firstIndex(where: { russianAddresseeTitles.contains($0.lowercased()) }),
            title + 1 < words.count
        else { return }
        metadata.recipient = words[(title + 1)...].joined(separator: " ").trimmingCharacters(
            in: .punctuationCharacters)
    }

    /// The correspondents and marking of Russian headings (``RussianHeading``) among the first twelve units
    /// of the preface, title, opener and text, for the roles not yet read.
    static func readRussianHeadings(_ page: TelegramPage, into metadata: inout TelegramMetadata) {
        guard metadata.sender == nil || metadata.recipient == nil else { return }
        let units =
            page.preface + (page.titleLine.map { [$0] } ?? []) + (page.parts.first?.opener.map(\.unit) ?? [])
            + openingParagraphs(page, blocks: 4)
        // The edition's title, wherever the page reader put it (a salutation below the date may have
        // taken the title's place).
        let titles = [page.titleLine, page.parts.first?.heading].compactMap { $0 } + page.preface.prefix(3)
        if let reading = titles.lazy.map({ RussianDocumentTitle.read($0.text) }).first(where: {
            $0.sender != nil || $0.recipient != nil
        }) {
            if metadata.sender == nil, let sender = reading.sender { metadata.sender = sender }
            if metadata.recipient == nil, let recipient = reading.recipient { metadata.recipient = recipient }
            if metadata.origin == nil, let origin = reading.origin { metadata.origin = origin }
        }
        for unit in units.prefix(12) where unit.text.utf8.count <= 320 {
            let reading = RussianHeading.read(unit.text)
            if metadata.sender == nil, let sender = reading.sender { metadata.sender = sender }
            if metadata.recipient == nil, let recipient = reading.recipient { metadata.recipient = recipient }
            if let marking = reading.classification, reading.sender != nil || reading.recipient != nil {
                metadata.addClassification(marking)
            }
        }
    }

    /// A form's field "Label: value": the text before the first colon, trimmed and in lower case, and the
    /// text after it as written; `nil` for a line without a colon.
    static func labelledField(_ line: String) -> (label: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (
            line[..<colon].trimmingCharacters(in: .whitespaces).lowercased(), String(line[line.index(after: colon)...])
        )
    }

    /// Labels of a form's classification and precedence fields.
    static let classificationLabels: Set<String> = [
        "classification", "security classification", "priority", "precedence", "urgency", "grade", "level", "status",
        "гриф",
    ]

    /// Labels of a form's addressee and sender fields ("To: COSVN", "Addressee: …", "Кому: …").
    static let addresseeLabels = ["to", "addressee", "recipient", "кому", "адресат"]

    static let senderLabels = ["from", "sender", "от", "от кого"]

    /// Labels of a form's field for the place of dispatch ("Place of mission: New York City", a Yugoslav
    /// form's "Sending: Rio de Janeiro").
    static let originLabels: Set<String> = [
        "place of mission", "place of dispatch", "place of origin", "sent from", "dispatched from", "station",
        "sending",
    ]

    /// The holders an addressee field names after their roles ("[Foreign Ministry Director General Maria]
    /// WIERNA" → "Maria WIERNA"), one or several joined by "and" ("[Foreign Ministry Director Eugeniusz]
    /// MILNIKIEL 1 and [Juliusz] KATZ-SUCHY 2" → "Eugeniusz MILNIKIEL and Juliusz KATZ-SUCHY"): the editor's
    /// brackets are unwrapped and a footnote's number after a name in capitals ("MILNIKIEL 1") dropped first.
    /// `nil` when a piece names no holder after a role and is no given name with a surname, or when the
    /// field ends with an editor's gloss.
    static func addresseeFieldHolders(_ value: String) -> String? {
        // "Bay Cuong [COSVN Party Secretary Pham Hung]": a gloss after the name identifies the one the text
        // names, who stays the addressee.
        guard !value.hasSuffix("]") else { return nil }
        let unwrapped = value.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
        let withoutMarks = unwrapped.replacingPattern(#"(?<=\b\p{Lu}[\p{Lu}\-]{1,40})\s+\d{1,2}\b"#, with: "")
        var holders: [String] = []
        for piece in withoutMarks.components(separatedBy: " and ") {
            let piece = piece.trimmedText
            guard
                let holder = CorrespondentReader.namedHolderAfterRole(piece)
                    ?? CorrespondentReader.givenNameAndSurname(piece)
            else { return nil }
            holders.append(holder)
        }
        return holders.joined(separator: " and ")
    }

    /// The sender and addressee that a form states in labelled fields near the top ("To: Comrade Nicolae
    /// Ghenea,", "From: Ambassador X"), for the roles the title left open. A field is a line of at most
    /// 120 characters whose text before the first colon is one of the labels (any case).
    static func readLabelledCorrespondents(_ page: TelegramPage, into metadata: inout TelegramMetadata) {
        guard metadata.recipient == nil || metadata.sender == nil || metadata.origin == nil else { return }
        // The page reader may take a form's fields for the text's first paragraphs ("From: Pyongyang").
        let units =
            page.preface + (page.titleLine.map { [$0] } ?? []) + (page.parts.first?.opener.map(\.unit) ?? [])
            + openingParagraphs(page, blocks: 6)
        // A form's table flattened into text ("To | : Minister | Reference (Copy) | : Chief of KCIA |") gives
        // its fields cell by cell (``tableFields(_:)``); any other unit is one line. A row's first cell is a
        // short label: a table's unit has its first "|" among its first 24 bytes.
        var lines: [String] = []
        lines.reserveCapacity(16)
        for unit in units.prefix(16) {
            if unit.text.utf8.count <= 1_000, unit.text.utf8.prefix(24).contains(0x7C) {
                lines += unit.text.splitOnASCII("\n").flatMap { tableFields(String($0)) }
            } else if unit.text.utf8.count <= 240, unit.text.containsBytes(of: "   "),
                unit.text.utf8.prefix(24).contains(0x3A)
            {
                // "From: Embassy in Washington          To: Exteriores": two fields on one line (a field's
                // label first), set apart by a run of spaces before the second's label.
                lines += unit.text.replacingPattern(#" {3,}(?=[^\s:]{1,20}:)"#, with: "\n").splitOnASCII("\n").map(
                    String.init)
            } else {
                lines.append(unit.text)
            }
        }
        for text in lines where text.utf8.count <= 240 {
            // Only a field ("To: …") or a Russian line can say anything here.
            // A field's label is short: a colon in the first 24 bytes, or a Russian line.
            let isCyrillic = RussianInflection.isCyrillic(text)
            guard isCyrillic || text.utf8.prefix(24).contains(0x3A) else { continue }
            let line = collapseWhitespace(text)
            if isCyrillic { readRussianDispatchLine(line, into: &metadata) }
            guard line.count <= 120, let field = labelledField(line),
                addresseeLabels.contains(field.label) || senderLabels.contains(field.label)
                    || originLabels.contains(field.label)
            else { continue }
            var value = withoutCorrespondentPunctuation(field.value)
            // "[Director General Jerzy] MICHALOWSKI": the editor's supplement is read as part of the phrase.
            if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
                value =
                    String(value[value.index(after: value.startIndex)..<close]) + value[value.index(after: close)...]
            }
            // "To: Zenon KLISZKO, Eyes only": a caveat after the name is a marking, not part of it; so is each
            // of several ("MILNIKIEL,1 URGENT, EYES ONLY", read from the end, a footnote's number before
            // them). A caveat is short: only the last 40 bytes of the value are looked at for each.
            var caveats: [String] = []
            while let comma = value.utf8.lastIndex(of: 0x2C),
                value.utf8.distance(from: comma, to: value.endIndex) <= 40
            {
                var piece = value[value.index(after: comma)...].drop(while: { $0 == " " })
                if let first = piece.first, first.isASCII, first.isNumber {
                    piece = piece.drop(while: { $0.isASCII && $0.isNumber })
                }
                let caveat = classificationTerms(String(piece))
                guard !caveat.isEmpty else { break }
                caveats.insert(contentsOf: caveat, at: 0)
                value = String(value[..<comma])
            }
            caveats.forEach { metadata.addClassification($0) }
            guard !value.isEmpty, value.count < 120 else { continue }
            if addresseeLabels.contains(field.label) {
                // "To: the Romanian Ministry of Foreign Affairs, to comrade Ion Ciubotaru" below a title that
                // named the ministry: the field's person is an addressee too.
                if metadata.recipient == nil {
                    // "To: [Foreign Ministry Director General Maria] WIERNA": the holder after the role; "To:
                    // [Foreign Ministry Director Eugeniusz] MILNIKIEL 1 and [Juliusz] KATZ-SUCHY 2": each
                    // addressee's, without the editor's brackets and footnote marks.
                    metadata.recipient = addresseeFieldHolders(value) ?? value
                } else if metadata.addresseeLine == nil, let person = titledPerson(inField: value) {
                    metadata.addresseeLine = Correspondent(person: person, isTitled: true)
                } else if metadata.addresseeLine == nil, CorrespondentReader.isOffice(value) {
                    // "To: the Ministry of Foreign Affairs, Second Direction" below "Telegram from Washington
                    // to Bucharest": the field names the addressee when the title's names a place.
                    metadata.addresseeLine = CorrespondentReader.read(value)
                }
            } else if senderLabels.contains(field.label) {
                if metadata.sender == nil {
                    metadata.sender = value
                } else if metadata.senderLine == nil {
                    // "From: [Director General in the Foreign Ministry Przemysław] Ogrodziński" below a title
                    // that named the ministry: the holder after the role signs.
                    metadata.senderLine =
                        CorrespondentReader.namedHolderAfterRole(value).map {
                            Correspondent(person: $0, isTitled: true)
                        }
                        ?? CorrespondentReader.read(value)
                }
            } else if metadata.origin == nil, originLabels.contains(field.label), !CorrespondentReader.isOffice(value) {
                // "Sending: IV department": the ministry's form names its sending office where a post's names
                // its place; an office is no place of dispatch.
                metadata.origin = value
            }
        }
    }

    /// The fields of a table row flattened into text with "|" between its cells: a label's cell and the cell
    /// after it that opens with a colon are one field ("To | : Minister | Reference (Copy) | : Chief of
    /// KCIA | ||" → "To: Minister", "Reference (Copy): Chief of KCIA"); other cells stand alone, empty ones
    /// are dropped. A line without "|" is its own one field.
    static func tableFields(_ line: String) -> [String] {
        guard line.containsBytes(of: "|") else { return [line] }
        var fields: [String] = []
        for cell in formCells(line) {
            if cell.hasPrefix(":"), let label = fields.last, !label.contains(":") {
                fields[fields.count - 1] = label + ": " + cell.dropFirst().trimmingCharacters(in: .whitespaces)
            } else {
                fields.append(cell)
            }
        }
        return fields
    }

    /// Whether a line is a row of a form's table flattened into text: a cell after "|" opens with the colon
    /// of its label's field ("From | : Ambassador"). A page title with its site's name after "|" is none.
    static func isTableRow(_ line: String) -> Bool {
        line.split(separator: "|").dropFirst().contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix(":") }
    }

    /// The person a form's addressee field names with a title among its comma-separated pieces ("the
    /// Romanian Ministry of Foreign Affairs, to comrade Ion Ciubotaru" → "Ion Ciubotaru"; "Comrade
    /// Vice-Minister Naszkowski" → "Naszkowski"; "Comrade Deputy Minister, Constantin Oancea" → "Constantin
    /// Oancea", the piece after one of titles alone), or `nil`: a piece without a title, or one that is an
    /// office, names no person here.
    static func titledPerson(inField value: String) -> String? {
        var followsRole = false
        // "Ambassador Edward DROŻNIAK - WASHINGTON D.C.": a dash sets off the addressee's post as a comma does.
        let pieces = value.components(separatedBy: ", ").flatMap { $0.components(separatedBy: " - ") }
        for piece in pieces {
            let phrase = piece.replacingPattern(#"^(?i:to)\s+"#, with: "").trimmedText
            let person = CorrespondentReader.stripTitles(phrase)
            // "Comrade Deputy Minister, Constantin Oancea": a piece of titles alone gives the next its title.
            defer {
                followsRole =
                    !phrase.isEmpty
                    && phrase.split(separator: " ").allSatisfy {
                        CorrespondentReader.titleWords.contains(
                            $0.lowercased().trimmingCharacters(in: .punctuationCharacters))
                    }
            }
            // "The Foreign Minister From: Ambassador Katori": another field run on is no name.
            guard person != phrase || followsRole, !person.contains(":"), CorrespondentReader.isNameLike(person),
                !CorrespondentReader.titleWords.contains(person.lowercased()),
                person.contains(where: \.isLowercase), !CorrespondentReader.isOffice(person)
            else { continue }
            return CorrespondentReader.withoutFootnoteMarks(person)
        }
        return nil
    }

    /// The addressee a received telegram's form or address line names near the top: "Telegram Received by
    /// the Foreign Ministry", "[To] The Foreign Ministry:" (a short line ending in a colon, the name
    /// capitalised), "To the Ministry of Foreign Affairs" (without the colon when the name is an office,
    /// ``CorrespondentReader/isOffice(_:)``), and an office alone on a line ending in a colon or a comma
    /// ("Foreign Ministry,", a Chinese cable's address). Looked for in the preface, the opener and the text's
    /// first three paragraphs.
    static func receivingOffice(_ page: TelegramPage) -> String? {
        let units =
            page.preface + (page.parts.first?.opener.map(\.unit) ?? []) + (page.parts.first?.body.leadingUnits(3) ?? [])
        for unit in units where unit.text.utf8.count <= 100 {
            // Cheap tests first, on the bytes: "eceived by" in either case, or a line ending in a colon.
            let lastByte = unit.text.utf8.reversed().first(where: { $0 != 0x20 && $0 != 0x0A })
            let endsWithColon = lastByte == 0x3A
            let opensWithTo = unit.text.utf8.opensWithASCIIWord("to") && unit.text.utf8.first == 0x54  // "To"
            guard
                unit.text.containsBytes(of: "eceived by") || unit.text.containsBytes(of: "ECEIVED BY") || endsWithColon
                    || opensWithTo || (lastByte == 0x2C && unit.text.utf8.count <= 60)
            else { continue }
            let line = collapseWhitespace(unit.text)
            // "Foreign Ministry," / "Foreign Ministry:": a cable's address line, an office alone.
            if !opensWithTo, endsWithColon || lastByte == 0x2C, line.utf8.count <= 60,
                let first = line.unicodeScalars.first, first.properties.isUppercase,
                // "Comrade [Song] Renqiong and the Northeast Bureau,": a vocative names a person first.
                !comradelyTitleOpenings.contains(where: { line.hasPrefix($0) })
            {
                let office = String(line.dropLast()).trimmedText
                if CorrespondentReader.isOffice(office), !office.containsBytes(of: ","),
                    CorrespondentReader.isCorrespondentPhrase(office)
                {
                    return office
                }
            }
            // "To the International Section of the Central Committee of the Romanian Communist Party": an
            // office's full name may take a line of its own up to the unit's 100 bytes.
            if opensWithTo, !endsWithColon,
                let match = CorrespondentReader.captures(
                    #"^To\s+(?:[Tt]he\s+)?(\p{Lu}[\p{L}’' ,\-]{2,92})$"#, in: line),
                let office = match.groups[0] ?? nil, CorrespondentReader.isOffice(office)
            {
                return office
            }
            if let match = CorrespondentReader.captures(
                #"^(?i:(?:cable|telegram|ciphergram|cipher telegram)\s+received\s+by\s+(?:the\s+)?)(\p{Lu}.{2,80})$"#,
                in: line)
                ?? CorrespondentReader.captures(
                    #"^(?:\[To\]|To)\s+(?:[Tt]he\s+)?(\p{Lu}[^:]{2,90}):$"#, in: withoutBracketedRoleAfterTo(line)),
                let office = match.groups[0] ?? nil
            {
                return withoutCorrespondentPunctuation(office)
            }
        }
        return nil
    }

    /// An address line (white space collapsed) without the editor's role in brackets after "To" or "[To]":
    /// "To [Foreign Minister] Comrade Czyrek:" → "To Comrade Czyrek:"; the bracket holds 2 to 40 characters
    /// and a space follows it. Any other line as it is.
    static func withoutBracketedRoleAfterTo(_ line: String) -> String {
        let opening: String
        if line.hasPrefix("To [") {
            opening = "To "
        } else if line.hasPrefix("[To] [") {
            opening = "[To] "
        } else {
            return line
        }
        let bracket = line.dropFirst(opening.count)
        guard let close = bracket.firstIndex(of: "]") else { return line }
        let role = bracket[bracket.index(after: bracket.startIndex)..<close]
        let rest = bracket[bracket.index(after: close)...]
        guard (2...40).contains(role.count), rest.first?.isWhitespace == true else { return line }
        return opening + rest.drop(while: \.isWhitespace)
    }

    /// The addressee of a party or ministry cable's address line above the text: "Com. Kruczkowski",
    /// "Comrade Erich Honecker", "Cde. Naszkowski:", "Genosse Axen!", "For Comrade Veljko Micunovic" (a
    /// comradely title, then one to four capitalised words, nothing else; at most 60 characters), or a
    /// line "For" and one to three capitalised words in mixed case alone ("For Woolcott", an Australian
    /// cablegram's personal addressee; "For your information", "For Information" are no names: no word of
    /// the name is an ordinary English word), among the preface, the opener
    /// and the first ten paragraphs of the first document (an archive's page puts its citation block
    /// between). A vocative that gives the addressee's post after the name and ends with a comma ("Cde.
    /// Constantin Oancea, Deputy [Foreign Affairs] Minister,", "Comrade Ion Stoian, Candidate Member of
    /// …, Foreign Minister,", at most 240 characters) names the person before the post's comma; without
    /// the closing comma such a line is one of a list of those present ("Comrade Halasz, Ambassador of
    /// the Hungarian People's Republic"). `units` are a page's ``addressUnits(_:)``.
    static func comradeAddressee(_ units: [TextUnit]) -> String? {
        // Every opening starts with "T", "C", "G" or "F": the first byte rules out most lines.
        for (index, unit) in units.enumerated()
        where [0x54, 0x43, 0x47, 0x46].contains(unit.text.utf8.first ?? 0)
            && (unit.text.utf8.count <= 60 || (unit.text.utf8.count <= 240 && unit.text.utf8.last == 0x2C))
            && comradelyOpenings.contains(where: { unit.text.hasPrefix($0) })
        {
            let text = withoutBracketedRoleAfterTo(collapseWhitespace(unit.text))
            // "For Woolcott" is read by the second expression alone, "For Comrade …" by the first.
            let isForLine = text.hasPrefix("For ")
            if !isForLine || comradelyTitleOpenings.contains(where: { text.dropFirst(4).hasPrefix($0) }),
                let match = CorrespondentReader.captures(
                    #"^(?:To\s+|For\s+)?(?:Com\.|Comrade|Comr\.|Cde\.|Tow\.|Towarzysz|Genosse|Genossin|Camarade|Camarada|Tov\.)\s+(.+?)[!:,.]?$"#,
                    in: text), let vocative = match.groups[0] ?? nil,
                let name = CorrespondentReader.isNameLike(vocative)
                    ? vocative : text.utf8.last == 0x2C ? nameBeforePost(vocative) : nil
            {
                // "Comrade Walter Ulbricht" / "Willi Stoph" / "Erich Honecker": the comrades addressed together,
                // one a line, each a given name and a surname.
                var names = [name]
                for next in units[(index + 1)...].prefix(8) {
                    guard next.text.utf8.count <= 60,
                        let other = CorrespondentReader.givenNameAndSurname(collapseWhitespace(next.text))
                    else { break }
                    names.append(other)
                }
                return names.joined(separator: ", ")
            }
            if isForLine,
                let match = CorrespondentReader.captures(
                    #"^For\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})$"#, in: text),
                let name = match.groups[0] ?? nil,
                !CorrespondentReader.isOffice(name), !CorrespondentReader.titleWords.contains(name.lowercased()),
                !name.split(separator: " ").contains(where: { EnglishWords.contains($0.lowercased()) })
            {
                return name
            }
        }
        return nil
    }

    /// Where a form's address and cipher lines stand: the preface, the opener and the first ten paragraphs
    /// of the first document (an archive's page puts its citation block between).
    static func addressUnits(_ page: TelegramPage) -> [TextUnit] { headerUnits(page, blocks: 10) }

    /// The name before the first comma of a vocative whose remainder is the addressee's post ("Constantin
    /// Oancea, Deputy [Foreign Affairs] Minister"): a word of the remainder is an office-holder's title;
    /// `nil` otherwise (two names, "Walter Ulbricht, Willi Stoph", are no name and post).
    static func nameBeforePost(_ vocative: String) -> String? {
        guard let comma = vocative.range(of: ", ") else { return nil }
        let name = String(vocative[..<comma.lowerBound])
        let post = vocative[comma.upperBound...]
        guard CorrespondentReader.isNameLike(name),
            post.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "[" || $0 == "]" })
                .contains(where: CorrespondentReader.isOfficeHoldersTitle)
        else { return nil }
        return name
    }

    /// The sender a British Foreign Office telegram's form names on a line of its own below the cipher
    /// line ("Cypher/OTP   FOREIGN OFFICE AND WHITEHALL DISTRIBUTION" / "Mr. Fry", "Sir J. Ward"): "Mr.",
    /// "Sir" or "Lord", then at most two initials and one to two capitalised words, among the two lines after
    /// it, among a page's ``addressUnits(_:)``; `nil` when none of them opens with "Cypher".
    static func cipherFormSender(_ units: [TextUnit]) -> String? {
        guard
            let cipherLine = units.firstIndex(where: {
                $0.text.utf8.first == UInt8(ascii: "C") && $0.text.utf8.count <= 120 && $0.text.hasPrefix("Cypher")
            })
        else { return nil }
        for unit in units.dropFirst(cipherLine + 1).prefix(2) where unit.text.utf8.count <= 40 {
            if let match = CorrespondentReader.captures(
                #"^(?:Mr\.?|Sir|Lord)\s+((?:\p{Lu}\.\s*){0,2}\p{Lu}[\p{Ll}'’\-]+(?:\s\p{Lu}[\p{Ll}'’\-]+)?)$"#,
                in: unit.text.trimmedText)
            {
                return match.groups[0] ?? nil
            }
        }
        return nil
    }

    /// The sender a ministry's ciphergram names in the line that opens its text, reporting what follows
    /// ("Comrade Olszowski relays the following:", "Comrade Strzałkowski in dispatch No. 65 of 2/6/69
    /// states:"): "Comrade", "Com.", "Cde." or "Tow.", a name of one to four words, an optional reference
    /// to the dispatch, a verb of reporting and a colon ending the line, at most 120 characters, among a page's
    /// ``addressUnits(_:)``; `nil` when no such line stands there.
    static func reportingComradeSender(_ units: [TextUnit]) -> String? {
        for unit in units
        where unit.text.utf8.last == 0x3A && unit.text.utf8.count <= 120
            && [0x43, 0x54].contains(unit.text.utf8.first ?? 0)
            && comradelyTitleOpenings.contains(where: { unit.text.hasPrefix($0) })
        {
            guard
                let match = CorrespondentReader.captures(
                    #"^(?:Comrade|Com\.|Cde\.|Tow\.)\s(\S+(?:\s\S+){0,3}?)(?:\sin\s(?:dispatch|telegram|cable|report)\b[^:]*?)?\s(?:relays|reports|states|informs|writes|conveys|cables)(?:\s(?:the\sfollowing|as\sfollows))?:$"#,
                    in: collapseWhitespace(unit.text)),
                let name = match.groups[0] ?? nil, CorrespondentReader.isNameLike(name)
            else { continue }
            return name
        }
        return nil
    }

    /// The receiving ministry's letterhead of a received-telegram form: a line in capitals naming an office
    /// or an office-holder ("SECRETARY OF STATE FOR EXTERNAL RELATIONS") at most three lines before the
    /// form's "TELEGRAM" / "RECEIVED" heading, among the preface, the opener and the first twelve paragraphs.
    static func receivedFormLetterhead(_ page: TelegramPage) -> String? {
        let units = headerUnits(page, blocks: 12)
        // The form's heading is a unit of a few bytes: most pages have none.
        guard units.contains(where: { $0.text.utf8.count <= 12 && $0.text.containsBytes(of: "RECEIVED") }) else {
            return nil
        }
        let lines = units.map(\.text.trimmedText)
        guard
            let received = lines.indices.dropFirst().first(where: { index in
                lines[index] == "RECEIVED" && lines[max(0, index - 2)..<index].contains("TELEGRAM")
            }),
            let telegram = lines[..<received].lastIndex(of: "TELEGRAM")
        else { return nil }
        for line in lines[max(0, telegram - 3)..<telegram].reversed()
        where line.utf8.count <= 80 && PageReader.isInCapitals(line) && !line.contains(where: \.isNumber)
            && (CorrespondentReader.isOffice(line) || CorrespondentReader.startsWithTitle(line))
        {
            return line
        }
        return nil
    }

    /// How the lines ``comradeAddressee(_:)`` reads open (its expression's necessary condition).
    static let comradelyOpenings = ["To ", "For "] + comradelyTitleOpenings

    /// How the comradely titles ``comradeAddressee(_:)`` reads open ("Com.", "Comrade", "Cde.", "Tow.",
    /// "Genosse", "Camarade", "Tov.").
    static let comradelyTitleOpenings = ["Com", "Cde", "Tow", "Gen", "Cam", "Tov"]
}
