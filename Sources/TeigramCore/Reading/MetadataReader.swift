import Foundation

/// Reads ``TelegramMetadata`` from a ``TelegramPage``.
public enum MetadataReader {
    static let kindPattern =
        #"^(?:Document\s+[0-9IVXL.]+:?\s*)?((?:Ciphered |Cable |Coded |Urgent |Secret )?(?:Telegram|Cable|Report|Letter|Memorandum|Telephone Message(?: via VCh)?|Message|Note|Record of Conversation|Cipher Telegram|Telegraph|Radiogram))\b"#

    /// Characters trimmed from the ends of a correspondent.
    static let correspondentPunctuation = CharacterSet(charactersIn: " ,.;:“”\"")

    /// `phrase` without ``correspondentPunctuation`` at its ends (its ASCII members trimmed on the bytes).
    static func withoutCorrespondentPunctuation(_ phrase: String) -> String {
        phrase.trimming(correspondentPunctuation, asciiMembers: " ,.;:\"")
    }
    static let citationPieceEnds = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ".]"))
    static let periods = CharacterSet(charactersIn: ".")
    static let spacesAndPeriods = CharacterSet(charactersIn: " .")
    static let nameEnds = CharacterSet(charactersIn: ".,;")
    static let referenceRemainderEnds = CharacterSet(charactersIn: " ,.;:")

    /// Reads the metadata.
    public static func read(_ page: TelegramPage) -> TelegramMetadata {
        var metadata = TelegramMetadata()
        metadata.textLanguage = TextLanguage.identify(page.parts.flatMap(\.body.units))
        // The page's "Language" field names the original's language (a sidecar's `language` overrides it).
        if let field = page.footerFields.first(where: { $0.label == "Language" }) {
            metadata.originalLanguage = LanguageName.tag(for: collapseWhitespace(field.value.text))
        }
        let titleText = collapseWhitespace(
            (page.titleLine ?? page.parts.first?.heading ?? page.pageHeading)?.text ?? "")
        // A page that lost its title line keeps the archive's title from its citation sentence.
        metadata.title =
            titleText.isEmpty
            ? page.citation.lazy.filter(PageReader.isCitationSentence).compactMap(citationTitle)
                .first.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ,")) } ?? "" : titleText
        let headingTexts = page.parts.compactMap(\.heading).map(\.text)
        let lines = correspondenceLines(page)
        // The address lines, built only when a rule asks for them, and the addressee of a vocative line among
        // them, read once for the three rules that ask for it.
        lazy var headerAddressUnits = addressUnits(page)
        lazy var addressee = comradeAddressee(headerAddressUnits)
        // A title in capitals is read last: the archive's citation often repeats it in mixed case, where
        // places and names are easier to tell from the words around them.
        let titleInCapitals = PageReader.isInCapitals(titleText)
        let correspondenceSources =
            (titleInCapitals ? [] : [titleText]) + headingTexts + lines + page.citation.compactMap(citationTitle)
            + (titleInCapitals ? [titleText] : [])
        var answered = correspondenceSources.count
        for (index, source) in correspondenceSources.enumerated() where readCorrespondents(source, into: &metadata) {
            answered = index
            break
        }
        // "Telegram from Havana File # 11281", then the citation's "Cable no. 338 from the Czechoslovak Embassy
        // in Havana (Pavlíček)": a fuller phrase of another source that holds a one-word sender standing alone
        // (no addressee beside it) replaces it.
        if metadata.recipient == nil, let sender = metadata.sender.map(CorrespondentReader.cleaned), !sender.isEmpty,
            !sender.contains(" ")
        {
            for source in correspondenceSources.prefix(answered + 1) where source.containsBytes(of: sender) {
                var fuller = TelegramMetadata()
                _ = readCorrespondents(source, into: &fuller)
                guard let phrase = fuller.sender, CorrespondentReader.cleaned(phrase).contains(" "),
                    phrase.split(separator: " ").contains(where: {
                        $0.trimmingCharacters(in: .punctuationCharacters) == sender
                    })
                else { continue }
                metadata.sender = phrase
                metadata.recipient = fuller.recipient
                break
            }
        }
        readLabelledCorrespondents(page, into: &metadata)
        readRussianHeadings(page, into: &metadata)
        // "La Légation de Suisse à Pétrograd à la Division …": an edition's title in French, German or Italian.
        if metadata.sender == nil, metadata.recipient == nil,
            let pair = [page.titleLine, page.parts.first?.heading].compactMap({ $0 }).lazy.compactMap({
                EuropeanTitle.split($0.text)
            }).first
        {
            metadata.sender = pair.sender
            metadata.recipient = pair.recipient
        }
        if metadata.recipient == nil {
            metadata.recipient = receivingOffice(page) ?? receivedFormLetterhead(page) ?? addressee
        }
        if metadata.sender == nil, let office = officeOpeningText(page), office != metadata.recipient {
            metadata.sender = office
        }
        if let match = titleText.firstRange(of: kindPattern, caseInsensitive: true) {
            metadata.documentKind = TitlePatterns.documentNumber.replacing(in: titleText[match], with: "")
        }
        // Date: the date line, else the title's, else the first signature date.
        let recognizer = DateRecognizer()
        if let line = page.dateLine,
            let date = page.recognizedDateLine.flatMap({ $0.text.utf8.elementsEqual(line.text.utf8) ? $0.date : nil })
                ?? recognizer.firstFullDate(in: line.text)
        {
            metadata.date = date
            metadata.dateText = line.text
        } else if let date = recognizer.firstFullDate(in: titleText) {
            metadata.date = date
            metadata.dateText = UTF16Text.substring(titleText, date.range)
        } else if let (text, date) = page.recordPublicationDate {
            // A CIA reading-room record's "Publication Date:" / "February 7, 1974".
            metadata.date = date
            metadata.dateText = UTF16Text.substring(text, date.range)
        } else if let part = page.parts.first, let (date, text) = closerDate(part, recognizer: recognizer) {
            metadata.date = date
            metadata.dateText = text
        }
        metadata.fileNumber = decimalFileNumber(page)
        // The dispatch line ("Washington, May 17, 1954—7:37 p.m.") is the document's own date; the file
        // number's ("396.1 GE/5–1754") is the archive's, read only when the page has no dispatch line.
        let dispatchLine = dispatchLineDate(page, recognizer: recognizer)
        if metadata.date == nil, let date = dispatchLine {
            metadata.date = date.date
            metadata.dateText = date.text
        }
        if metadata.date == nil, let date = fileNumberDate(page) {
            metadata.date = date.date
            metadata.dateText = date.text
        }
        if metadata.date == nil,
            let date = shortParagraphDate(page, recognizer: recognizer) ?? citationDate(page, recognizer: recognizer)
        {
            metadata.date = date.date
            metadata.dateText = date.text
        }
        if let part = page.parts.first {
            readReceipt(part, into: &metadata)
            metadata.signature = signatureBlock(part)
        }
        if metadata.receivedDate == nil, let (date, text) = formReceiptDate(page, recognizer: recognizer) {
            metadata.receivedDate = date
            metadata.receivedDateText = text
        }
        if page.parts.count > 1 {
            for (index, part) in page.parts.enumerated() {
                // A first document under the page's own title (no heading of its own) is the one the title,
                // date line and correspondents read so far describe.
                var partMetadata = TelegramMetadata()
                if index == 0, part.heading == nil {
                    partMetadata.title = metadata.title
                    partMetadata.sender = metadata.sender
                    partMetadata.recipient = metadata.recipient
                    partMetadata.date = metadata.date
                    partMetadata.dateText = metadata.dateText
                }
                if let heading = part.heading {
                    partMetadata.title = collapseWhitespace(heading.text)
                    if !readCorrespondents(heading.text, into: &partMetadata) {
                        // A Russian edition's title ("Телеграмма Заместителя … Полномочному Представителю …").
                        let russian = RussianDocumentTitle.read(heading.text)
                        partMetadata.sender = partMetadata.sender ?? russian.sender
                        partMetadata.recipient = partMetadata.recipient ?? russian.recipient
                        partMetadata.origin = partMetadata.origin ?? russian.origin
                    }
                    if let date = recognizer.firstFullDate(in: heading.text) {
                        partMetadata.date = date
                        partMetadata.dateText = UTF16Text.substring(heading.text, date.range)
                    }
                }
                // The date line under the heading, else a date in the closer.
                if partMetadata.date == nil,
                    let (date, text) = part.opener.first(where: { $0.kind == .date }).flatMap({ line in
                        recognizer.firstFullDate(in: line.unit.text).map {
                            ($0, UTF16Text.substring(line.unit.text, $0.range))
                        }
                    }) ?? closerDate(part, recognizer: recognizer)
                {
                    partMetadata.date = date
                    partMetadata.dateText = text
                }
                readReceipt(part, into: &partMetadata)
                partMetadata.signature = signatureBlock(part)
                readCorrespondentParts(into: &partMetadata)
                metadata.parts.append(partMetadata)
            }
        }
        // Origin: a "From X" line, else "in X" in the sender phrase.
        // A form's table row "From | : Ambassador …" is a sender's field, read as one (``isTableRow(_:)``).
        for line in page.parts.flatMap(\.opener) where line.kind == .origin && !isTableRow(line.unit.text) {
            var origin = collapseWhitespace(line.unit.text)
            origin = origin.replacingPattern(#"^(?i:from)\s+(?i:the\s+)?"#, with: "")
            origin = origin.replacingPattern(#"\s+(?i:No\.?|Nº|#)\s*\d.*$"#, with: "")
            // "From Pyongyang Sent 13.9.50 Received": a form's handling fields after the place.
            origin = origin.replacingPattern(#"\s+(?:Sent|Received|Dispatched|Despatched)\b.*$"#, with: "")
            origin = origin.replacingPattern(#"^(?i:embassy|legation|consulate|mission)\s+(?i:in|at)\s+"#, with: "")
            // "From Apostol M. Apostolov", "From Ambassador Ogawa": a person's name (an initial, a title) is
            // the sender's line, not the place of dispatch.
            if CorrespondentReader.namesPerson(origin) {
                if metadata.senderLine == nil {
                    metadata.senderLine = Correspondent(person: CorrespondentReader.stripTitles(origin), isTitled: true)
                }
                continue
            }
            // "FROM BAKU 23 November 1945": the date of dispatch after the place is no part of it.
            if origin.containsDecimalDigit, let date = recognizer.firstFullDate(in: origin), date.range.lowerBound > 0 {
                origin = UTF16Text.substring(origin, 0..<date.range.lowerBound).trimmingCharacters(
                    in: CharacterSet(charactersIn: " ,."))
                guard !origin.isEmpty else { continue }
            }
            // "From Beijing to Warsaw, December 11, 1980": the place of dispatch ends before the addressee.
            if origin.containsBytes(of: " to ") || origin.containsBytes(of: " TO ") {
                origin = TitlePatterns.trailingDate.replacing(in: origin, with: "")
                origin = origin.replacingPattern(#"\s+(?:to|TO)\s+.*$"#, with: "")
            }
            // "From the Moscow Desk", "From the Cuba Desk": the ministry's desk for a post or a country names
            // the place only as the sender's post does ("Embassy in X"), so a country is no place of dispatch.
            if origin.utf8.count > 5, origin.hasSuffix(" Desk") {
                origin = String(origin.dropLast(5))
                metadata.originIsInferred = true
            }
            metadata.origin = origin
            break
        }
        if metadata.origin == nil,
            let place = dispatchLine?.place
                ?? page.dateLine.flatMap({ line in
                    recognizer.firstFullDate(in: line.text).flatMap {
                        datelinePlace(UTF16Text.substring(line.text, 0..<$0.range.lowerBound))
                    }
                })
        {
            metadata.origin = place
        }
        if metadata.origin == nil, let date = metadata.date,
            let place = placeBeforeDate(date, page: page, recognizer: recognizer)
        {
            metadata.origin = place
        }
        if metadata.origin == nil, let place = formDispatchPlace(page) {
            metadata.origin = place
        }
        // "Embassy in Pyongyang", "Czechoslovak Ambassador to Rome, Oldzhich Kaiser": the sender's post.
        if metadata.origin == nil, let sender = metadata.sender,
            let range = sender.firstRange(
                of: #"\b(?:in|at|from|(?<=Ambassador |Envoy |Minister |Consul )to)\s+([A-Z][\w’'\- ]+)"#)
        {
            metadata.origin = String(sender[range]).replacingPattern(#"^(in|at|from|to)\s+"#, with: "").trimmedText
            metadata.originIsInferred = true
        }
        // Classification.
        for line in page.parts.flatMap(\.opener) where line.kind == .classification || line.kind == .handling {
            // "Priority: Flash": the label is no part of the term; "secret" and "urgent" on two lines are two.
            let text = line.unit.text
            let value = labelledField(text).flatMap { classificationLabels.contains($0.label) ? $0.value : nil } ?? text
            let terms = classificationTerms(value)
            if terms.isEmpty {
                metadata.addClassification(
                    collapseWhitespace(value).trimmingCharacters(in: CharacterSet(charactersIn: " ().!")))
            }
            terms.forEach { metadata.addClassification($0) }
        }
        func addClassification(_ term: String) { metadata.addClassification(term) }
        // A precedence before the date on a date line ("Вне очереди 13 декабря 1932 г."), the page's, one
        // among the text's opening lines, or the text's first paragraph where the page reader took the line
        // for text.
        let dateLines =
            (page.dateLine.map { [$0] } ?? []) + (page.parts.first?.opener.prefix(4).map(\.unit) ?? [])
            + openingParagraphs(page, blocks: 1)
        for line in dateLines where line.text.utf8.count <= 120 && opensWithMarkingWord(line.text) {
            guard let date = recognizer.firstFullDate(in: line.text), date.range.lowerBound > 0 else { continue }
            classificationTerms(UTF16Text.substring(line.text, 0..<date.range.lowerBound)).forEach(addClassification)
        }
        // The title, other title lines, and the citation's quoted title ("\"Secret Telegram from …\"").
        if let term = ([titleText] + lines + page.citation.compactMap(citationTitle)).lazy.compactMap(
            titleClassification
        ).first {
            addClassification(term)
        }
        // "Telegram from Washington, DC, No.084.504, Urgent, SECRET": classification words as parts of a title.
        if titleText.containsBytes(of: ", ") {
            for piece in titleText.components(separatedBy: ", ").dropFirst() {
                let term = piece.trimming(titlePieceEdges, asciiMembers: " .!")
                if term.split(separator: " ").count <= 3, PageReader.isClassification(term.lowercasedText) {
                    addClassification(term)
                }
            }
        }
        // Labelled fields of a form: "Classification: Secret", "Priority: Urgent", each on a line of its own,
        // also where the page reader took a form's heading lines for the text's first paragraph.
        // A row of cells ("Level: Extra Urgent / From the Moscow Desk / …") is read cell by cell. A form of
        // one field a paragraph ("Sent to: India", "Approved by: …", "Level: Urgent, advance") may fill the
        // text's first eight blocks.
        let formUnits = headerUnits(page, blocks: 2)
        let formFieldUnits =
            metadata.classification.isEmpty
            ? formUnits + openingParagraphs(page, blocks: 8).dropFirst(2).filter { $0.text.utf8.count <= 80 }
            : formUnits
        for unit in formFieldUnits where unit.text.utf8.count <= 400 && unit.text.containsBytes(of: ":") {
            for line in unit.text.split(separator: "\n") where line.utf8.count <= 240 && line.containsBytes(of: ":") {
                for cell in formCells(collapseWhitespace(String(line))) where cell.utf8.count <= 80 {
                    guard let field = labelledField(cell), classificationLabels.contains(field.label) else { continue }
                    classificationTerms(field.value).forEach(addClassification)
                }
            }
        }
        // A translator's gloss of a marking in brackets ("No. 2421/9/53/TJN [tajne—secret]") and a stamp's
        // marking ("[stamp] SECRET!").
        for unit in formUnits.prefix(12) where unit.text.utf8.count <= 600 && unit.text.containsBytes(of: "[") {
            bracketedMarkings(unit.text).forEach(addClassification)
        }
        // Markings that open the text ("MOST SECRET AND PERSONAL. Following from …", "Flash: Secret. – For
        // Ambassador …"), a number line's markings ("Number 1340 Top Secret Top Urgent"), and a cable's
        // portion marking for the whole text ("1. (S—Entire text).").
        // A line opening with "N" ("Number 1340 …") or, of at most 60 bytes, with a digit ("2154. EMERGENCY
        // SECRET", a cablegram's number and its markings).
        func mayBeNumberLine<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            guard let first = bytes.first else { return false }
            return first == 0x4E || (first >= 0x31 && first <= 0x39 && bytes.count <= 60)
        }
        for unit in formUnits.prefix(12)
        where unit.text.utf8.count <= 600 && (mayBeNumberLine(unit.text.utf8) || unit.text.containsBytes(of: "\nN")) {
            for line in Self.lines(of: unit.text, atMost: 8) where mayBeNumberLine(line.utf8) {
                classificationAfterNumber(collapseWhitespace(line)).forEach(addClassification)
            }
        }
        // The first document's opener lines and first paragraph, where its markings and caveats open it.
        let openerUnits = page.parts.first?.opener.map(\.unit) ?? []
        let openingUnits = openerUnits + (page.parts.first?.body.leadingUnits(1) ?? [])
        for unit in openingUnits {
            openingClassification(unit.text).forEach(addClassification)
        }
        for unit in openerUnits + (page.parts.first?.body.leadingUnits(3) ?? []) {
            if let level = portionMarking(unit.text) { addClassification(level) }
        }
        // Classification lines before the title, and the FRUS source note's classification sentence
        // ("Source: …, 611.61/3-362. Secret; Priority. Repeated to …").
        // A line that is nothing but a marking ("SECRET", "LIMITED OFFICIAL USE") anywhere in the first
        // document: cables repeat it at the head and foot of every page.
        let firstDocument = page.parts.first.map { part in part.body.units + part.closer.map(\.unit) } ?? []
        for unit in page.preface + firstDocument
        where unit.text.utf8.count <= 40 && PageReader.isClassification(unit.text.trimmedText.lowercased()) {
            addClassification(collapseWhitespace(unit.text).trimmingCharacters(in: CharacterSet(charactersIn: "().")))
        }
        // A form's heading of cells joined by dashes ("Ministry of Foreign Affairs – Received Cable – Extra
        // Urgent – Advance – Vietnam Desk – …"): the cells that are markings.
        for unit in formUnits.prefix(12) where unit.text.utf8.count <= 240 && unit.text.containsBytes(of: " – ") {
            let cells = collapseWhitespace(unit.text).components(separatedBy: " – ")
            guard cells.count >= 3 else { continue }
            // A precedence's word that is no marking alone ("Advance") counts beside a cell that is one.
            let markings = cells.map { classificationTerms($0) }
            guard markings.contains(where: { !$0.isEmpty }) else { continue }
            for (cell, terms) in zip(cells, markings) {
                if !terms.isEmpty {
                    terms.forEach(addClassification)
                } else if !cell.isEmpty,
                    cell.split(separator: " ").allSatisfy({ PageReader.classificationWords.contains($0.lowercased()) })
                {
                    addClassification(cell)
                }
            }
        }
        // A marking beside another column's text on a header line the page flattened ("Secret Copy Nº 2",
        // "in the MPR Secret", "USSR EMBASSY IN THE DPRK [faded USSR TOP SECRET").
        for unit in formUnits.prefix(12) where unit.text.utf8.count <= 240 && mayHoldSecurityLevel(unit.text) {
            for line in Self.lines(of: unit.text, atMost: 4) where line.utf8.count <= 120 {
                markingBesideHeaderText(collapseWhitespace(line)).forEach(addClassification)
            }
        }
        // A marking and the hour of dispatch on one line ("Confidential 1:30 pm").
        for unit in formUnits.prefix(12) where unit.text.utf8.count <= 40 && unit.text.containsBytes(of: ":") {
            guard let match = CorrespondentReader.captures(Self.markingBeforeClockTime, in: unit.text.trimmedText),
                let marking = match.groups[0] ?? nil
            else { continue }
            classificationTerms(marking).forEach(addClassification)
        }
        // The page's citation and footnotes holding "Source:", and each document's own source note (an older
        // FRUS page's "/1/Source: …", kept without its label).
        // An older FRUS page may leave the source note among the opener's lines, below the dateline.
        // A FRUS page may also leave it among the text's paragraphs, with its footnote mark ("/1/Source: …",
        // "- Source: …").
        let labelledNotes =
            (page.citation.map(\.text) + page.parts.flatMap(\.closer).filter { $0.kind == .footnote }.map(\.unit.text)
            + page.parts.flatMap(\.opener).map(\.unit.text))
            .filter { $0.containsBytes(of: "Source:") }
        var markedNotes: [String] = []
        for block in page.parts.lazy.flatMap(\.body) {
            if case .paragraph(let unit) = block, opensWithMarkedSourceLabel(unit.text) {
                markedNotes.append(unit.text)
            }
        }
        let notes = labelledNotes + page.parts.compactMap(\.citation).map(\.text) + markedNotes
        for note in notes {
            for sentence in collapseWhitespace(note).components(separatedBy: ". ") {
                // "↩": a page's back-link after a footnote.
                let value = sentence.trimmingCharacters(in: CharacterSet(charactersIn: " .↩"))
                guard !value.isEmpty else { continue }
                guard PageReader.isClassification(value.lowercased()) else {
                    sourceNoteMarkings(value).forEach(addClassification)
                    continue
                }
                for term in value.components(separatedBy: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                where !term.isEmpty {
                    addClassification(term)
                }
            }
        }
        // A FRUS telegram's text opening "Eyes only for the Secretary": the caveat, after the
        // classification the source note gives.
        // Only the first bytes are looked at: "505. Eyes only" opens the line, and lower-casing whole
        // paragraphs cost 0.17 M instructions a telegram.
        // Its first sentence may also end with the caveat after the addressee ("111214. London for Charge
        // Eyes Only. Subject: …"), among the first 100 bytes of a numbered line.
        if openingUnits.contains(where: { unit in
            let head = unit.text.utf8.prefix(24).drop(while: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x20 })
            if head.opensWithASCIIWord("eyes only") { return true }
            // A telegram's number and its period open the line ("111214.").
            let digits = unit.text.utf8.prefix(8).prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard digits.count >= 2, unit.text.utf8.dropFirst(digits.count).first == 0x2E else { return false }
            let opening = Substring(unit.text.utf8.prefix(100))
            return opening.containsBytes(of: " Eyes Only. ") || opening.containsBytes(of: " EYES ONLY. ")
                || opening.containsBytes(of: " Eyes only. ")
        }) {
            addClassification("Eyes Only")
        }
        for field in page.footerFields where field.label == "Original Classification" {
            addClassification(collapseWhitespace(field.value.text))
        }
        // People responsible, from the citation.
        let citation = page.citation.map(\.text).joined(separator: " ")
        metadata.translators = people(
            after: #"(?i:translated)(?:\s+(?:for|from|into)\s+[\w#]+)*\s+by\s+"#, in: citation)
        metadata.contributors = people(after: #"(?i:contributed)\s+by\s+"#, in: citation)
        metadata.archivalReferences = archivalReferences(
            in: page.citation.map(\.text) + page.parts.compactMap(\.citation).map(\.text))
        readTelegraphicHeader(page, into: &metadata)
        // After the routing block's markings too: a released cable's "UNCLASSIFIED" stamp stands among them.
        metadata.classification = Self.withoutReleaseMarking(metadata.classification)
        readCorrespondentParts(into: &metadata)
        // A letterhead above the dispatch line names the sending office when nothing else did.
        if metadata.senderParts.office == nil, let office = dispatchLine?.letterhead {
            metadata.senderParts.office = office
        }
        // A cable's subject in the text's first paragraph ("SUBJECT: DAILY ACTIVITIES REPORTS …") stands
        // before the line that says for and from whom it is ("FOR THE SECRETARY FROM INGERSOLL").
        readPersonalAddressees(
            openingUnits.last?.text.hasPrefix("SUBJECT:") == true
                ? openerUnits + (page.parts.first?.body.leadingUnits(2) ?? []) : openingUnits,
            into: &metadata)
        if metadata.recipientParts.count == 1, let only = metadata.recipientParts.first, only.office == nil,
            only.role == nil, !only.isTitled, let person = only.person, let name = addressee,
            name != person
        {
            metadata.addresseeLine = CorrespondentReader.read(name)
        }
        // "Telegram from East German Ambassador, Moscow, to …" above "Telegram nr.172/62 Comrade [Rudolf]
        // Dölling, Moscow to Secretary of State Winzer": the title names a role, and a later correspondence
        // line of the page the person who holds it (a titled name; an editor's brackets read through).
        if metadata.senderParts.person == nil, metadata.senderParts.role != nil,
            answered + 1 < correspondenceSources.count
        {
            for source in correspondenceSources[(answered + 1)...] {
                var other = TelegramMetadata()
                guard readCorrespondents(source, into: &other), let phrase = other.sender else { continue }
                let read = CorrespondentReader.read(
                    phrase.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: ""))
                if let person = read.person, read.isTitled {
                    metadata.senderParts.person = person
                    metadata.senderParts.isTitled = true
                    metadata.senderParts.role = nil
                    break
                }
            }
        }
        // A Foreign Office telegram's form names the sender below its cipher line ("Mr. Fry").
        if metadata.senderParts.person == nil, let name = cipherFormSender(headerAddressUnits) {
            metadata.setSigningSender(name)
        }
        // A ciphergram's text opens by naming who reports it ("Comrade Olszowski relays the following:"), also
        // where the title named only the place it came from ("From Moscow to Warsaw").
        if metadata.senderParts.person == nil
            || (metadata.senderParts.person == metadata.origin && !metadata.senderParts.isTitled),
            let name = reportingComradeSender(headerAddressUnits)
        {
            metadata.setSigningSender(name)
        }
        if metadata.senderLine == nil, let part = page.parts.first {
            metadata.senderLine = firstPersonIdentification(part)
        }
        // An office or a role sending ("Information from BG Embassy in DPRK"), and a person on a line or in
        // a field naming the sender ("From Apostol M. Apostolov"): the person is the office's signatory.
        if let line = metadata.senderLine, line.isTitled, let person = line.person {
            if metadata.sender == nil {
                metadata.sender = person
                metadata.senderParts = line
            } else if metadata.senderParts.person == nil,
                metadata.senderParts.office != nil || metadata.senderParts.role != nil
            {
                metadata.senderParts.person = person
                metadata.senderParts.isTitled = true
            }
        }
        // "Saul reports on the aftermath …", "Polish Ambassador Ochęduszko reports on …": the archive's summary
        // names the person who reports for the office the title names as the sender, when no signature does.
        if metadata.senderParts.person == nil, metadata.senderParts.office != nil, metadata.signature.isEmpty,
            let reporter = summaryReporter(page.summary)
        {
            metadata.senderParts.person = reporter
            metadata.senderParts.isTitled = true
        }
        // "Five days after …, the Hungarian Embassy in New Delhi reports that …": the summary names the post of
        // the mission that reports, where no line of the page named the place of dispatch.
        if metadata.origin == nil || metadata.originIsInferred, let post = summaryMissionPost(page.summary) {
            metadata.origin = post
            metadata.originIsInferred = true
        }
        // An office or a role addressed, and a person named on the address line or in the addressee field
        // ("To: Comrade Vice-Minister Naszkowski" below a title "… to the Polish Ministry of Foreign Affairs"):
        // the person is the office's addressee.
        if !metadata.recipientParts.isEmpty,
            metadata.recipientParts.allSatisfy({ $0.person == nil && ($0.office != nil || $0.role != nil) }),
            let line = metadata.addresseeLine ?? addressee.map(CorrespondentReader.read),
            let person = line.person
        {
            metadata.recipientParts[0].person = person
            metadata.recipientParts[0].isTitled = true
        }
        if metadata.number == nil { metadata.number = telegramNumber(page, title: titleText) }
        return metadata
    }

    /// The person an archive's summary opens with as the one who reports ("Saul reports on the aftermath of
    /// …", "British Ambassador Oliver Harvey reports a conversation …", "Chargé d’ affaires ad interim Miklós
    /// Vass reports on …"): a capitalised word and up to seven more words (a title's lower-case words among
    /// them) before a verb of reporting in the present tense, read as a correspondent; `nil` unless they name
    /// a person and no office, body or place.
    static func summaryReporter(_ summary: [TextUnit]) -> String? {
        guard let text = summary.first?.text.trimmedText,
            summaryReportingVerbs.contains(where: { text.containsBytes(of: $0) }),
            let match = CorrespondentReader.captures(
                #"^(\p{Lu}[\p{L}’'.\-]*\s+(?:[\p{L}’'.\-]+\s+){0,7}?)"# + summaryReportingVerbAlternation + #"\s"#,
                in: text),
            let subject = match.groups[0]
        else { return nil }
        let read = CorrespondentReader.read(subject.trimmedText)
        guard read.office == nil, read.place == nil, let person = read.person else { return nil }
        return person
    }

    /// The post of a mission that reports in an archive's summary ("the Hungarian Embassy in New Delhi reports
    /// that …", "The Chinese Embassy in Budapest reports …"): one or two capitalised words after the mission's
    /// noun and "in", right before a verb of reporting, at the summary's first sentence's start or after a
    /// comma; `nil` when the summary names none.
    static func summaryMissionPost(_ summary: [TextUnit]) -> String? {
        guard let text = summary.first?.text.trimmedText, text.containsBytes(of: " in "),
            summaryReportingVerbs.contains(where: { text.containsBytes(of: $0) }),
            let match = CorrespondentReader.captures(
                #"(?:^|,\s)(?:[Tt]he\s)?(?:\p{Lu}[\p{L}’'\-]*\s+){0,3}(?:Embassy|Legation|Consulate|Consulate General|Mission)\s+in\s+(\p{Lu}[\p{L}\-]*(?:\s\p{Lu}[\p{L}\-]*)?)\s+"#
                    + summaryReportingVerbAlternation + #"\s"#,
                in: text)
        else { return nil }
        return match.groups[0] ?? nil
    }

    /// The verbs of ``summaryReporter(_:)`` and ``summaryMissionPost(_:)``, with the space before and after
    /// them: the bytes tested before the pattern.
    static let summaryReportingVerbs = [
        " reports ", " informs ", " writes ", " relays ", " conveys ", " describes ", " recounts ", " summarizes ",
        " summarises ",
    ]

    /// ``summaryReportingVerbs`` as one group of a regular expression's alternatives.
    static let summaryReportingVerbAlternation =
        "(?:" + summaryReportingVerbs.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "|") + ")"

    /// The writer an editor identifies in brackets after "I" or "my" in the text's first two paragraphs
    /// ("During my [GDR ambassador to the DRV, Wolfgang Bertold] conversation", "I [Ambassador Puzanov]
    /// received"): the person the bracket names (after its last comma when a role opens it), titled; `nil`
    /// when no such bracket names a person.
    static func firstPersonIdentification(_ part: TelegramPart) -> Correspondent? {
        // The bytes first: the expression is never given a paragraph without "my [", "I [" or "me [".
        for unit in part.body.leadingUnits(2)
        where unit.text.containsBytes(of: "my [") || unit.text.containsBytes(of: "I [")
            || unit.text.containsBytes(of: "me [")
        {
            guard
                let match = CorrespondentReader.captures(
                    #"(?:^|[\s(])(?:I|my|me)\s+\[([^\]\n]{3,100})\]"#, in: unit.text),
                let content = match.groups[0]
            else { continue }
            let holder = content.range(of: ", ", options: .backwards).map { String(content[$0.upperBound...]) }
            for phrase in [holder, content].compactMap({ $0 }) {
                let read = CorrespondentReader.read(phrase)
                if let person = read.person, CorrespondentReader.isNameLike(person), read.office == nil {
                    return Correspondent(person: person, isTitled: true)
                }
            }
        }
        return nil
    }

    /// The persons a telegram's text opens by addressing ("3221. For S/AL Thompson and EUR Tyler.", "396. Eyes
    /// only for Ambassador Lodge from the President."): after the telegram's number (and a reference, "3746.
    /// Ref: State 199836. For Under Secretary Rostow") or a caveat ("Eyes only",
    /// "Personal", "Exclusive"), "for" and the addressees up to the first period (before any "from …").
    /// Each addressee is a name once titles and office codes ("S/AL", "EUR", "Ambassador") are taken off;
    /// an addressee named by title alone ("Eyes only for the Secretary") or written in capitals ("1. FOR
    /// DACCA: PLEASE PASS …", a cable's routing) adds no person. The persons become
    /// the recipients, beside the office the title names; a recipient person already read is kept.
    static func readPersonalAddressees(_ units: [TextUnit], into metadata: inout TelegramMetadata) {
        guard !metadata.recipientParts.contains(where: { $0.person != nil }) else { return }
        for unit in units where unit.text.utf8.count >= 8 {
            // Byte tests first: the line opens with a digit or a caveat's first letter, and only its first
            // sentence can hold the addressees (the expression is never given a whole paragraph to convert).
            guard let first = unit.text.utf8.first,
                (0x30...0x39).contains(first) || "EePpLl".utf8.contains(first) || opensWithSeriesNumber(unit.text)
            else { continue }
            let head = String(unit.text.prefix(240))
            guard head.containsBytes(of: "or ") || head.containsBytes(of: "OR ") else { continue }
            // The telegram's number (a series' code before it, "SECTO 15097."), and a reference's and a
            // subject's sentences after it, are passed over; without a number a caveat must open the line.
            let numbered = CorrespondentReader.captures(
                #"^(?:[A-Z]{4,6}\s)?\d{1,7}\.\s+(?:(?:Refs?|Subject):\s+[^.]{1,80}\.\d{0,2}\s+){0,2}"#, in: head)
            guard
                let match = CorrespondentReader.captures(
                    #"^((?i:literally\s+)?(?i:eyes\s+only|personal|exclusive)\s+)?(?i:for)\s+([^.]{2,120}?)(?:\s+(?i:from)\s+([^.]*))?\.(?:\s|$)"#,
                    in: numbered?.remainder ?? head),
                numbered != nil || match.groups[0] != nil, let list = match.groups[1]
            else { continue }
            let persons = personsOfAddressList(list, inCapitals: false)
            // "For the President from Secretary Haig": the person it is from, when named, is the sender's.
            if metadata.senderParts.person == nil, let from = match.groups[2] ?? nil,
                let sender = personsOfAddressList(from, inCapitals: false).first
            {
                metadata.senderParts.person = sender
                metadata.senderParts.isTitled = true
            }
            guard !persons.isEmpty else { return }
            addRecipientPersons(persons, to: &metadata)
            return
        }
        readCableForFromLine(units, into: &metadata)
    }

    /// The persons of a cable's line in capitals that says for and from whom it is, on a line of its own
    /// ("FOR ASSISTANT SECRETARY HARTMAN FROM LOWENSTEIN", "FOR SAUNDERS, NEA, AND CURRAN, ICA/NEA, FROM AMB.
    /// AND PAO", "FOR ATHERTON ONLY FROM TOON": "ONLY" restricts, and names no one), among the first four
    /// lines of each unit: the addressees become the recipients, beside the office the routing names, and a
    /// person it is from the sender's person (an office-holder named by title alone, "AMB." or "THE
    /// SECRETARY", adds none, on either side). Only a line with both "FOR" and "FROM": "FOR DACCA" alone,
    /// or "FOR DACCA: PLEASE PASS …", is routing.
    static func readCableForFromLine(_ units: [TextUnit], into metadata: inout TelegramMetadata) {
        for unit in units where unit.text.containsBytes(of: "FOR ") && unit.text.containsBytes(of: " FROM ") {
            for line in unit.text.splitOnASCII("\n").prefix(4) {
                let text = collapseWhitespace(String(line))
                guard text.utf8.count <= 200, PageReader.isInCapitals(text), !text.contains(":"),
                    let match = CorrespondentReader.captures(
                        #"^(?:(?:LITERALLY\s+)?(?:EYES\s+ONLY|PERSONAL|EXCLUSIVE)\s+)?FOR\s+(.{2,120}?)(?:\s+ONLY)?,?\s+FROM\s+(.{2,80}?)\.?$"#,
                        in: text), let list = match.groups[0], let from = match.groups[1]
                else { continue }
                // "FOR THE SECRETARY FROM INGERSOLL": an addressee named by title alone adds no person, and
                // the person it is from still signs.
                let persons = personsOfAddressList(list, inCapitals: true)
                let sender = personsOfAddressList(from, inCapitals: true).first
                guard !persons.isEmpty || sender != nil else { continue }
                if !persons.isEmpty { addRecipientPersons(persons, to: &metadata) }
                if metadata.senderParts.person == nil, let sender {
                    metadata.senderParts.person = sender
                    metadata.senderParts.isTitled = true
                }
                return
            }
        }
    }

    /// The persons `persons` added as recipients: the first to the first recipient (the office the title
    /// or routing names), the others after it.
    static func addRecipientPersons(_ persons: [String], to metadata: inout TelegramMetadata) {
        var parts = metadata.recipientParts.isEmpty ? [Correspondent()] : metadata.recipientParts
        parts[0].person = persons[0]
        parts[0].isTitled = true
        parts += persons.dropFirst().map { Correspondent(person: $0, isTitled: true) }
        metadata.recipientParts = parts
    }

    /// The persons' names of an address list ("S/AL Thompson and EUR Tyler", "SAUNDERS, NEA, AND CURRAN,
    /// ICA/NEA"), each without titles and office codes, in order. In mixed case a word in capitals is a
    /// code, and a name must hold a lower-case letter; in capitals (`inCapitals`) a code is a word with a
    /// slash or one of the State Department's bureau codes (``bureauCodes``), and each name is given in
    /// title case ("HARTMAN" → "Hartman"). A phrase of titles alone ("AMB.", "the Secretary"), an office
    /// or a word with a colon names no person.
    static func personsOfAddressList(_ list: String, inCapitals: Bool) -> [String] {
        // "FOR AMBASSADOR OR CHARGE": "or" joins alternatives as "and" joins addressees.
        let items = list.replacingOccurrences(of: inCapitals ? " AND " : " and ", with: ", ")
            .replacingOccurrences(of: inCapitals ? " OR " : " or ", with: ", ")
            .components(separatedBy: ", ")
        return items.compactMap { addressee -> String? in
            func isCode(_ word: Substring) -> Bool {
                if word.contains("/") { return true }
                if inCapitals { return bureauCodes.contains(word.trimmingCharacters(in: .punctuationCharacters)) }
                return word.count >= 2 && word.allSatisfy(\.isUppercase)
            }
            // Office codes before or after the name ("S/AL Thompson", "Thompson1 EE"), footnote marks.
            let words = CorrespondentReader.cleaned(addressee).split(separator: " ").drop(while: isCode)
            var name = words.reversed().drop(while: isCode).reversed().joined(separator: " ")
            if inCapitals { name = name.capitalized }
            name = CorrespondentReader.stripTitles(name)
            guard !name.isEmpty, name.contains(where: \.isLowercase), !name.contains(":"),
                CorrespondentReader.isNameLike(name),
                !CorrespondentReader.titleWords.contains(CorrespondentReader.foldedWord(Substring(name))),
                !CorrespondentReader.isOffice(name)
            else { return nil }
            return name
        }
    }

    /// The State Department's bureau and office codes a cable writes beside a person's name ("SAUNDERS,
    /// NEA"), in capitals.
    static let bureauCodes: Set<String> = [
        "NEA", "EUR", "EA", "EAP", "ARA", "AF", "IO", "INR", "PM", "ICA", "EB", "OES", "HA", "PA", "CU", "SS", "SP",
        "USIA", "AID", "NSC", "PAO", "DCM", "ACDA", "USUN", "USNATO",
    ]

    /// Whether `line` is an edition's document number before the archive's reference ("No. 500 NAI DFA
    /// Secretary's Files P78", "No. 472 NAI DFA/5/305/134"): an edition number line
    /// (``PageReader/isEditionNumberLine(_:)``) whose word after the number is an archive's initials, two to
    /// six capitals before a space or a slash, and no marking ("No. 56 URGENT" is a telegram's).
    static func isEditionNumberBeforeArchive(_ line: String) -> Bool {
        guard PageReader.isEditionNumberLine(line) else { return false }
        let words = line.split(separator: " ")
        guard words.count >= 3 else { return false }
        let initials = words[2].prefix { $0 != "/" }
        return (2...6).contains(initials.count) && initials.allSatisfy { $0.isASCII && $0.isUppercase }
            && !PageReader.isClassification(initials.lowercased())
    }

    /// Whether a line can hold "No", "Nr", "Nº", "N°", "Number" or "#" (the guard of the number expression).
    static func mayHoldNumberLabel(_ line: String) -> Bool {
        ["No", "NO", "no.", "Nr", "NR", "Num", "NUM", "#", "º", "°"].contains { line.containsBytes(of: $0) }
    }

    /// A line of words, then a clock time that ends it ("Confidential 1:30 pm", "Urgent 10:45 a.m."): the
    /// words are group 1.
    static let markingBeforeClockTime = #"^(\p{L}[\p{L} ]*?)\s+\d{1,2}:\d{2}(?:\s*(?i:[ap]\.?\s?m\.?|hrs?|h))?$"#

    /// Whether a paragraph opens with a telegram series' code in capitals and its number ("SECTO 15097.",
    /// "TOSEC 40123."): four to six capitals, a space and a digit, tested on the first bytes.
    static func opensWithSeriesNumber(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        var letters = 0
        while let byte = bytes.next() {
            if byte >= 0x41 && byte <= 0x5A, letters < 6 {
                letters += 1
                continue
            }
            guard letters >= 4, byte == 0x20, let digit = bytes.next() else { return false }
            return digit >= 0x30 && digit <= 0x39
        }
        return false
    }

    /// Whether a paragraph opens with a footnote's mark and the label "Source:" ("/1/Source: National
    /// Archives …", "- Source: …", "1 Source: …"): a FRUS source note the page printed among the text's
    /// paragraphs. Tested on the first 12 bytes.
    static func opensWithMarkedSourceLabel(_ text: String) -> Bool {
        // "/", "-", a space or a digit: the mark's bytes, at most five of them.
        func isMarkByte(_ byte: UInt8) -> Bool {
            byte == 0x2F || byte == 0x2D || byte == 0x20 || (byte >= 0x30 && byte <= 0x39)
        }
        var bytes = text.utf8.makeIterator()
        var markBytes = 0
        while let byte = bytes.next() {
            if isMarkByte(byte), markBytes < 5 {
                markBytes += 1
                continue
            }
            guard markBytes > 0, byte == 0x53 else { return false }  // "S"
            return text.utf8.dropFirst(markBytes).starts(with: "Source:".utf8)
        }
        return false
    }

    /// "№ 2248" alone, or after a date written with its month's name ("26 мая 1926 г. № 3396"): the number is
    /// group 1.
    static let russianNumberLine = #"^(?:\d{1,2}\s+\p{L}+\s+\d{4}\s*(?:г\.|года)?\s+)?№\s*(\d[\d/\-]*\d|\d)$"#

    /// A registry's number, its year and the marking, as a Hungarian embassy's form writes them ("131/1963/top
    /// secret", "375/1962/Top Secret").
    static let registryNumberWithMarking = #"^(\d{1,6}/\d{4})/(\p{L}[\p{L} ]*)$"#

    /// Whether a line may be read by ``numberBeforeMarkings(_:)``: it opens with two to six digits and a
    /// period, or may be ``registryNumberWithMarking`` (a necessary condition, tested on the bytes).
    static func mayOpenWithNumberBeforeMarkings(_ line: String) -> Bool {
        if mayBeRegistryLine(line) { return true }
        let digits = line.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return (2...6).contains(digits) && line.utf8.dropFirst(digits).first == 0x2E
    }

    /// Whether a line may be ``registryNumberWithMarking``: it opens with a digit and holds "/" within its
    /// first eight bytes (a necessary condition, tested on the bytes).
    static func mayBeRegistryLine(_ line: String) -> Bool {
        guard let first = line.utf8.first, first >= 0x31, first <= 0x39 else { return false }
        return line.utf8.prefix(8).contains(0x2F)
    }

    /// Whether a line may open with a telegram number's label ("No.430", "NO", "Nº", "N°", "Nr", "Number"):
    /// "N" and then "o", "O", "r", "R", "u", "U" or the first byte of "º" and "°". A necessary condition,
    /// tested on the first two bytes; the number's expression decides. A Chinese form's "Dispatch No." opens
    /// one too.
    static func opensWithNumberLabel(_ line: String) -> Bool {
        // A Chinese outgoing cable's form ("Dispatch No. 1108"), a Soviet embassy's outgoing register
        // ("Outgoing No. 82").
        if line.utf8.starts(with: "Dispatch N".utf8) || line.utf8.starts(with: "Outgoing N".utf8) { return true }
        var bytes = line.utf8.makeIterator()
        guard bytes.next() == 0x4E, let second = bytes.next() else { return false }
        // o O r R u U, and 0xC2, the lead byte of "º" (U+00BA) and "°" (U+00B0).
        return [0x6F, 0x4F, 0x72, 0x52, 0x75, 0x55, 0xC2].contains(second)
    }

    /// Whether a line cites another telegram by its number ("Referencing the no. 73 cipher telegram.", "In
    /// reply to your No. 12", "Re your telegram No. 5", "My telegram No. 182, of the 20th", "См. также док. N°
    /// 384"): a reference's or a reply's word, or the writer's own earlier telegram, before the label.
    static func refersToAnotherTelegram(_ line: String) -> Bool {
        // "* См. также док. N° 384": a Russian edition's note sends the reader to another document.
        if line.containsBytes(of: "См. ") || line.containsBytes(of: "см. ") { return true }
        // On the bytes first: most number lines hold none of the words.
        guard
            ["eferenc", "EFERENC", "eply", "EPLY", "our", "OUR", "Re ", "RE ", "My ", "MY ", " my "].contains(where: {
                line.containsBytes(of: $0)
            })
        else { return false }
        let lower = line.lowercasedText
        return lower.matches(#"\b(?:referenc\w*|reply\s+to|your|our|my|re)\b[^.]{0,40}?\b(?:no|nr|number)\b"#)
    }

    /// The telegram's number from a short line near the top, the text's first three paragraphs, a form's
    /// number line among the next five (a short paragraph opening with "No", "Nº", "Nr" or "Number") and the
    /// citation's quoted title included ("Ciphergram No. 7353", "No.430", "Telegram no.50", "Telegram Nr
    /// 3175", "\"Cable no. 338 from …\""); else a FRUS telegram's
    /// opening "3898. " (or "191088." alone) when the page says it is a telegram; else a diary-form
    /// cable's opening number before its weekday ("346 – FRIDAY – 1800hs – …"); else the number of a
    /// closing line (``closingNumber(_:)``).
    static func telegramNumber(_ page: TelegramPage, title: String) -> String? {
        let body = page.parts.first?.body.leadingUnits(14) ?? []
        let firstParagraphs = Array(body.prefix(3))
        // A form's number line further down (below its routing, the sender's name and the office's
        // distribution: "No.430   D. 4.04 p.m. October 25, 1956"): a short paragraph opening with the label.
        // A kind of document's name with its number may stand further down, below a registry's copy and
        // number lines ("TELEGRAM No. 16022" as the eighth paragraph).
        let formNumberLines =
            body.dropFirst(3).prefix(5).lazy.map(\.text).filter { $0.utf8.count <= 160 && opensWithNumberLabel($0) }
            + body.dropFirst(3).prefix(11).lazy.map(\.text).filter {
                $0.utf8.count <= 80 && opensWithKindWord($0) && namesKindBeforeNumber($0)
            }
        let lines =
            // The lines under the title before the page's lines above it: an edition's document number
            // there ("No. 385 NAI DFA Berlin Embassy 18/2") is no telegram's.
            [title] + (page.parts.first?.heading.map { [$0.text] } ?? [])
            + (page.parts.first?.opener.map(\.unit.text) ?? []) + page.preface.map(\.text)
            + firstParagraphs.lazy.map(\.text).filter { $0.utf8.count <= 160 } + formNumberLines
            + page.citation.compactMap(citationTitle)
        var labelledNumber: String?
        // An edition's number opening a German title ("Nr. 156. Der Botschafter in Rom …"), which the page may
        // repeat on a line of its own ("Nr. 156"), is the edition's, not the telegram's.
        let editionNumber = EuropeanTitle.editionNumber.firstRange(in: title).map {
            String(title[$0].filter(\.isNumber))
        }
        // Once a number is found, only a line naming a kind before its number can replace it.
        for line in lines where line.utf8.count <= 480 && mayHoldNumberLabel(line) && line.containsDecimalDigit {
            // Asked at most once a line: before the pattern when a number was found, else after a match.
            lazy var kindBeforeNumber = namesKindBeforeNumber(line)
            guard labelledNumber == nil || kindBeforeNumber else { continue }
            let line = collapseWhitespace(line)
            guard line.count <= 160, !refersToAnotherTelegram(line), !isEditionNumberBeforeArchive(line) else {
                continue
            }
            // "No. 284", "(65) No. 284" and "No. (65) 284" (a Chinese cable's year), "No. 56 312" (digits in
            // groups of three), "No. 2421/9/53/TJN" (a registry's letters), "No. Mao-1014", a form's "Number:
            // USW-07421" (a series' capitals); not a registry's
            // "File # 11281", nor a copy's "Copy Nº 3".
            if let match = CorrespondentReader.captures(
                #"(?<![Cc]opy|COPY|[Ff]ile|FILE)(?:^|[\s(\[])(\(\d{2}\)\s*)?(?:No|NO|no(?=\.)|Nr|NR|Nº|N°|Number|NUMBER|(?<![Ff]ile )#)\.?:?\s*((?:\(\d{2}\)\s*)?(?:[A-Z][a-z]+-|[A-Z]{2,4}-(?=\d))?(?:\d{1,3}(?: \d{3})+(?!\d)|\d[\d/.\-]*\d|\d)(?:/[A-Za-z0-9]+)*)\b"#,
                in: line), let number = match.groups[1] ?? nil, kindBeforeNumber || number != editionNumber
            {
                let found = (match.groups[0] ?? nil).map { $0.trimmedText + " " + number } ?? number
                // "TELEGRAM No. 16022" below a registry's "No. 536/b": the number a kind of document's name
                // stands before is the telegram's; else the first found.
                if kindBeforeNumber { return found }
                labelledNumber = labelledNumber ?? found
            }
        }
        if let labelledNumber { return labelledNumber }
        // A Hungarian registry line, "131/1963/top secret", and a cablegram's first line, "2154. EMERGENCY
        // SECRET": the number, then markings and nothing else.
        for line in lines where line.utf8.count <= 60 && mayOpenWithNumberBeforeMarkings(line) {
            if let number = numberBeforeMarkings(collapseWhitespace(line))?.number { return number }
        }
        // A Russian office's "№ 2248" on a line of its own, or after the date it closes ("26 мая 1926 г. №
        // 3396"); not a collection's "№ 43 И. В. СТАЛИН …" before a heading, nor a note's "См. док. № 47".
        for line in lines where line.utf8.count <= 48 && line.containsBytes(of: "№") {
            if let match = CorrespondentReader.captures(Self.russianNumberLine, in: collapseWhitespace(line)),
                let number = match.groups[0] ?? nil
            {
                return number
            }
        }
        // "Cablegram 282 CANBERRA, 29 July 1947", "Cablegram P298 CANBERRA", "TELEGRAM 066.621", a German
        // edition's "Telegramm 20   Fiuggi, den 24. Juli 1914": the kind of document, then its number (a
        // series letter or two may open it).
        for line in lines.prefix(12) where line.utf8.count <= 160 {
            // The line opens with a kind of document ("Cablegram", "TELEGRAM", "Telegram").
            guard opensWithKindWord(line),
                let match = CorrespondentReader.captures(
                    #"^(?i:telegramm?|cablegram|cable|ciphergram|cryptogram|radiogram)\s+((?:[A-Z]{1,3}(?=\d))?(?:\d{1,3}(?:[ .]\d{3})+(?!\d)|\d[\d/]*\d|\d))(?=[\s,]|$)"#,
                    in: line)
            else { continue }
            if let number = match.groups[0] ?? nil { return number }
        }
        // FRUS: the first line of the text after the dateline and the receipt, in the opener or the body
        // (after a note the old State Department pages print there, "/1/Source: …"), when the title or the
        // editor's "[Telegram]" line says it is a telegram.
        // The file-number line above the title ("740.61112A/2–2445: Telegram", "714.00/6–254:Telegram") names
        // the kind too; the older volumes' "File No. 812.00/7741" names none, but there a telegram's text opens
        // with its number ("280. The vast injury …") and a despatch's with "No. 580".
        // The file-number line may follow a site's heading lines ("Logo", the volume's title).
        // The editor's receipt line ("[Received November 19, 4.20 p.m.]") says so too: a despatch's text
        // opens with "No. 580", which the expression below does not take.
        let lowerTitle = title.lowercasedText
        let fileNumberSaysTelegram = page.preface.prefix(3).contains {
            $0.text.containsBytes(of: ":Telegram") || $0.text.containsBytes(of: ": Telegram")
                || $0.text.hasPrefix("File No.")
        }
        if let part = page.parts.first,
            lowerTitle.containsBytes(of: "telegram") || lowerTitle.containsBytes(of: "cablegram")
                || fileNumberSaysTelegram
                || part.opener.prefix(8).contains(where: {
                    $0.unit.text.hasPrefix("[Telegram") || $0.unit.text.hasPrefix("[Received")
                })
        {
            // Not a note ("/1/Source: …") nor a receipt line the page repeats below the opener.
            let firstParagraph = part.body.leadingUnits(3).first {
                $0.text.utf8.first != 0x2F && $0.text.utf8.first != 0x5B
            }
            // "SECTO 15097. Subject: …": a series' code before the number belongs to it.
            for unit in part.opener.prefix(8).map(\.unit) + (firstParagraph.map { [$0] } ?? [])
            where unit.text.utf8.first.map({ $0 >= 0x31 && $0 <= 0x39 }) == true || opensWithSeriesNumber(unit.text) {
                // "163. 1. I have been informed": the telegram's number before its first numbered paragraph.
                if let match = CorrespondentReader.captures(
                    #"^((?:[A-Z]{4,6}\s)?\d{2,6})\.(?:\s+(?:\d{1,2}\.\s+)?\p{Lu}|\s*$)"#, in: unit.text)
                {
                    return match.groups[0] ?? nil
                }
            }
        }
        for unit in firstParagraphs where unit.text.utf8.first.map({ $0 >= 0x31 && $0 <= 0x39 }) == true {
            if let match = CorrespondentReader.captures(
                #"^(\d{1,6})\s*[–—-]+\s*(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"#,
                in: unit.text)
            {
                return match.groups[0] ?? nil
            }
        }
        // "1689 15.II.63 at 12:10 hours", "2045 11 October 1991": a registry's line, the number of two to
        // six digits, then the date with its day, month and year.
        lazy var dates = DateRecognizer()
        for line in lines where line.utf8.count <= 60 && line.utf8.first.map({ $0 >= 0x31 && $0 <= 0x39 }) == true {
            let text = collapseWhitespace(line)
            guard let space = text.firstIndex(of: " ") else { continue }
            let number = text[..<space]
            guard (2...6).contains(number.utf8.count), number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let date = dates.firstFullDate(in: String(text[text.index(after: space)...])),
                date.range.lowerBound == 0, date.iso.utf8.count == 10
            else { continue }
            return String(number)
        }
        return closingNumber(page.parts.first)
    }

    /// Whether `line` opens with a kind of document's name (``kindWordsForSender``), in any case; its bytes
    /// are compared in place.
    static func opensWithKindWord(_ line: String) -> Bool {
        // Every kind's name opens with "t", "c" or "r" in either case: the first byte rules out most lines.
        let first = (line.utf8.first ?? 0) | 0x20
        guard first == 0x74 || first == 0x63 || first == 0x72 else { return false }
        let bytes = line.utf8
        return kindWordsForSender.contains { word in
            word.utf8.count <= bytes.count && zip(bytes, word.utf8).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    /// Whether a kind of document's name stands right before a number's label in `line` ("TELEGRAM No.
    /// 16022", "Ciphergram No. 7353", "cable no. 338"), in any case.
    static func namesKindBeforeNumber(_ line: String) -> Bool {
        // The kinds' names end with "gram" or "able" before the space: tested on the bytes first.
        guard ["gram ", "GRAM ", "able ", "ABLE "].contains(where: { line.containsBytes(of: $0) }) else { return false }
        return line.lowercasedText.matches(
            #"\b(?:tele|cable|cipher|crypto|radio)?gram\s+(?:no|nr|n[º°]|number)\b|\bcable\s+(?:no|nr|n[º°]|number)\b"#)
    }

    /// A Hungarian ciphered telegram's closing line: its number, then the signer's initial or post
    /// between dashes ("70 – T.", "– 160 – charge d'affaires –", "– 154 Charges d'Affaires –"), or the
    /// signer's surname, then the number ("-Marjai-179-"); the closer's line or the text's last
    /// paragraph, at most 60 bytes. A number alone between dashes ("– 157 –") counts only on a closer's
    /// line.
    static func closingNumber(_ part: TelegramPart?) -> String? {
        guard let part else { return nil }
        let closerLines = part.closer.prefix(3).map(\.unit.text)
        var lines = closerLines
        if case .paragraph(let last)? = part.body.last { lines.append(last.text) }
        for (index, line) in lines.enumerated() where line.utf8.count <= 60 && line.containsDecimalDigit {
            let trimmed = line.trimmedText
            // "– 157 –": the number alone between dashes, only as a closer's line (the text's last
            // paragraph may be a typescript's page number, "- 2 -").
            if index < closerLines.count,
                let match = CorrespondentReader.captures(#"^[–—-]\s*(\d{2,5})\s*[–—-]$"#, in: trimmed)
            {
                return match.groups[0] ?? nil
            }
            if let match = CorrespondentReader.captures(
                #"^(?:[–—-]\s*)?(\d{1,5})\s+(?:[–—-]\s+)?(?:\p{Lu}\.|(?i:charg[ée]s?\s+d[’']\s?affaires|ambassador))\s*[–—-]?$"#,
                in: trimmed)
                // "-Marjai-179-": the signer's surname, then the number, between hyphens.
                ?? CorrespondentReader.captures(
                    #"^[–—-]\s*\p{Lu}[\p{L}.]+\s*[–—-]\s*(\d{1,5})\s*[–—-]$"#, in: trimmed)
            {
                return match.groups[0] ?? nil
            }
        }
        return nil
    }

    /// The markings without "Unclassified" ("UNCLAS") when another marks a classified text ("Confidential",
    /// "Secret", "Limited Official Use"): a released cable's pages are stamped "UNCLASSIFIED" above the
    /// original's marking, which is the document's.
    static func withoutReleaseMarking(_ markings: [String]) -> [String] {
        func isUnclassified(_ term: String) -> Bool { ["unclassified", "unclas"].contains(term.lowercased()) }
        // "unclassified" and "unclas" hold none of the classified markings' words.
        guard markings.contains(where: isUnclassified),
            markings.contains(where: { term in
                let lower = term.lowercased()
                return ["secret", "confidential", "limited official use", "restricted"].contains {
                    lower.containsBytes(of: $0)
                }
            })
        else { return markings }
        return markings.filter { !isUnclassified($0) }
    }

    /// The office a title names before its kind of document, with no "from" or "to" in it ("Secret North
    /// Vietnam Politburo Cable" → "North Vietnam Politburo", "Romanian Embassy Telegram"), or `nil`.
    /// Classification words in front are dropped; what remains must be an office (``CorrespondentReader/isOffice(_:)``).
    static func officeBeforeKind(_ title: String) -> String? {
        let words = collapseWhitespace(title).split(separator: " ")
        guard words.count >= 2, words.count <= 10, let last = words.last,
            kindWordsForSender.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)),
            !words.contains(where: { ["from", "to"].contains($0.lowercased()) })
        else { return nil }
        var name = words.dropLast()
        while let first = name.first, PageReader.classificationWords.contains(first.lowercased()) {
            name = name.dropFirst()
        }
        let office = name.joined(separator: " ")
        return !office.isEmpty && CorrespondentReader.isOffice(office) ? office : nil
    }

    /// The openings of the kinds ``officeWithWriterBeforeKind(_:)`` reads, after their comma.
    static let writtenKindsAfterComma = [
        ", Report", ", Note", ", Memorandum", ", Record", ", Information", ", Cable", ", Telegram", ", Letter",
        ", Ciphered", ", Coded",
    ]

    /// The office, with its writer in brackets or not, that opens a title before the kind of document,
    /// without an addressee ("Hungarian Embassy in Havana (Beck), Report on Conversation with …" →
    /// "Hungarian Embassy in Havana (Beck)"; "Hungarian Embassy in Canada, Ciphered Telegram, 8 June 1979"
    /// → "Hungarian Embassy in Canada"), or `nil`.
    static func officeWithWriterBeforeKind(_ title: String) -> String? {
        // The kind after its comma, on the bytes, before the expression runs.
        guard writtenKindsAfterComma.contains(where: { title.containsBytes(of: $0) }),
            let match = CorrespondentReader.captures(
                #"^([^(),]{3,80}?(?:\s\([^()]{2,40}\))?),\s+(?:Ciphered\s+|Coded\s+)?(?:Report|Note|Memorandum|Record|Information|Cable|Telegram|Letter)\b"#,
                in: title),
            let office = match.groups[0] ?? nil,
            CorrespondentReader.isOffice(String(office.prefix { $0 != "(" }))
        else { return nil }
        return office
    }

    /// The place written before the document's own date in one of the text's first paragraphs, where a
    /// letterhead ran into the dateline ("English Translation Embassy Pyongyang, 2 September 1953 of the
    /// Polish Republic …" → "Pyongyang"): the capitalised words before the date's comma, after the last
    /// office word (``datelinePlace(_:)``), at most two when no office word stands before them.
    static func placeBeforeDate(_ date: RecognizedDate, page: TelegramPage, recognizer: DateRecognizer) -> String? {
        // A page whose first line is its dateline ("Canberra, 6 March 1964") has it for a title: the title
        // counts only when nothing but the place stands before its date.
        let title = page.titleLine.map { [$0] } ?? []
        let beforeTitle = page.preface + (page.dateLine.map { [$0] } ?? [])
        let units =
            beforeTitle + title + (page.parts.first?.opener.map(\.unit) ?? []) + openingParagraphs(page, blocks: 6)
        // The date's year, written out, is a necessary condition, tested on the bytes before the recogniser runs.
        let year = String(date.iso.prefix(4))
        for (index, unit) in units.enumerated() where unit.text.utf8.count <= 400 && unit.text.containsBytes(of: year) {
            // A dateline's title is short and has its comma before the date, in its first 40 bytes.
            let isTitle = !title.isEmpty && index == beforeTitle.count
            if isTitle, unit.text.utf8.count > 80 || !unit.text.utf8.prefix(40).contains(0x2C) { continue }
            guard let found = recognizer.firstFullDate(in: unit.text), found.iso == date.iso else { continue }
            let before = collapseWhitespace(UTF16Text.substring(unit.text, 0..<found.range.lowerBound))
            if isTitle, before.splitOnASCII(" ").count > 3 { continue }
            guard before.hasSuffix(",") else {
                // "No. 56 228 3 June 1969, Beijing": on a short line, the place after the date.
                if unit.text.utf8.count <= 80, let place = placeAfterDate(found, in: unit.text) { return place }
                continue
            }
            var words: [Substring] = []
            for word in before.dropLast().split(separator: " ").reversed() {
                guard word.first?.isUppercase == true, words.count < 3,
                    !CorrespondentReader.officeWords.contains(word.lowercased())
                else { break }
                words.insert(word, at: 0)
            }
            if words.count == 3 { continue }
            if let place = datelinePlace(words.joined(separator: " ") + ",") { return place }
        }
        return nil
    }

    /// The place a short dispatch line names after its date and a comma, ending the line ("No. 56 228 3 June
    /// 1969, Beijing" → "Beijing"): one to three capitalised words, none a title or an office word.
    static func placeAfterDate(_ date: RecognizedDate, in text: String) -> String? {
        let length = text.utf16.count
        guard date.range.upperBound < length else { return nil }
        let after = UTF16Text.substring(text, date.range.upperBound..<length)
        guard after.hasPrefix(","),
            let match = CorrespondentReader.captures(
                #"^,\s*(\p{Lu}[\p{L}’'\-]*(?:\s\p{Lu}[\p{L}’'\-]*){0,2})\s*$"#, in: after),
            let place = match.groups[0] ?? nil,
            !place.split(separator: " ").contains(where: {
                CorrespondentReader.titleWords.contains($0.lowercased())
                    || CorrespondentReader.officeWords.contains($0.lowercased())
            })
        else { return nil }
        return place
    }

    /// Whether a title holds a comma and a quotation mark after it (", '", ", ‘", ", \"", ", “"): the form
    /// of a title that quotes its subject ("Cable from X, 'Reactions to …'").
    static func quotesAfterComma(_ title: String) -> Bool {
        [", '", ", ‘", ", \"", ", “"].contains(where: title.containsBytes)
    }

    /// The office before a comma and a quoted title ("Embassy of the GDR in the PRC, 'Note about …'" →
    /// "Embassy of the GDR in the PRC"; "Intelligence Note, Polish Embassy in Bucharest, 'Regarding …'" →
    /// "Polish Embassy in Bucharest"), or `nil` when what stands before is no office.
    static func officeBeforeQuotedTitle(_ title: String) -> String? {
        // A title without a comma before a quotation mark has no such office (most have none).
        guard quotesAfterComma(title) else { return nil }
        let text = collapseWhitespace(title)
        guard let comma = text.range(of: ", ") else { return nil }
        guard let quote = text[comma.upperBound...].first, ["'", "‘", "\"", "“"].contains(quote) else {
            // "Intelligence Note, Polish Embassy in Bucharest, 'Regarding …'": the kind of document first,
            // in at most three words.
            let kind = text[..<comma.lowerBound]
            guard kind.split(separator: " ").count <= 3,
                TitlePatterns.kindWords.contains(where: kind.lowercasedText.hasSuffix)
            else { return nil }
            return officeBeforeQuotedTitle(String(text[comma.upperBound...]))
        }
        // "Message from Yugoslav Embassy Addis Ababa, 'The Soviet Ambassador …'": the kind and "from" go.
        let office = TitlePatterns.leadingFrom.replacing(
            in: TitlePatterns.documentKind.replacing(in: text[..<comma.lowerBound], with: ""), with: "")
        guard office.count < 100, CorrespondentReader.isOffice(office),
            CorrespondentReader.isCorrespondentPhrase(office)
        else { return nil }
        return office
    }

    /// Kinds of document a sender's name can stand before.
    static let kindWordsForSender: Set<String> = [
        "cable", "telegram", "ciphergram", "cryptogram", "radiogram", "cablegram",
    ]

    /// Where a page's header lines stand: the preface, the first document's opener, and the paragraphs
    /// among its first `count` blocks (``openingParagraphs(_:blocks:)``).
    static func headerUnits(_ page: TelegramPage, blocks count: Int) -> [TextUnit] {
        page.preface + (page.parts.first?.opener.map(\.unit) ?? []) + openingParagraphs(page, blocks: count)
    }

    /// The paragraphs among the first `count` blocks of the first document (lists, gaps and embedded
    /// messages left out): where header lines stand that the page reader took for text.
    static func openingParagraphs(_ page: TelegramPage, blocks count: Int) -> [TextUnit] {
        (page.parts.first?.body.prefix(count) ?? []).compactMap { block -> TextUnit? in
            if case .paragraph(let unit) = block { return unit } else { return nil }
        }
    }

    /// Short lines near the top that name correspondents without being the title: "The Ambassador in the
    /// Soviet Union (Harriman) to the Secretary of State" under a FRUS file number, "FROM BUDAPEST TO
    /// FOREIGN OFFICE". A candidate has no final period, at most 160 characters, and " to " (any case).
    static func correspondenceLines(_ page: TelegramPage) -> [String] {
        let units = headerUnits(page, blocks: 2)
        // A line the title quotes as its subject ("Cable from the Chinese Embassy in Cuba, 'Reactions to
        // China's Nuclear Test and to …'" above the heading "Reactions to China's Nuclear Test and …", the
        // wording a little changed) names no one: its first three words stand in the title.
        var titleKey: String?
        func isTitlesSubject(_ line: String) -> Bool {
            guard let title = page.titleLine?.text, title.utf8.count > line.utf8.count else { return false }
            let opening = line.split(separator: " ", maxSplits: 3).prefix(3).joined(separator: " ")
            guard opening.utf8.count >= 8 else { return false }
            if collapseWhitespace(title).containsBytes(of: opening) { return true }
            // "India’s Reaction to Our Nuclear Test" under "…, 'India's Reactions to China's Nuclear Test'":
            // the same words in another apostrophe or number, in a title that quotes its subject (the
            // title's key made once).
            guard quotesAfterComma(title) else { return false }
            if titleKey == nil { titleKey = subjectKey(title) }
            return titleKey?.containsBytes(of: subjectKey(opening)) ?? false
        }
        // An edition's bare document number may stand before the line ("338 High Commission in New Delhi to …").
        let lines = units.filter { $0.text.utf8.count <= 480 }.map { collapseWhitespace($0.text) }.filter { line in
            line.count <= 160 && !line.hasSuffix(".")
                && (line.first?.isUppercase == true
                    || line.drop(while: \.isNumber).first == " "
                        && line.drop(while: \.isNumber).dropFirst().first?.isUppercase == true)
                && (line.containsBytes(of: " to ") || line.containsBytes(of: " TO ") || line.containsBytes(of: " To "))
                && line.matches(#"\s(?i:to)\s+(?:the\s+)?\p{Lu}"#)
                // Not a form's transmission note ("Came to the Decoding Department at 05.29.1962 at 23:00"): a
                // time, or a date in a line that opens with "Came" ("Telegram nr.172/62 Comrade Dölling, Moscow
                // to Secretary of State Winzer 26.10.1962" is a correspondence line with its date).
                && !(line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                    && (line.matches(#"\b\d{1,2}:\d{2}\b"#)
                        || (line.hasPrefix("Came") && line.matches(#"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"#))))
                && !isTitlesSubject(line)
                && !isCopyCount(line)
        }
        // "FROM BUDAPEST TO FOREIGN OFFICE": a British cable's address line in capitals, further down the
        // first paragraphs when a page opens with a transcript's description.
        let addressLines = openingParagraphs(page, blocks: 8).compactMap { unit -> String? in
            guard unit.text.utf8.count <= 100, unit.text.hasPrefix("FROM ") else { return nil }
            let line = collapseWhitespace(unit.text)
            return PageReader.isInCapitals(line) && line.containsBytes(of: " TO ") ? line : nil
        }.filter { !lines.contains($0) }
        // The archive's citation sentence in the preface of older Wilson pages ("\"Secret Telegram from A to
        // B,\" May 31, 1963, …").
        let citations = page.preface.map { collapseWhitespace($0.text) }.filter {
            $0.hasPrefix("\"") || $0.hasPrefix("“")
        }
        return lines + addressLines + citations
    }

    /// Number words that open a form's count of copies.
    static let copyCountWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight"]

    /// Whether a line counts copies and where they went ("Three to Center", "One to Embassy", below
    /// "Written: in four copies"): a number word, then " to ".
    static func isCopyCount(_ line: String) -> Bool {
        let first = line.prefix { $0 != " " }
        return first.count <= 5 && line.dropFirst(first.count).hasPrefix(" to ")
            && copyCountWords.contains(first.lowercased())
    }

    /// The part of a citation that can name correspondents: its quoted title ("\"Secret Telegram from A to
    /// B,\" May 31, 1963, …"), or a "Source:" reference; a citation of other prose (an archive's description
    /// of a collection) names none.
    static func citationTitle(_ unit: TextUnit) -> String? {
        let text = collapseWhitespace(unit.text)
        if text.hasPrefix("Source:") || text.hasPrefix("[Source:") { return text }
        guard let open = text.first, open == "\"" || open == "“" else { return nil }
        let rest = text.dropFirst()
        guard let close = rest.firstIndex(where: { $0 == "\"" || $0 == "”" }) else { return nil }
        return String(rest[..<close])
    }

    /// What is trimmed from each comma-separated piece of a title before it is judged a classification.
    private static let titlePieceEdges = CharacterSet(charactersIn: " .!")

    /// Classification words at the head of a title ("Secret Telegram from …", "Top Secret Cable …", with up to
    /// four capitalised words of an office between: "Secret North Vietnam Politburo Cable").
    static func titleClassification(_ title: String) -> String? {
        let lower = title.lowercasedText
        guard ["secret", "confidential", "urgent", "personal"].contains(where: { lower.containsBytes(of: $0) }) else {
            return nil
        }
        let text = TitlePatterns.citationLeadIn.replacing(in: collapseWhitespace(title), with: "")
        guard
            let match = CorrespondentReader.captures(
                #"^((?:(?:Top|Strictly|Most|Very)\s+)?(?:Secret|Confidential|Urgent|Personal)(?:\s+and\s+(?:Personal|Secret|Urgent))?)\s+(?:[A-Z][\w’'.-]*\s+){0,4}(?:Cipher(?:ed)?\s+|Coded\s+)?(?:Telegram|Cable|Ciphergram|Cryptogram|Report|Letter|Memorandum|Note|Message)\b"#,
                in: text)
        else { return nil }
        return match.groups[0] ?? nil
    }

    /// A correspondent phrase without the classification and number a title lists after it, comma by
    /// comma ("Bucharest, TOP SECRET, No. 76.018" → "Bucharest"; "Washington, DC, No.084.504, Urgent,
    /// SECRET" → "Washington, DC"); the first piece always stays.
    static func withoutTrailingMarkings(_ phrase: String) -> String {
        guard phrase.containsBytes(of: ", ") else { return phrase }
        let pieces = phrase.components(separatedBy: ", ")
        guard
            let first = pieces.indices.dropFirst().first(where: { index in
                let piece = pieces[index].trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
                return PageReader.isClassification(piece.lowercased())
                    || piece.matches(#"^(?:No|NO|Nr|Nº|N°|#)\.?\s*\d"#)
            })
        else { return phrase }
        return pieces[..<first].joined(separator: ", ")
    }

    /// The structured sender and addressees from the phrases read (see ``CorrespondentReader``), the
    /// telegram number and place of receipt they carry, and the origin when no line stated it.
    static func readCorrespondentParts(into metadata: inout TelegramMetadata) {
        metadata.sender = metadata.sender.map(withoutTrailingMarkings)
        metadata.recipient = metadata.recipient.map(withoutTrailingMarkings)
        if let sender = metadata.sender { readSenders(sender, into: &metadata) }
        if let recipient = metadata.recipient {
            metadata.recipientParts = correspondentPhrases(recipient).map(CorrespondentReader.read).filter {
                !$0.isEmpty
            }
        }
        if metadata.number == nil {
            metadata.number = metadata.senderParts.number ?? metadata.recipientParts.lazy.compactMap(\.number).first
        }
        if metadata.origin == nil, let place = metadata.senderParts.place {
            metadata.origin = place
            metadata.originIsInferred = true
        }
        if metadata.receivedPlace == nil, metadata.recipientParts.count == 1,
            let place = metadata.recipientParts[0].place,
            metadata.recipientParts[0].person != nil
        {
            metadata.receivedPlace = place
        }
    }

    /// What ends an item of a list of addressees: spaces, tabs and the comma of ", and".
    static let addresseeListPunctuation = CharacterSet(charactersIn: " \t,")

    /// Sets the structured senders (``TelegramMetadata/senderParts``, ``TelegramMetadata/jointSenders``) from
    /// a sender's phrase, replacing any read before: several when ``jointSenders(_:)`` finds them, else the
    /// one ``CorrespondentReader`` reads.
    static func readSenders(_ phrase: String, into metadata: inout TelegramMetadata) {
        if let senders = jointSenders(phrase), let first = senders.first {
            metadata.senderParts = first
            metadata.jointSenders = Array(senders.dropFirst())
        } else {
            metadata.senderParts = CorrespondentReader.read(phrase)
            metadata.jointSenders = []
        }
    }

    /// The senders of a phrase that names several persons or offices, each read as
    /// ``correspondentPhrases(_:)`` splits them ("Kuznetsov and Fedorenko in Pyongyang", "Mao Zedong, Zhou
    /// Enlai and Liu Shaoqi"), in order; a place after the last ("in Pyongyang") is the first sender's, the
    /// one the origin is read from. `nil` for a phrase that names one correspondent (an office whose name
    /// holds "and", a role, a name alone) or any piece that reads as a role or as nothing.
    static func jointSenders(_ phrase: String) -> [Correspondent]? {
        guard phrase.containsBytes(of: " and ") || phrase.containsBytes(of: " And ") || phrase.containsBytes(of: " и ")
        else { return nil }
        var names = collapseWhitespace(phrase)
        var place: String?
        if names.containsBytes(of: " in "),
            let trailing = CorrespondentReader.captures(
                #"^(.+) in (\p{Lu}[\p{L}’'\-]*(?: \p{Lu}[\p{L}’'\-]*){0,2})$"#, in: names),
            let before = trailing.groups[0], let city = trailing.groups[1]
        {
            names = before
            place = city
        }
        let pieces = correspondentPhrases(names)
        guard pieces.count > 1 else { return nil }
        var senders = pieces.map(CorrespondentReader.read)
        guard senders.allSatisfy({ ($0.person != nil) != ($0.office != nil) && $0.role == nil }) else { return nil }
        if let place, senders[0].place == nil { senders[0].place = place }
        return senders
    }

    /// "Axen, Sieber and Krolikowski" (or "А. И. Микоян и М. А. Суслов") → a phrase each; a phrase that is an
    /// office, or holds a parenthesis, stays whole. Addressees and senders are split alike
    /// (``jointSenders(_:)``).
    static func correspondentPhrases(_ phrase: String) -> [String] {
        let text = collapseWhitespace(phrase)
        // "Fadden And Spender": a title in title case capitalises the conjunction. Russian "и" is looked for
        // on the bytes first: few phrases are Russian.
        var listed = text.replacingOccurrences(of: " and ", with: ", ").replacingOccurrences(of: " And ", with: ", ")
        if listed.containsBytes(of: " и ") { listed = listed.replacingOccurrences(of: " и ", with: ", ") }
        var pieces = listed.components(separatedBy: ", ")
            .map { $0.trimming(Self.addresseeListPunctuation, asciiMembers: " \t,") }.filter { !$0.isEmpty }
        // "Washington, DC": the district is the city's, no piece of its own.
        if let district = pieces.indices.dropFirst().first(where: { districtOfColumbia.contains(pieces[$0]) }) {
            pieces[district - 1] += ", " + pieces[district]
            pieces.remove(at: district)
        }
        // "the Romanian Ministry of Foreign Affairs, to comrade Constantin Oancea and Ion Ciubotaru": "to"
        // repeated before a later addressee is no part of it.
        for index in pieces.indices.dropFirst() where pieces[index].hasPrefix("to ") {
            pieces[index] = String(pieces[index].dropFirst(3))
        }
        // Several offices ("AMEMBASSY AMMAN, AMEMBASSY DACCA"; "the Ministry of Foreign Affairs and the
        // Ministry of Higher Education"): each is an addressee when each is an office of its own.
        if pieces.count > 1, !text.contains("("),
            pieces.allSatisfy({
                CorrespondentReader.isOffice($0) && CorrespondentReader.cleaned($0).first?.isUppercase == true
            })
        {
            return pieces
        }
        // Persons and an office listed with commas and a conjunction ("Mao Zedong, Liu Shaoqi, and CCP Central
        // Committee"; "Mexican Embassy, Rio de Janeiro" is an office and its place):
        // each a correspondent when each person's name has two words or more (a single word may be an
        // office's last, "Ministry of Foreign Affairs and Trade"). Without a comma, "and" may join the words
        // of one name ("Committee to Defend World Peace and Combat U.S. Aggression").
        // `listed` replaced each conjunction by a comma: it is shorter when the phrase had one.
        let hasConjunction = listed.utf8.count < text.utf8.count
        if pieces.count > 1, hasConjunction, text.containsBytes(of: ", "), !text.contains("("),
            pieces.contains(where: { !CorrespondentReader.isOffice($0) }),
            pieces.contains(where: CorrespondentReader.isOffice),
            pieces.allSatisfy({ piece in
                if CorrespondentReader.isOffice(piece) {
                    return CorrespondentReader.cleaned(piece).first?.isUppercase == true
                }
                let name = CorrespondentReader.stripTitles(piece)
                return name.splitOnASCII(" ").count >= 2 && CorrespondentReader.isNameLike(name)
            })
        {
            return pieces
        }
        // "Soviet Politburo members Mikoyan and Suslov": the members listed after the body are each a
        // correspondent, though the body's name makes the phrase look like an office.
        if text.containsBytes(of: " members "), let members = text.range(of: " members ") {
            let names = text[members.upperBound...].replacingOccurrences(of: " and ", with: ", ")
                .components(separatedBy: ", ").filter { !$0.isEmpty }
            if names.count > 1,
                names.allSatisfy({ CorrespondentReader.isNameLike($0) && !CorrespondentReader.isOffice($0) })
            {
                return names
            }
        }
        guard !CorrespondentReader.isOffice(text), !text.contains("(") else { return [text] }
        guard pieces.count > 1,
            pieces.allSatisfy({
                CorrespondentReader.isNameLike(
                    CorrespondentReader.stripTitles(CorrespondentReader.withoutTrailingGloss($0)))
            })
        else { return [text] }
        return pieces
    }

    /// How a list writes the District of Columbia after "Washington".
    static let districtOfColumbia: Set<String> = ["DC", "D.C.", "D. C."]

    /// Month abbreviations of date-time groups.
    static let telegraphicMonths = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ]

    /// A US cable's routing block, where the page gives one: the date-time group (`P 110913Z SEP 74`: the
    /// date with its UTC time), `FM` (the sender and origin), the first `TO` (the addressee), and the
    /// telegram number of the post's serial line (`S E C R E T SOFIA 1611`, `STATE 123456`, `TEL AVIV
    /// SECTION 1 OF 2 8023`, `STATE 181062 TOSEC 190010`: a section's place and a series' own number
    /// around it). Only the first
    /// 60 lines are searched, and only lines that open with these fields.
    static func readTelegraphicHeader(_ page: TelegramPage, into metadata: inout TelegramMetadata) {
        let units =
            page.preface + (page.titleLine.map { [$0] } ?? []) + (page.parts.first?.opener.map(\.unit) ?? [])
            + openingParagraphs(page, blocks: 4)
        // A routing block has an "FM " line, or (run into one paragraph by text extraction) " FM " before a
        // telegraphic address: pages without one are left at once.
        let lines: [String]
        if units.contains(where: { $0.text.hasPrefix("FM ") || $0.text.containsBytes(of: "\nFM ") }) {
            // 60 lines from the first, or from 30 before the "FM " line when a State Department print's
            // distribution list ("AF-01", "EB-01", … a line each) put it further down.
            // Each unit is split once, and only as far as the 60 lines need: up to 400 lines while no "FM "
            // line is found, then up to 30 lines after it.
            var all: [Substring] = []
            var fromLine: Int?
            for unit in units {
                for line in unit.text.splitOnASCII("\n") {
                    if fromLine == nil, all.count < 400, line.hasPrefix("FM ") { fromLine = all.count }
                    all.append(line)
                }
                if all.count >= 400 || fromLine.map({ all.count >= max(0, $0 - 30) + 60 }) == true { break }
            }
            let start = max(0, (fromLine ?? 0) - 30)
            lines = all.prefix(400)[min(start, all.count)...].prefix(60).map { collapseWhitespace(String($0)) }
        } else if let runOn = units.lazy.compactMap(runOnRoutingLines).first {
            lines = runOn
        } else {
            return
        }
        var from: String?
        var to: String?
        var dateTime: (iso: String, text: String)?
        var post: String?
        var collectingAddressees = false
        /// An address line without precedence and serial number ("SECSTATE WASHDC PRIORITY 8591").
        func addressee(_ line: String) -> String {
            line.replacingPattern(#"\s+(?:IMMEDIATE|PRIORITY|ROUTINE|NIACT|FLASH)\b.*$"#, with: "")
                .replacingPattern(#"\s+\d{2,6}$"#, with: "")
        }
        /// The precedence an action addressee's line gives ("NIACT IMMEDIATE"; routine is the default and
        /// not recorded).
        func recordPrecedence(_ line: String) {
            guard
                line.containsBytes(of: "IMMEDIATE") || line.containsBytes(of: "PRIORITY")
                    || line.containsBytes(of: "NIACT") || line.containsBytes(of: "FLASH"),
                let match = CorrespondentReader.captures(
                    #"\s((?:IMMEDIATE|PRIORITY|NIACT|FLASH)(?:\s+(?:IMMEDIATE|PRIORITY|NIACT|FLASH))*)\b"#, in: line),
                let precedence = match.groups[0] ?? nil
            else { return }
            metadata.addClassification(precedence)
        }
        for line in lines {
            if collectingAddressees, !CorrespondentReader.isTelegraphicAddress(line), !line.hasPrefix("TO ") {
                collectingAddressees = false
            }
            if let marking = spacedClassification(line) {
                // "S E C R E T SECTION 1 OF 2 SANTIAGO 1341", "C O N F I D E N T I A L STATE 261731".
                metadata.addClassification(marking)
            } else if line == "UNCLAS" || line.hasPrefix("UNCLAS ") {
                // "UNCLAS STATE 375950", "UNCLAS TEHRAN 0893": the telegraphic word for an unclassified text.
                metadata.addClassification("Unclassified")
            } else if line.utf8.count <= 40, PageReader.isClassification(line.lowercased()) {
                // "EXDIS", "NODIS", "CONFIDENTIAL" (repeated at every page break: kept once).
                metadata.addClassification(line.trimmingCharacters(in: CharacterSet(charactersIn: "().")))
            }
            // "P 110913Z SEP 74"; in OCR the zone's "Z" may be read as a "2" ("P 2715122 AUG 93"), and the
            // precedence's letter in lower case ("o 221607Z JUL 96").
            if dateTime == nil, line.containsBytes(of: "Z") || line.containsBytes(of: "2 "),
                let match = CorrespondentReader.captures(
                    #"^(?:(?:[ZOPR]{1,2}|[zopr]|NIACT|FLASH)\s*){0,3}(\d{2})(\d{2})(\d{2})(?:\s?Z|2)\s+([A-Z]{3})\s+(\d{2}|\d{4})\b"#,
                    in: line),
                let day = match.groups[0].flatMap({ Int($0) }), let hour = match.groups[1],
                let minute = match.groups[2], let monthText = match.groups[3],
                let month = telegraphicMonths.firstIndex(of: monthText).map({ $0 + 1 }),
                let yearText = match.groups[4], let year = DateRecognizer.fullYear(yearText),
                (1...31).contains(day)
            {
                dateTime = (DateRecognizer.isoDay(year: year, month: month, day: day) + "T\(hour):\(minute):00Z", line)
            } else if from == nil, let match = CorrespondentReader.captures(#"^FM\s+(.+)$"#, in: line) {
                from = match.groups[0] ?? nil
                // "FM THE SITUATION ROOM //TOHAK 003//": the message's series and number between slashes.
                if let address = from, address.hasSuffix("//"),
                    let series = CorrespondentReader.captures(#"\s*//\s*([A-Z]+\s*\d+)\s*//$"#, in: address)
                {
                    from = series.remainder
                    if metadata.number == nil { metadata.number = series.groups[0] ?? nil }
                }
                post = from.map { CorrespondentReader.read($0).place?.uppercased() ?? "" }
            } else if to == nil, from != nil, let match = CorrespondentReader.captures(#"^TO\s+(.+)$"#, in: line) {
                to = (match.groups[0] ?? nil).map(addressee)
                // "TO PETER RODMAN FOR SECRETARY KISSINGER": the person addressed and the one it is for are
                // both addressees.
                if let address = to, address.containsBytes(of: " FOR "),
                    !CorrespondentReader.isTelegraphicAddress(address)
                {
                    to = address.replacingOccurrences(of: " FOR ", with: ", ")
                }
                recordPrecedence(line)
                collectingAddressees = true
            } else if collectingAddressees, to != nil, CorrespondentReader.isTelegraphicAddress(line) {
                to? += ", " + addressee(line)
                recordPrecedence(line)
            } else if metadata.number == nil, let post, !post.isEmpty,
                let match = CorrespondentReader.captures(
                    #"(?:^|\s)(?:"# + NSRegularExpression.escapedPattern(for: post)
                        + #"|STATE)(?:\s+SECTION\s+\d{1,2}\s+OF\s+\d{1,2})?\s+(\d{2,6})(?:\s+[A-Z]{4,6}\s+\d{2,6})?$"#,
                    in: line)
            {
                metadata.number = match.groups[0] ?? nil
            }
        }
        guard let from, let to else { return }
        metadata.sender = from
        metadata.recipient = to
        if let dateTime, metadata.date.map({ $0.iso.count <= 10 }) ?? true {
            metadata.date = RecognizedDate(
                range: 0..<0, iso: dateTime.iso, certainty: nil, year: Int(dateTime.iso.prefix(4)) ?? 0)
            metadata.dateText = dateTime.text
        }
    }

    /// The fields of a routing block that text extraction ran into one paragraph ("… 46 O 091603Z NOV 77
    /// ZFF-4 FM AMEMBASSY MOSCOW TO SECSTATE WASHDC NIACT IMMEDIATE 4280 S E C R E T SECTION 1 OF 2 MOSCOW
    /// 16276 NODIS …"), each on a line of its own: a line opens at a date-time group, at FM or TO before a
    /// telegraphic address, at a letter-spaced classification, at a distribution caveat and at E.O., TAGS
    /// and SUBJECT. `nil` unless the paragraph's first 3,000 bytes hold " FM " before a telegraphic address.
    static func runOnRoutingLines(_ unit: TextUnit) -> [String]? {
        guard unit.text.containsBytes(of: " FM ") else { return nil }
        let head = String(decoding: unit.text.utf8.prefix(3_000), as: UTF8.self)
        guard CorrespondentReader.telegraphicAddresses.contains(where: { head.containsBytes(of: " FM " + $0.0 + " ") })
        else { return nil }
        let addresses = CorrespondentReader.telegraphicAddresses.map(\.0).joined(separator: "|")
        // Two expressions, each within the length TextPattern allows: the routing fields, then the markings
        // and the captions.
        let split = collapseWhitespace(head).replacingPattern(
            #"\s(?=(?:[OPRZ]\s\d{6}Z\s[A-Z]{3}\s\d{2}\b|(?:FM|TO|INFO)\s(?:"# + addresses + #")\b))"#, with: "\n"
        ).replacingPattern(
            #"\s(?=(?:S\sE\sC\sR\sE\sT\b|C\sO\sN\sF\sI|T\sO\sP\sS|L\sI\sM\sI|U\sN\sC\sL|(?:NODIS|EXDIS|LIMDIS)\b|E\.?\s?O\.?\s\d|TAGS\b|SUBJECT\b))"#,
            with: "\n")
        return split.splitOnASCII("\n").prefix(60).map { String($0) }
    }

    /// Security classifications a cable writes letter-spaced at the head of its text, without spaces.
    static let spacedClassifications: [(letters: String, term: String)] = [
        ("TOPSECRET", "TOP SECRET"), ("SECRET", "SECRET"), ("CONFIDENTIAL", "CONFIDENTIAL"),
        ("LIMITEDOFFICIALUSE", "LIMITED OFFICIAL USE"), ("UNCLASSIFIED", "UNCLASSIFIED"),
    ]

    /// The classification of a line opening with single letters spaced out ("S E C R E T SECTION 1 OF 2
    /// SANTIAGO 1341" → "SECRET"), or `nil`. Only a known classification is accepted, so a line of initials
    /// is not one.
    static func spacedClassification(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        guard bytes.count >= 11, bytes[1] == 0x20, bytes[3] == 0x20 else { return nil }
        var letters: [UInt8] = []
        var index = 0
        // Single capital letters, each followed by one or two spaces (or the end).
        while index < bytes.count, (0x41...0x5A).contains(bytes[index]),
            index + 1 == bytes.count || bytes[index + 1] == 0x20
        {
            letters.append(bytes[index])
            index += 1
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        }
        let joined = String(decoding: letters, as: UTF8.self)
        return spacedClassifications.first { $0.letters == joined }?.term
    }

    /// Nouns of offices that stand in a place, which a place after them names ("Polish Embassy,
    /// Washington", "Foreign Ministry, Moscow").
    static let postedOfficeNouns: Set<String> = [
        "embassy", "legation", "consulate", "mission", "delegation", "ministry",
    ]

    /// Whether `phrase` ends with one of ``postedOfficeNouns``.
    static func endsWithPostedOfficeNoun(_ phrase: Substring) -> Bool {
        // The nouns have 7 to 10 bytes: the last word's length is tested before it is made a string.
        let bytes = phrase.utf8
        let lastSpace = bytes.lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
        let last = bytes[lastSpace...]
        guard (7...10).contains(last.count) else { return false }
        return postedOfficeNouns.contains(String(decoding: last, as: UTF8.self).lowercased())
    }

    /// `phrase` without a subject after the addressee that a lower-case "on" opens and a lower-case word
    /// of its own shows to be a subject ("Letter from UK Embassy in Paris to London on Franco-Indian
    /// agreement"). A body's name keeps its "on", as only capitalised words and "the", "of", "and", "for"
    /// follow it ("Committee on the Peaceful Uses of Outer Space").
    static func withoutLowerCaseSubject(_ phrase: String) -> String {
        // On the bytes first: few phrases hold both " on " and " to ".
        guard phrase.containsBytes(of: " on "), phrase.containsBytes(of: " to "), let to = phrase.range(of: " to "),
            let on = phrase.range(of: " on ", range: to.upperBound..<phrase.endIndex)
        else { return phrase }
        let subject = phrase[on.upperBound...].split(separator: " ")
        guard
            subject.contains(where: { word in
                word.first?.isLowercase == true && !bodyNameFunctionWords.contains(String(word))
            })
        else { return phrase }
        return String(phrase[..<on.lowerBound])
    }

    /// The lower-case words a body's name holds after "on" ("Committee on the Peaceful Uses of Outer Space").
    static let bodyNameFunctionWords: Set<String> = ["the", "of", "and", "for", "a", "an", "in", "to"]

    /// The words that open a title's subject after the kind of document ("Telegrams on Visit to China …",
    /// "report on the work of …"), with their space.
    static let subjectOpeners = ["on ", "about ", "concerning ", "regarding "]

    /// Finds "X to Y" in a title-like text; returns whether it found a pair.
    static func readCorrespondents(_ text: String, into metadata: inout TelegramMetadata) -> Bool {
        // A row of a form's table flattened into text ("From | : Ambassador to Germany [Illegible] |") is no
        // title: its fields are read as fields (``readLabelledCorrespondents(_:into:)``).
        if text.containsBytes(of: "|"), isTableRow(text) { return false }
        let collapsed = TitlePatterns.leadingDate.replacing(in: collapseWhitespace(text), with: "")
        var phrase = TitlePatterns.documentNumber.replacing(in: collapsed, with: "")
        if let range = TitlePatterns.containingMessage.firstRange(in: phrase) {
            // The quoted author stays in the title text; the correspondents are the cable's.
            phrase.removeSubrange(range)
        }
        // Drop a citation's lead-in, the kind of document, and any trailing date, time or subject.
        phrase = TitlePatterns.citationLeadIn.replacing(in: phrase, with: "")
        let beforeKind = phrase.utf8.count
        phrase = TitlePatterns.documentKind.replacing(in: phrase, with: "")
        let opensWithKind = phrase.utf8.count < beforeKind
        // "South Korean Telegrams on Visit to China by …": what follows the kind is its subject, no
        // correspondent.
        // "Annual report on the work of the Irish Legation … from Charles Bewley to Joseph P. Walshe": a
        // subject before "from" and "to" is no correspondent; the correspondents follow its last "from".
        for subjectWord in subjectOpeners where phrase.startsWithBytes(of: subjectWord) {
            guard let from = phrase.range(of: " from ", options: .backwards),
                phrase[from.upperBound...].containsBytes(of: " to ")
            else { return false }
            phrase = String(phrase[from.upperBound...])
            break
        }
        phrase = TitlePatterns.leadingFrom.replacing(in: phrase, with: "")
        phrase = TitlePatterns.trailingSubject.replacing(in: phrase, with: "")
        phrase = TitlePatterns.titleCaseSubject.replacing(in: phrase, with: "")
        phrase = TitlePatterns.reportingSubject.replacing(in: phrase, with: "")
        phrase = withoutLowerCaseSubject(phrase)
        // "Nikishov to Beria - Henry A. Wallace’s visit to …": a subject after a spaced dash, once the pair
        // stands before it.
        if let dash = TitlePatterns.trailingDashSubject.firstRange(in: phrase),
            phrase[..<dash.lowerBound].containsBytes(of: " to ") || phrase[..<dash.lowerBound].containsBytes(of: " TO ")
        {
            phrase.removeSubrange(dash)
        }
        // "X to Y, Ottawa, October 4, 1941": the place before the date is where the letter was written;
        // after a mission ("… to Polish Embassy, Washington, 29 May 1962") it is the mission's post.
        if let placeAndDate = TitlePatterns.trailingPlaceAndDate.firstRange(in: phrase),
            !endsWithPostedOfficeNoun(phrase[..<placeAndDate.lowerBound])
        {
            let piece = phrase[placeAndDate].dropFirst().trimmingCharacters(in: .whitespaces)
            let place = piece.prefix { $0 != "," }.trimmingCharacters(in: .whitespaces)
            // "…, Ciphered Telegram, 8 June 1979": a kind of document is no place.
            let lastWord = place.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if metadata.origin == nil, CorrespondentReader.isNameLike(place), !kindWordsForSender.contains(lastWord) {
                metadata.origin = place
            }
            phrase.removeSubrange(placeAndDate)
        }
        phrase = TitlePatterns.trailingDate.replacing(in: phrase, with: "")
        phrase = TitlePatterns.trailingQuotation.replacing(in: phrase, with: "")
        // " to " has no canonically equivalent spelling, so Foundation finds it only where its bytes are. A
        // title written in capitals ("TELEGRAM, EMBASSY OF HUNGARY IN NORTH VIETNAM TO THE HUNGARIAN FOREIGN
        // MINISTRY") has " TO ".
        let separator = phrase.containsBytes(of: " to ") ? " to " : PageReader.isInCapitals(phrase) ? " TO " : " to "
        // "Memo of Meeting Between Bulgarian Deputy Foreign Minister, Maria Zaharieva, and North Korean
        // Ambassador to Bulgaria, Ha Dong-yun": a meeting's participants, not a letter's correspondents; a
        // " to " there is an office's ("Ambassador to Bulgaria").
        if TitlePatterns.meetingBetween.firstRange(in: collapsed) != nil {
            readSenderOnly(text, phrase: phrase, into: &metadata)
            return false
        }
        // "Journal of Soviet Ambassador in the DPRK A. M. Puzanov for 18 May 1958": the keeper of a journal
        // or diary writes it; what follows names no addressee.
        if let keeper = journalKeeper(collapsed) {
            if metadata.sender == nil { metadata.sender = keeper }
            return false
        }
        let hasTo = phrase.containsBytes(of: separator)
        guard hasTo, let to = phrase.range(of: separator, options: .backwards) ?? phrase.range(of: separator) else {
            // "Cablegram to Critchley": the kind of document, then its addressee alone.
            if opensWithKind, metadata.recipient == nil, let addressee = addresseeAfterLeadingTo(phrase) {
                metadata.recipient = addressee
                return false
            }
            // "Cable Received by the Ministry of Foreign Affairs": the office named received the cable, it
            // sent nothing; the sender is read elsewhere or not at all.
            if let first = phrase.utf8.first, first | 0x20 == 0x72, phrase.utf8.count > 12,
                phrase.prefix(12).lowercased() == "received by "
            {
                return false
            }
            // "Secret North Vietnam Politburo Cable": an office named before the kind of document sends it.
            if metadata.sender == nil, let office = officeBeforeKind(text) {
                metadata.sender = office
                return false
            }
            // "Hungarian Embassy in Havana (Beck), Report on Conversation with …": an office and its writer in
            // brackets, then the kind of what they wrote, with no addressee.
            if metadata.sender == nil, let office = officeWithWriterBeforeKind(collapsed) {
                metadata.sender = office
                return false
            }
            // "Embassy of the GDR in the PRC, 'Note about a “Club Talk” …'": an office, then the quoted title
            // of what it wrote.
            if metadata.sender == nil, let office = officeBeforeQuotedTitle(text) {
                metadata.sender = office
                return false
            }
            readSenderOnly(text, phrase: phrase, into: &metadata)
            return false
        }
        // The last " to " first ("Mao to Stalin, via Kovalev to Moscow" is rare, a sender with " to " in its
        // office is not); then the first, the addressee's phrase ending at a comma before a subject of its
        // own ("… to the Romanian Ministry of Foreign Affairs, Pol Pot’s Visit to the DPRK").
        // "Australian Mission to the United Nation’s 843 to you.2": a reference to another telegram sent to
        // the reader names no correspondents.
        if Self.isPronoun(String(phrase[to.upperBound...])) { return false }
        let first = phrase.range(of: separator)
        for split in [to] + (first.map { $0 == to ? [] : [$0] } ?? []) {
            var sender = String(phrase[..<split.lowerBound])
            var recipient = String(phrase[split.upperBound...])
            if split != to, let comma = recipient.range(of: ", "),
                !CorrespondentReader.isNameLike(String(recipient[comma.upperBound...]))
            {
                recipient = String(recipient[..<comma.lowerBound])
            }
            var intermediary: String?
            if let via = TitlePatterns.via.firstRange(in: recipient) {
                intermediary = String(recipient[via]).replacingPattern(#"^\s*\[via\s+|\]$"#, with: "")
                recipient.removeSubrange(via)
            }
            sender = withoutCorrespondentPunctuation(sender)
            recipient = withoutCorrespondentPunctuation(recipient)
            guard !sender.isEmpty, !recipient.isEmpty, sender.count < 120, recipient.count < 120,
                CorrespondentReader.isCorrespondentPhrase(sender), CorrespondentReader.isCorrespondentPhrase(recipient),
                // "Minister of National Defense Chiang’s Visit to Japan": a journey's " to " names no addressee.
                !Self.endsWithMovementNoun(sender),
                // "the Czechoslovak Ambassador to Rome, Oldzhich Kaiser": the " to " is the office's.
                !Self.isPostOfTitle(sender: sender, recipient: recipient)
            else { continue }
            metadata.sender = sender
            metadata.recipient = recipient
            if let intermediary { metadata.intermediary = intermediary }
            return true
        }
        // "Soviet Embassy in East Germany, Report for CPSU CC Summarizing Visit to Somalia …": the " to " was a
        // journey's; an office before the kind of document wrote it.
        if metadata.sender == nil, let office = officeWithWriterBeforeKind(collapsed) {
            metadata.sender = office
            return false
        }
        // "Untitled report from Mieczysław Dedo, Polish Ambassador to the DPRK, following his conversation
        // …": the " to " belongs to the sender's office; the title names its sender only.
        readSenderOnly(text, phrase: phrase, into: &metadata)
        return false
    }

    /// The addressee of a phrase that opens with "to" ("to Critchley", "TO THE MINISTER"): the rest, when
    /// it is a correspondent's phrase and no pronoun; `nil` otherwise.
    static func addresseeAfterLeadingTo(_ phrase: String) -> String? {
        guard phrase.hasPrefix("to ") || phrase.hasPrefix("To ") || phrase.hasPrefix("TO ") else { return nil }
        let addressee = withoutCorrespondentPunctuation(String(phrase.dropFirst(3)))
        guard !addressee.isEmpty, addressee.count < 120, !isPronoun(addressee),
            CorrespondentReader.isCorrespondentPhrase(addressee)
        else { return nil }
        return addressee
    }

    /// Whether `phrase` is a personal pronoun ("you", "you.2" with a footnote's mark, "us"), in any case.
    static func isPronoun(_ phrase: String) -> Bool {
        guard phrase.utf8.count <= 8 else { return false }
        let word = phrase.lowercased().trimmingCharacters(in: CharacterSet.letters.inverted)
        return ["you", "us", "me", "him", "her", "them"].contains(word)
    }

    /// `text`'s words in lower case, with one apostrophe and no plural "s" ("India’s Reactions to" →
    /// "india' reaction to"): a subject written twice with small differences gives the same key.
    static func subjectKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func endWord() {
            if word.count > 3, word.last == "s" { word.removeLast() }
            if !word.isEmpty {
                if !key.isEmpty { key.append(" ") }
                key.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ": endWord()
            case "’": word.append("'")
            case "A"..."Z": word.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
            default: word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        endWord()
        return String(key)
    }

    /// The keeper of a journal or diary a title names ("Journal of Soviet Ambassador in the DPRK A. M. Puzanov
    /// for 18 May 1958", "From the Diary of P. F. Yudin, Record of Conversation with Mao Zedong"): the phrase
    /// after "Journal of" or "Diary of" (in any case, "From the" before it), up to a comma or to " for " before
    /// the period it covers; `nil` when the title does not open so or the phrase is no correspondent's.
    static func journalKeeper(_ title: String) -> String? {
        // The opening is tested on the bytes, in any ASCII case, before anything else is read.
        guard
            let opening = ["journal of ", "diary of ", "from the journal of ", "from the diary of "].first(where: {
                title.utf8.count > $0.utf8.count && title.utf8.opensWithASCIIWord($0)
            })
        else { return nil }
        var rest = Substring(title).dropFirst(opening.count).drop { $0 == " " }
        if let comma = rest.range(of: ", ") { rest = rest[..<comma.lowerBound] }
        if let period = rest.range(of: #"\s+for\s+(?:the\s+period\b|\d)"#, options: .regularExpression) {
            rest = rest[..<period.lowerBound]
        }
        let keeper = withoutCorrespondentPunctuation(String(rest))
        guard !keeper.isEmpty, keeper.count < 120, CorrespondentReader.isCorrespondentPhrase(keeper) else { return nil }
        return keeper
    }

    /// "December 19, 1967" / "China Division" / the text: an office's name alone, in mixed case, opening the
    /// text or right below its date line, for a document whose title names no sender: the office that wrote
    /// it. At most six words and 60 bytes, no digit, an office (``CorrespondentReader/isOffice(_:)``) and no
    /// prose; a line in capitals is left to the forms' letterheads (a received telegram's is the addressee's).
    static func officeOpeningText(_ page: TelegramPage) -> String? {
        let opener = page.parts.first?.opener ?? []
        let index = opener.firstIndex(where: { $0.kind == .date }).map { $0 + 1 } ?? 0
        guard index < opener.count else { return nil }
        let line = opener[index].unit.text.trimmedText
        // A form's field ("Place of mission: New York City") names no office.
        guard line.utf8.count <= 60, !line.containsDecimalDigit, !line.containsBytes(of: ":"),
            !PageReader.isInCapitals(line),
            line.split(separator: " ").count <= 6, CorrespondentReader.isOffice(line),
            CorrespondentReader.isCorrespondentPhrase(line)
        else { return nil }
        return line
    }

    /// The signature block of a document's closer (``TelegramMetadata/signature``): its first signature
    /// line, and when that line names a role, the signature lines below it up to the first line of another
    /// kind; a bracketed remark between them ("[signature]") is passed over.
    static func signatureBlock(_ part: TelegramPart) -> [SignatureLine] {
        guard let first = part.closer.firstIndex(where: { $0.kind == .signature }) else { return [] }
        var block: [SignatureLine] = []
        for line in part.closer[first...] {
            if line.kind == .bracketed { continue }
            guard line.kind == .signature else { break }
            let text = line.unit.text
            // The name alone counts where the line holds more ("Ambassador … [Signature] V. Pisarev", "Ferenc
            // Rátkai chargé d'affaires ad interim", "USSR MFA DVO (B. VERESHCHAGIN)").
            let name = PageReader.signedName(text) ?? Substring(text)
            let signatureLine = SignatureLine(
                sourceLine: line.unit.line, namesRole: namesRole(text),
                // Words with a letter: the dashes and the number of "– Monori – 423 –" are none.
                isShort: name.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }.count <= 4
            )
            block.append(signatureLine)
            if block.count == 1, !signatureLine.namesRole { break }
        }
        return block
    }

    /// Whether a signature line holds a title or role word (``EntityTagger/personTitles``,
    /// ``EntityTagger/roleWords``): a role under which the name follows.
    static func namesRole(_ line: String) -> Bool {
        line.split(whereSeparator: { !$0.isLetter }).contains {
            let word = $0.lowercasedText
            return EntityTagger.personTitles.contains(word) || EntityTagger.roleWords.contains(word)
        }
    }

    /// Nouns of a journey or an approach, after which " to " leads to a place or a matter, not to an
    /// addressee ("Chiang’s Visit to Japan", "Zhou Enlai's Trip to Moscow", "Reply to the Note"), and the
    /// words with which "to" is a compound preposition ("Documents Relating to New Zealand's
    /// Participation …", "According to …", "Prior to …").
    static let movementNouns: Set<String> = [
        "visit", "visits", "trip", "trips", "journey", "tour", "travel", "return", "reply", "response", "answer",
        "approach", "attitude", "invitation", "relating", "according", "owing", "due", "prior", "addition",
        "regard", "respect", "reference", "relation", "pursuant", "contrary",
    ]

    /// Whether " to " joins an office-holder's title to its post, not a sender to an addressee: the phrase
    /// before it ends with the title ("the Czechoslovak Ambassador") and the phrase after it is a place, a
    /// comma and the holder's name ("Rome, Oldzhich Kaiser").
    static func isPostOfTitle(sender: String, recipient: String) -> Bool {
        guard recipient.containsBytes(of: ", "), let last = sender.split(separator: " ").last,
            CorrespondentReader.isOfficeHoldersTitle(last), let comma = recipient.range(of: ", ")
        else { return false }
        let post = String(recipient[..<comma.lowerBound])
        let holder = String(recipient[comma.upperBound...])
        return post.split(separator: " ").count <= 3 && CorrespondentReader.isNameLike(post)
            && (2...3).contains(holder.split(separator: " ").count) && CorrespondentReader.isNameLike(holder)
    }

    /// Whether a phrase's last word is one of ``movementNouns`` (any case).
    static func endsWithMovementNoun(_ phrase: String) -> Bool {
        guard let last = phrase.split(separator: " ").last else { return false }
        return movementNouns.contains(last.lowercased())
    }

    /// The sender of a title that names no addressee ("Telegram from the Brazilian Embassy in Havana
    /// (Bastian Pinto)"): the phrase after "from", without the subject a comma puts after it ("from Polish
    /// Embassy in Bucharest, Ambassador X's Meeting with …" → the office; "from Mieczysław Dedo, Polish
    /// Ambassador to the DPRK, following his conversation …" → the name and the office held), or after "by"
    /// ("Note by the East German Embassy in Hanoi on a Conversation …" → the office, without the subject
    /// "on a …"). `phrase` is the title without its kind of document, "from" or "by", and trailing subject.
    static func readSenderOnly(_ text: String, phrase: String, into metadata: inout TelegramMetadata) {
        let lower = text.lowercasedText
        guard metadata.sender == nil else { return }
        // "Memo from a Telegraph Report of Ashurov from Tehran": a report's writer after "of", then the place
        // it came from.
        // " from " and " of " or " by " on the bytes before the expression runs.
        if phrase.containsBytes(of: " from "), phrase.containsBytes(of: " of ") || phrase.containsBytes(of: " by "),
            let report = CorrespondentReader.captures(
                #"(?i:report|telegram|cable|letter|message|dispatch)\s+(?:of|by)\s+(\p{Lu}[\p{L}.’'\- ]{1,60}?)\s+from\s+(\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+){0,2})$"#,
                in: phrase), let writer = report.groups[0], let place = report.groups[1],
            CorrespondentReader.isCorrespondentPhrase(writer)
        {
            metadata.sender = writer
            if metadata.origin == nil { metadata.origin = place }
            return
        }
        guard lower.containsBytes(of: "from") || lower.containsBytes(of: "by "),
            text.matches(#"(?i:\b(?:from|by)\s)"#), !phrase.isEmpty, phrase.count < 160,
            phrase != collapseWhitespace(text)
        else { return }
        var sender = phrase
        // "Note by the East German Embassy in Hanoi on a Conversation of …": the subject after "on".
        if let subject = sender.firstRange(of: #"\s(?:on|about|concerning|regarding)\s+(?:a|an|the)\s"#) {
            sender = String(sender[..<subject.lowerBound])
        }
        // A subject after a comma opens with a lower-case word ("…, following his conversation").
        if let subject = sender.firstRange(of: #",\s+\p{Ll}"#) { sender = String(sender[..<subject.lowerBound]) }
        if let comma = sender.range(of: ", ") {
            let before = String(sender[..<comma.lowerBound])
            let after = String(sender[comma.upperBound...])
            if CorrespondentReader.isOffice(before), !CorrespondentReader.isNameLike(after) { sender = before }
        }
        sender = withoutCorrespondentPunctuation(sender)
        if sender.count < 120, CorrespondentReader.isCorrespondentPhrase(sender) { metadata.sender = sender }
    }

    /// Names after a phrase like "translated by": "A and B", "A, B".
    static func people(after pattern: String, in text: String) -> [String] {
        var result: [String] = []
        var search = text.startIndex..<text.endIndex
        while let match = text[search].firstRange(of: pattern) {
            let tail = text[match.upperBound...]
            var name = ""
            for word in tail.split(separator: " ", omittingEmptySubsequences: true) {
                let clean = String(word).trimming(nameEnds, asciiMembers: ".,;")
                guard let first = clean.first, first.isUppercase || (clean.count <= 2 && clean.hasSuffix(".")) else {
                    break
                }
                name += (name.isEmpty ? "" : " ") + clean
                if word.hasSuffix(",") || word.hasSuffix(";") || (word.hasSuffix(".") && clean.count > 2) { break }
            }
            if !name.isEmpty { result.append(name) }
            search = match.upperBound..<text.endIndex
        }
        return result
    }

    /// The pieces of a citation between ";" and " and ":
    /// `components(separatedBy: CharacterSet(charactersIn: ";"))`, each split by `components(separatedBy: " and ")`.
    /// When every Character is one scalar both are byte searches (no other spelling of ";" or " and " is
    /// canonically equivalent), done here without Foundation.
    static func citationPieces(_ citation: String) -> [String] {
        guard citation.hasOneScalarPerCharacter else {
            return citation.components(separatedBy: CharacterSet(charactersIn: ";")).flatMap {
                $0.components(separatedBy: " and ")
            }
        }
        let and = Array(" and ".utf8)
        var pieces: [String] = []
        for part in citation.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            let bytes = Array(part)
            var start = 0
            var index = 0
            while index + and.count <= bytes.count {
                if bytes[index..<(index + and.count)].elementsEqual(and) {
                    pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
                    index += and.count
                    start = index
                } else {
                    index += 1
                }
            }
            pieces.append(String(decoding: bytes[start...], as: UTF8.self))
        }
        return pieces
    }

    /// "AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 98-99" and the like.
    static func archivalReferences(in citations: [String]) -> [ArchivalReference] {
        let partNames: [(String, String)] = [
            ("fond", "fond"), ("f", "fond"), ("opis", "opis"), ("op", "opis"), ("delo", "delo"), ("d", "delo"),
            ("papka", "papka"), ("p", "papka"), ("listy", "folio"), ("list", "folio"), ("ll", "folio"), ("l", "folio"),
        ]
        var references: [ArchivalReference] = []
        for citation in citations {
            let cleaned = TitlePatterns.sourceLabel.replacing(in: citation, with: "")
            for piece in citationPieces(cleaned) {
                let trimmed = piece.trimming(citationPieceEnds, asciiMembers: " \t.]")
                guard
                    let repositoryRange = trimmed.firstRange(
                        of: #"^(?:and\s+)?([A-Z][A-Za-z]{1,8}(?:\s(?:RF|SSSR))?)(?:[,:]|\.(?=\s|$)|$)"#)
                else { continue }
                let repository = String(trimmed[repositoryRange]).replacingPattern(#"^(?:and\s+)|[,:.]$"#, with: "")
                guard repository.uppercased() == repository || repository.hasSuffix("RF") || repository.count <= 6
                else { continue }
                var parts: [ArchivalReference.Part] = []
                // The reference ends where prose begins ("… L. 34. Reprinted in …", "… Translated by …").
                // "AVP RF. Translated by …": a period right after the repository ends the reference.
                var rest = trimmed[repositoryRange].hasSuffix(".") ? "" : String(trimmed[repositoryRange.upperBound...])
                if let prose = rest.firstRange(of: #"\.\s+[A-Z][a-z]+\s"#) { rest = String(rest[..<prose.lowerBound]) }
                for segment in rest.split(separator: ",") {
                    let words = String(segment).trimming(.whitespaces, asciiMembers: " \t").split(separator: " ")
                    guard words.count >= 2 else { continue }
                    let key = words[0].lowercased().trimming(periods, asciiMembers: ".")
                    guard let type = partNames.first(where: { $0.0 == key })?.1 else { continue }
                    let value = String(words[1]).trimming(spacesAndPeriods, asciiMembers: " .")
                    if value.first?.isNumber ?? false { parts.append(ArchivalReference.Part(type: type, value: value)) }
                }
                let remainder = rest.trimming(referenceRemainderEnds, asciiMembers: " ,.;:")
                if parts.isEmpty && !remainder.isEmpty {
                    // A reference in a form the rules do not know (Hungarian "XIX-J-1-j Korea, 2. doboz"): kept whole.
                    parts.append(ArchivalReference.Part(type: "reference", value: remainder))
                }
                references.append(ArchivalReference(repository: repository, parts: parts, text: trimmed))
            }
        }
        return references
    }
}
