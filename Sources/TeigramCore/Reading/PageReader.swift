import Foundation

/// Reads a raw telegram page (any of the corpus layouts) into a ``TelegramPage``, by general rules:
///
/// 1. Lines are grouped into units: a bracket left open continues on the next lines; a line without final
///    punctuation followed by one starting in lower case continues it.
/// 2. Site chrome is dropped ("Skip to content", empty footer labels, download/pagination lines, a
///    running header repeating the heading). Nothing else is dropped.
/// 3. The footer starts at the first footer label; the unit before it is the editorial summary. Rights
///    text is recognised by its opening words wherever it stands; "Source: …" at the end is a citation.
/// 4. The date line is the first unit that is only a date; the title is the unit after it; units before
///    it are preface. Without a date line, "Document N…" headings start documents.
/// 5. Each document: opener lines (short, non-prose lines before the first prose paragraph, up to and
///    including a salutation), body (paragraphs, numbered points, embedded quoted messages), closer (the
///    trailing run of non-prose lines: signature, dates, dispatch notes, copies, footnotes).
public enum PageReader {
    /// Footer labels of the archive's page template.
    public static let footerLabels: Set<String> = [
        "Document Information", "Author(s):", "Associated Places", "Associated People & Organizations",
        "Associated Topics", "Subjects Discussed", "Related Documents", "Source", "Original Archive", "Rights",
        "Original Uploaded Date", "Type", "Language", "Record ID", "Original Classification", "Author(s)",
        "Associated People", "Associated Organizations", "Keywords", "Theme", "Collection", "Record ID:",
    ]
    /// Labels whose following units are citation text.
    static let citationLabels: Set<String> = ["Document Information", "Source", "Original Archive"]
    /// Lines that are site chrome wherever they stand.
    static let chromeLines: Set<String> = [
        "Skip to content", "Skip to main content", "Back to top", "Print", "Share", "Search in",
        "Digital Archive International History Declassified", "Citation", "• Citation", "get citation",
        "share document", "• share document", "English HTML", "VIEW DOCUMENT IN", "English PDF",
        // The intermediate layout's citation tabs and search bar.
        "CITATION SHARE DOWNLOAD", "Download", "ADD SEARCH FILTER CANCEL SEARCH FILTER",
        // An image's alternative text above a site's heading (Avalon's pages).
        "Logo",
        // The Wilson Center's PDF export: a viewer's caption and a pager's arrows (its banner, longer than
        // any line here, is ``exportBanner``).
        "Quick viewing(Text Mode)", "<<",
    ]
    static let rightsOpenings = ["The History and Public Policy Program welcomes", "To enquire about this document"]
    /// Byte length above which a text cannot equal a footer label or chrome line: three times the longest
    /// entry, since String equality is canonical equivalence and an ASCII letter may be spelled by a
    /// three-byte equivalent (U+212A KELVIN SIGN for "K").
    static let longestLabelBytes = 3 * footerLabels.union(chromeLines).reduce(0) { max($0, $1.utf8.count) }

    /// Whether `text` (trimmed) is a footer label; see ``longestLabelBytes``.
    static func isFooterLabel(_ text: String) -> Bool {
        text.utf8.count <= longestLabelBytes && footerLabels.contains(text)
    }
    static let funderOpening = "This document was made possible with support from "

    /// Whether the footer label at `start` closes the page: a footer has less than four times as many bytes
    /// as the page before it. A label above the text is one of a document database's head fields instead
    /// (a record's "Num", "Date", "Titre", "Source", "Type", "Langue", "Citation" above the cable it
    /// describes), and the page has no footer.
    static func closesPage(_ units: [TextUnit], from start: Int) -> Bool {
        let before = units[..<start].reduce(0) { $0 + $1.text.utf8.count }
        let total = units.reduce(0) { $0 + $1.text.utf8.count }
        return total - before < 4 * max(before, 1)
    }

    /// Reads `source`.
    public static func read(_ source: SourceText) -> TelegramPage {
        var page = TelegramPage(path: source.path)
        var units = groupUnits(source.lines)

        // Chrome anywhere: known lines, download links, breadcrumbs, and short lines a page repeats three
        // times or more (a site's navigation: "U.S. Department of State" ×9).
        var shortLineCounts: [String: Int] = [:]
        for unit in units where unit.text.utf8.count <= 60 { shortLineCounts[unit.text.trimmedText, default: 0] += 1 }
        let navigation = shortLineCounts.filter { isRepeatedNavigation($0.key, count: $0.value) }.keys.sorted()
        let isChrome = { (unit: TextUnit) -> Bool in
            let text = unit.text.trimmedText
            return isChromeLines(text) || isExportBanner(text) || isDownloadChrome(text) || isUpdateStamp(text)
                || isPageNavigation(text)
                || isBreadcrumb(text) || isWikiTagline(text)
                // A long unit is never navigation: it is not hashed for the look-up.
                || (text.utf8.count <= 60 && isRepeatedNavigation(text, count: shortLineCounts[text, default: 0]))
                || navigation.contains { endsWithGluedNavigation(text, $0) }
        }
        // Each unit judged once; a wiki's "From …" tagline by the skip links below it.
        var isChromeUnit = units.map(isChrome)
        for index in units.indices.dropLast() where !isChromeUnit[index] && isChromeUnit[index + 1] {
            let next = units[index + 1].text.trimmedText
            if next.hasPrefix("Jump to"), isWikiTagline(units[index].text.trimmedText + "\n" + next) {
                isChromeUnit[index] = true
            }
        }
        page.chrome += zip(units, isChromeUnit).filter(\.1).map(\.0)
        units = zip(units, isChromeUnit).filter { !$0.1 }.map(\.0)
        // Funder.
        if let index = units.firstIndex(where: { $0.text.hasPrefix(funderOpening) }) {
            page.funder = units[index]
            units.remove(at: index)
            let name = String(page.funder?.text.dropFirst(funderOpening.count) ?? "").trimmedText
            if let last = units.last, last.text.trimmedText == name {
                page.chrome.append(last)
                units.removeLast()
            }
        }
        // Rights text, wherever it is.
        let isRights = { (unit: TextUnit) in
            rightsOpenings.contains(where: { unit.text.hasPrefix($0) }) || isCopyrightLine(unit.text)
        }
        page.rights += units.filter(isRights)
        units.removeAll(where: isRights)
        // Footer.
        var bodyEnd = units.count
        if let footerStart = units.firstIndex(where: { isFooterLabel($0.text.trimmedText) }),
            closesPage(units, from: footerStart)
        {
            bodyEnd = footerStart
            var label: String?
            for unit in units[footerStart...] {
                let text = unit.text.trimmedText
                if isFooterLabel(text) {
                    if text != "Document Information" || label == nil { label = text }
                    page.chrome.append(unit)
                    continue
                }
                if let current = label, !citationLabels.contains(current) {
                    page.footerFields.append((current, unit))
                } else {
                    page.citation.append(unit)
                }
            }
            // Labels that got a value are not chrome.
            page.keepLabelledFieldsOutOfChrome(labelSuffix: "")
            // The unit before the footer is the summary.
            if bodyEnd > 0 {
                page.summary = [units[bodyEnd - 1]]
                bodyEnd -= 1
            }
        }
        var content = Array(units[0..<bodyEnd])
        // A page cut inside its footer (a line of its labels, "Author(s):", "Associated Places") reached it:
        // its text is whole.
        page.endsAtExcerptLimit =
            isAtExcerptLimit(source.text) && !source.lines.contains { isFooterLabel($0.trimmedText) }
        // A "Source: …" citation closing a page without footer.
        if let last = content.last, last.text.hasPrefix("Source:") {
            page.citation.insert(last, at: 0)
            content.removeLast()
        }
        let dateRecognizer = DateRecognizer()
        // The Wilson Center's PDF export: its preamble's labelled sections before the document.
        if let exported = readExportPreamble(content, into: page, recognizer: dateRecognizer) { return exported }

        // The archive's citation sentence ("\"Title,\" date, History and Public Policy Program Digital Archive,
        // …") is a citation wherever it stands (older page layouts put it before the document).
        // The summary and the citation run into one paragraph ("… reports on the visit.\"Telegram, …,\"
        // October 29, 1971, History and Public Policy Program Digital Archive, …"): two units, nothing lost.
        if let (index, start) = content.prefix(8).indices.lazy.compactMap({ index in
            isCitationSentence(content[index]) ? nil : gluedCitationStart(content[index]).map { (index, $0) }
        }).first {
            let unit = content[index]
            content[index] = TextUnit(line: unit.line, text: String(unit.text[start...]))
            content.insert(TextUnit(line: unit.line, text: String(unit.text[..<start])), at: index)
        }
        // A record's identifier heading the page ("dodis.ch/44005") cites it; it is no title.
        if let first = content.first, isRecordIdentifier(first.text.trimmedText) {
            page.citation.append(content.removeFirst())
        } else if let first = content.first, let end = leadingRecordIdentifierEnd(first.text) {
            // The identifier run into the title ("dodis.ch/48692Notiz des Generalsekretärs …", "dodis.ch/45445
            // Der schweizerische Geschäftsträger …"): it cites the page, and the rest is the title.
            page.citation.append(TextUnit(line: first.line, text: String(first.text[..<end])))
            content[0] = TextUnit(
                line: first.line, text: String(first.text[end...]).trimmingCharacters(in: .whitespaces))
        }
        // A record page's language field at its head ("Language: French"): the language of the document.
        if let index = content.prefix(4).firstIndex(where: { languageField($0.text.trimmedText) != nil }),
            let name = languageField(content[index].text.trimmedText)
        {
            page.footerFields.append(("Language", TextUnit(line: content[index].line, text: name)))
            content.remove(at: index)
        }
        if let index = content.prefix(8).firstIndex(where: isCitationSentence) {
            page.citation.insert(content.remove(at: index), at: 0)
            // The page's own address right after it is the citation tab's share link.
            if index < content.count, isBareAddress(content[index].text.trimmedText) {
                page.chrome.append(content.remove(at: index))
            }
            // A paragraph right before it, in the title block, is the archive's summary: a long one, or a
            // sentence below the date line and the title.
            if index > 0, index <= 4, isProse(content[index - 1].text.trimmedText),
                content[index - 1].text.utf8.count > 200
                    || (index >= 2 && content[index - 1].text.utf8.count >= 60
                        && content[..<(index - 1)].contains {
                            dateIfDateOnly($0.text, recognizer: dateRecognizer) != nil
                        })
            {
                page.summary.insert(content.remove(at: index - 1), at: 0)
            }
        }

        // A FRUS document heading ("29. Telegram From the Embassy in the Soviet Union to the Department of
        // State/1/") below a site's navigation: the heading opens the title block, what stands before it is
        // preface.
        if let heading = content.prefix(24).firstIndex(where: isNumberedDocumentHeading), heading > 0,
            !content[..<heading].contains(where: { dateIfDateOnly($0.text, recognizer: dateRecognizer) != nil })
        {
            page.preface += content[..<heading]
            content.removeFirst(heading)
        }

        // A CIA reading-room (CREST) record whose fields open the page, with no title above them
        // ("Document Type:" … "Publication Date:" / "November 8, 1957" … "Content Type:" / "PDF icon …"): the
        // fields are the page's preface, and their dates (the record's creation and release) no date line.
        if content.first?.text.trimmedText == recordFirstLabel, let end = recordBodyLabel(content) {
            takeRecordFields(content[...end], into: &page, recognizer: dateRecognizer)
            content.removeFirst(end + 1)
            // A long paragraph below them (a scan's text run together) is the document's text: the page has
            // no title.
            if let first = content.first, first.text.utf8.count > 300 {
                page.parts = editionDocuments(content, heading: nil)
                markCutOff(&page)
                return page
            }
        }

        // Title block.
        var dateOnly: (index: Int, date: RecognizedDate)?
        for (index, unit) in content.prefix(6).enumerated() {
            if let date = dateIfDateOnly(unit.text, recognizer: dateRecognizer) {
                dateOnly = (index, date)
                break
            }
        }
        if let (dateIndex, date) = dateOnly, dateIndex + 1 < content.count,
            isSentenceNotTitle(content[dateIndex + 1].text.trimmedText)
                || (!page.citation.isEmpty && isLetterhead(content[dateIndex + 1].text.trimmedText))
        {
            // "Telegram from A. Szarvas, Pyongyang" / "May 3, 1955" / the text: the title stands before the
            // date, and what follows the date is the document.
            // A marking between them ("Немедленно", "Routine") is no title: it opens the document.
            var markings: [TextUnit] = []
            if dateIndex > 0 {
                var titleIndex = dateIndex - 1
                while titleIndex > 0, isClassification(content[titleIndex].text.trimmedText.lowercasedText) {
                    titleIndex -= 1
                }
                page.preface = Array(content[0..<titleIndex])
                page.titleLine = content[titleIndex]
                markings = Array(content[(titleIndex + 1)..<dateIndex])
            }
            page.dateLine = content[dateIndex]
            page.recognizedDateLine = (content[dateIndex].text, date)
            content = markings + Array(content[(dateIndex + 1)...])
            page.parts = editionDocuments(content, heading: nil)
        } else if let (dateIndex, date) = dateOnly, dateIndex + 1 < content.count {
            page.preface = Array(content[0..<dateIndex])
            page.dateLine = content[dateIndex]
            page.recognizedDateLine = (content[dateIndex].text, date)
            if isNumberLine(content[dateIndex + 1].text), page.citation.contains(where: isCitationSentence) {
                // "July 21, 1961" / "No. 38 Secret" / the text, on a page whose citation sentence holds the
                // title: the number line opens the document, which has no title line of its own.
                page.parts = editionDocuments(Array(content[(dateIndex + 1)...]), heading: nil)
            } else {
                page.titleLine = content[dateIndex + 1]
                let (rest, heading) = readRecordBlock(
                    Array(content[(dateIndex + 2)...]), title: content[dateIndex + 1], into: &page)
                page.parts = editionDocuments(rest, heading: heading)
            }
        } else if let firstHeading = content.firstIndex(where: { LinePatterns.documentHeading.matches($0.text) }) {
            if firstHeading > 0 {
                page.pageHeading = content[firstHeading - 1]
                page.preface = Array(content[0..<(firstHeading - 1)])
            }
            // Split into documents; a heading repeated verbatim (or as a running header) is chrome.
            var parts: [(TextUnit, [TextUnit])] = []
            for unit in content[firstHeading...] {
                if LinePatterns.documentHeadingAnyCase.matches(unit.text) {
                    if let last = parts.last, last.1.isEmpty, sameWords(last.0.text, unit.text) {
                        page.chrome.append(unit)
                        continue
                    }
                    parts.append((unit, []))
                } else if parts.last != nil {
                    parts[parts.count - 1].1.append(unit)
                }
            }
            let isTextbook = parts.count == 1 && parts[0].0.text.matches(#"^Document\s+\d+\.\d+"#)
            if parts.count == 1 {
                page.titleLine = parts[0].0
                var rest = parts[0].1
                if isTextbook, rest.count > 1 {
                    page.preface.append(rest.removeFirst())
                }
                page.parts = [readPart(rest, heading: nil)]
            } else {
                page.parts = parts.map { readPart($0.1, heading: $0.0) }
            }
        } else if !content.isEmpty {
            var title = content[0]
            var rest = Array(content.dropFirst())
            // A site's search field ("Suche:", "Search:") above the title: one word and its colon, no title.
            while let next = rest.first, isLoneLabel(title.text) {
                page.preface.append(title)
                title = next
                rest.removeFirst()
            }
            // A collection's heading above the document's title ("The Cuban Missile Crisis" / "Telegram From the
            // Embassy in the Soviet Union to the Department of State", as the Avalon Project prints FRUS): the
            // line that names the kind of document, its sender and its addressee is the title.
            // An edition's heading lines are such headings too, up to six: its volume, its labels and its
            // document number with the original's archival reference ("Volume 7 1941~1945" / "Doc No." /
            // "Date" / "Subject" / "No. 385 NAI DFA Berlin Embassy 18/2" / "Code telegram from the Department of
            // External Affairs to Con Cremin (Berlin)").
            // Each line is asked whether it is the title only while every line above it is such a heading.
            if isHeadingAboveTitle(title.text), !isCorrespondenceTitle(title.text),
                let offset = rest.prefix(5).firstIndex(where: {
                    isCorrespondenceTitle($0.text) || !isHeadingAboveTitle($0.text)
                }),
                isCorrespondenceTitle(rest[offset].text)
            {
                page.preface.append(title)
                page.preface += rest[..<offset]
                title = rest[offset]
                rest.removeFirst(offset + 1)
            }
            // A CIA reading-room (CREST) record: its fields ("Document Type:", …, "Publication Date:" /
            // "February 7, 1974", …) stand between the title and "Body:"; they are the record's preface.
            if let body = recordBodyLabel(rest) {
                takeRecordFields(rest[...body], into: &page, recognizer: dateRecognizer)
                rest.removeFirst(body + 1)
            }
            // A FRUS page opens with the document's file number ("740.61112A/2–2445: Telegram", "File No.
            // 861.51/145"), then its title ("The Ambassador in the Soviet Union (Harriman) to the Secretary
            // of State"), which may run on into the markings below it ("top" / "secret" / "priority").
            if let next = rest.first, MetadataReader.fileNumber(inLine: collapseWhitespace(title.text)) != nil {
                page.preface = [title]
                title = next
                rest.removeFirst()
                // A title broken after a word that cannot end it ("… to the German Ambassador in the" /
                // "Soviet Union (Schulenburg)") runs on into its next line; what follows is the text's.
                var titleLines = title.text.split(separator: "\n", omittingEmptySubsequences: false)
                var kept = 1
                while kept < titleLines.count, endsWithJoiningWord(titleLines[kept - 1]) { kept += 1 }
                if kept < titleLines.count {
                    rest.insert(
                        TextUnit(line: title.line + kept, text: titleLines[kept...].joined(separator: "\n")), at: 0)
                    titleLines.removeSubrange(kept...)
                }
                title.text = titleLines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            }
            page.titleLine = title
            // A Soviet edition's page reprints several documents whether or not its date line was read.
            page.parts = editionDocuments(rest, heading: nil)
        }
        markCutOff(&page)
        return page
    }

    /// Whether a line is a title of correspondence in FRUS's form: a kind of document, "from" its sender and
    /// "to" its addressee ("Telegram From the Embassy in the Soviet Union to the Department of State").
    static func isCorrespondenceTitle(_ text: String) -> Bool {
        guard text.utf8.count <= 200 else { return false }
        // The kind is the first word, or the second or third after the words of its cipher ("Code telegram",
        // "Dearg code telegram"); a word is folded only when it is short enough to be a kind.
        var rest = Substring(text)
        var isKind = false
        for _ in 0..<3 {
            guard let space = rest.utf8.firstIndex(of: 0x20) else { return false }
            let word = rest[..<space]
            rest = rest[space...]
            if word.utf8.count <= 11, TitlePatterns.kindWords.contains(word.lowercased()) {
                isKind = true
                break
            }
            guard word.utf8.count <= 10, word.allSatisfy(\.isLetter) else { return false }
            rest = rest.dropFirst()
        }
        guard isKind else { return false }
        // "Annual report on the work of the Irish Legation in Berlin for 1938-39 from Charles Bewley to Joseph
        // P. Walshe (Dublin)": a subject after the kind, before its correspondents.
        if rest.first == " ", MetadataReader.subjectOpeners.contains(where: { rest.dropFirst().hasPrefix($0) }),
            let from = rest.range(of: " from ", options: .backwards)
        {
            rest = rest[from.lowerBound...]
        }
        return (rest.hasPrefix(" from ") || rest.hasPrefix(" From ") || rest.hasPrefix(" FROM "))
            && (rest.containsBytes(of: " to ") || rest.containsBytes(of: " To ") || rest.containsBytes(of: " TO "))
    }

    /// Whether `text` may stand above a correspondence title as a collection's or an edition's heading: a
    /// short line without digits and without " to " ("The Cuban Missile Crisis", "Doc No."), an edition's
    /// volume ("Volume 7 1941~1945") or its document number before a reference (``isEditionNumberLine(_:)``).
    static func isHeadingAboveTitle(_ text: String) -> Bool {
        // On the bytes first: it is asked of nearly every page's first line, most of them long or dated.
        let bytes = text.utf8
        guard bytes.count <= 240 else { return false }
        if isEditionNumberLine(text) { return true }
        if bytes.count <= 40, text.hasPrefix("Volume "), !text.containsBytes(of: "\n") { return true }
        return bytes.lazy.filter({ $0 == 0x20 }).count < 8 && !text.containsDecimalDigit
            && !text.lowercasedText.containsBytes(of: " to ")
    }

    /// Whether `text` is an edition's document number before a reference: "No.", a number, and more on one
    /// short line ("No. 361 NAI DFA Secretary's Files P2", "No. 36 NAI DFA/10/P140").
    static func isEditionNumberLine(_ text: String) -> Bool {
        text.utf8.starts(with: "No.".utf8) && text.utf8.count <= 80 && !text.containsBytes(of: "\n")
            && text.matches(#"^No\.\s?\d{1,4}\s+\S"#)
    }

    /// Whether a lower-cased line opening with "from " names the record a text is taken from ("from the
    /// journal of …", "from the diary of …", "from the minutes of …", "from a telegraph report of …"), not a
    /// place of dispatch.
    static func isExcerptHeading(_ lower: String) -> Bool {
        var rest = lower.dropFirst(5).drop { $0 == " " }
        for article in ["the ", "a ", "an "] where rest.hasPrefix(article) {
            rest = rest.dropFirst(article.count).drop { $0 == " " }
        }
        if rest.hasPrefix("telegraph ") { rest = rest.dropFirst(10) }
        return ["journal", "diary", "minutes", "record", "notes", "files", "notebook", "report", "telegram"].contains {
            rest.hasPrefix($0) && (rest.count == $0.count || rest.dropFirst($0.count).first?.isLetter == false)
        }
    }

    /// The label of a record's field whose value ``TelegramPage/recordPublicationDate`` holds.
    static let publicationDateLabel = "Publication Date:"

    /// The label of a CIA reading-room record's first field.
    static let recordFirstLabel = "Document Type:"

    /// The index of the unit that ends a CIA reading-room record's fields, among the first 48 units, when a
    /// "Publication Date:" label stands before it: the "Body:" label, or, in a copy without it, the value
    /// after "Content Type:" ("PDF icon CIA-RDP78-….pdf120.91 KB", at most 120 bytes); `nil` on any other
    /// page.
    static func recordBodyLabel(_ units: [TextUnit]) -> Int? {
        guard units.first?.text.utf8.first == UInt8(ascii: "D") else { return nil }
        let fields = units.prefix(48)
        guard let publication = fields.firstIndex(where: { $0.text.trimmedText == publicationDateLabel }) else {
            return nil
        }
        if let body = fields.firstIndex(where: { $0.text.trimmedText == "Body:" }), body > publication {
            return body
        }
        if let type = fields.firstIndex(where: { $0.text.trimmedText == "Content Type:" }), type > publication,
            type + 1 < units.count, units[type + 1].text.utf8.count <= 120
        {
            return type + 1
        }
        return nil
    }

    /// Puts a CIA reading-room record's fields into the page's preface, and the date under its "Publication
    /// Date:" label into ``TelegramPage/recordPublicationDate``.
    static func takeRecordFields(
        _ record: ArraySlice<TextUnit>, into page: inout TelegramPage, recognizer: DateRecognizer
    ) {
        page.preface += record
        if let label = record.firstIndex(where: { $0.text.trimmedText == publicationDateLabel }),
            label + 1 < record.endIndex, let date = dateIfDateOnly(record[label + 1].text, recognizer: recognizer)
        {
            page.recordPublicationDate = (record[label + 1].text, date)
        }
    }

    /// Whether `text` is one word and a colon ("Suche:", "Search:"): a form's label, never a title.
    static func isLoneLabel(_ text: String) -> Bool {
        let trimmed = text.trimmedText
        return trimmed.utf8.count <= 24 && trimmed.hasSuffix(":") && trimmed.dropLast().allSatisfy(\.isLetter)
    }

    /// Whether a line ends with a word that cannot end a title ("the", "of", "in", "to", "and", "at", "for",
    /// "from") or a comma: the title runs on into the next line.
    static func endsWithJoiningWord(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(",") { return true }
        let last = trimmed.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["the", "of", "in", "to", "and", "at", "for", "from"].contains(last)
    }

    /// A document's number line on its own: a number's label, digits, at most a few words, 60 bytes at most
    /// ("No. 38 Secret", "Nr. 0342/61").
    static func isNumberLine(_ text: String) -> Bool {
        let line = text.trimmedText
        return line.utf8.count <= 60 && MetadataReader.opensWithNumberLabel(line)
            && line.matches(#"^(?:No\.?|NO\.?|Nr\.?|NR\.?|Nº|N°|Number|NUMBER)\s*\d[\d/.\-]*(?:\s+\p{L}+){0,4}\.?$"#)
    }

    // MARK: Units

    static func groupUnits(_ lines: [String]) -> [TextUnit] {
        var units: [TextUnit] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmedTrailing
            if line.isBlank {
                index += 1
                continue
            }
            var unit = TextUnit(line: index + 1, text: line)
            index += 1
            var depth = bracketDepth(unit.text)
            var lookahead = 0
            while index < lines.count {
                let next = lines[index].trimmedTrailing
                if depth > 0 && lookahead < 8 {
                    lookahead += 1
                    index += 1
                    if next.isBlank { continue }
                    unit.text += "\n" + next
                    depth = bracketDepth(unit.text)
                    continue
                }
                if let first = next.first, first.isLowercase, !next.isBlank,
                    let last = unit.text.last, last.isLetter || last.isNumber || last == ",",
                    unit.text.hasFewerCharacters(than: 90), !startsWithFootnoteMark(next)
                {
                    unit.text += "\n" + next
                    index += 1
                    continue
                }
                if continuesBrokenHeaderLine(unit.text, next) {
                    unit.text += "\n" + next
                    index += 1
                    continue
                }
                // Only a line in capitals can continue a cable's paragraph: tested first, as it is cheap.
                if isInCapitals(next) || (next.utf8.count <= 40 && isWordsInCapitals(next)),
                    continuesCapitalsParagraph(unit.text.lastNonEmptyLine, next)
                {
                    unit.text += "\n" + next
                    index += 1
                    continue
                }
                break
            }
            if depth > 0 {
                // Never closed: keep the first line alone and read the lines after it again.
                unit.text = String(unit.text.prefix { $0 != "\n" })
                index = unit.line
            }
            units.append(unit)
        }
        return units
    }

    /// Whether `next` goes on with a title or a date line that `line` broke off: after a preposition ("… à la
    /// Légation de Suisse à" / "Paris 1", ``endsWithJoiningWord(_:)``), before a date's year ("Saigon,
    /// September 13," / "1963, 7 p.m.", ``continuesDateBeforeYear(_:_:)``) or its day ("Tokyo, November" /
    /// "13, 1936—5 p.m.", ``continuesDateBeforeDay(_:_:)``), or inside the addressee's name ("… to Robert" /
    /// "Brennan (Washington)", ``continuesTitleAddressee(_:_:)``).
    static func continuesBrokenHeaderLine(_ line: String, _ next: String) -> Bool {
        (!next.isBlank && endsWithJoiningWord(line)) || continuesDateBeforeYear(line, next)
            || continuesDateBeforeDay(line, next) || continuesTitleAddressee(line, next)
    }

    /// Prepositions, articles and conjunctions no title or line of text ends with, in the languages of the
    /// sources: a line ending with one goes on on the next line.
    static let joiningWords: Set<String> = [
        "à", "au", "aux", "de", "du", "des", "et", "an", "und", "der", "die", "das", "to", "of", "the", "and",
    ]

    /// Whether a single line of at most 200 bytes ends with one of ``joiningWords``. On the bytes: every
    /// joining word is at most three bytes long, so only a last word that short is looked up (every line of
    /// every page is asked).
    static func endsWithJoiningWord(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 200 else { return false }
        var lastWord: [UInt8] = []
        for byte in bytes.reversed() {
            if byte == 0x20 { break }
            if byte == 0x0A || lastWord.count == 3 { return false }
            lastWord.append(byte)
        }
        guard !lastWord.isEmpty, lastWord.count < bytes.count, !bytes.contains(0x0A) else { return false }
        return joiningWords.contains(String(decoding: lastWord.reversed(), as: UTF8.self))
    }

    /// Whether `next` finishes a date line broken before its year: `line` is short (under 40 bytes), ends
    /// with a comma after a day number ("Saigon, September 13,"), and `next` opens with a four-digit year
    /// followed by nothing, a period, a comma, a space or a dash ("1956—11 p.m.").
    static func continuesDateBeforeYear(_ line: String, _ next: String) -> Bool {
        let bytes = line.utf8
        guard bytes.count < 40, bytes.last == 0x2C, !line.contains("\n") else { return false }
        let beforeComma = bytes.dropLast().reversed().prefix { $0 != 0x20 }
        guard (1...2).contains(beforeComma.count), beforeComma.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        let start = Array(next.utf8.prefix(7))
        guard start.count >= 4, start[0...3].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        // The year alone, or before a period, a comma, a space or a dash and the time ("1956—11 p.m.").
        return start.count == 4 || start[4] == 0x2E || start[4] == 0x2C || start[4] == 0x20
            || (start.count == 7 && start[4] == 0xE2 && start[5] == 0x80 && (start[6] == 0x93 || start[6] == 0x94))
    }

    /// Whether `next` finishes a date line broken before its day: `line` is a single line under 40 bytes
    /// ending with an English month's name after a comma and a space ("Tokyo, November"), and `next`
    /// opens with a day of one or two digits, a comma, a space and a four-digit year ("13, 1936—5 p.m.").
    static func continuesDateBeforeDay(_ line: String, _ next: String) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        // The bytes first, in place: `next` opens with a day, ", " and a year; `line` is short and ends with
        // a lower-case letter (a month's name). Only then is the month looked up.
        let head = next.utf8
        guard let first = head.first, isDigit(first) else { return false }
        var index = head.index(after: head.startIndex)
        if index < head.endIndex, isDigit(head[index]) { index = head.index(after: index) }
        // ", " and four digits.
        var position = 0
        while position < 6, index < head.endIndex {
            let byte = head[index]
            let fits = position == 0 ? byte == 0x2C : position == 1 ? byte == 0x20 : isDigit(byte)
            guard fits else { return false }
            position += 1
            index = head.index(after: index)
        }
        guard position == 6 else { return false }
        let bytes = line.utf8
        guard bytes.count < 40, let last = bytes.last, (0x61...0x7A).contains(last), !bytes.contains(0x0A),
            let comma = bytes.lastIndex(of: 0x2C)
        else { return false }
        let afterComma = bytes[bytes.index(after: comma)...]
        guard afterComma.first == 0x20 else { return false }
        let month = afterComma.dropFirst()
        guard !month.isEmpty, !month.contains(0x20) else { return false }
        return DateRecognizer.monthNumber(String(decoding: month, as: UTF8.self)) != nil
    }

    /// Whether `next` finishes a title broken inside its addressee's name: `line` is a single line of a
    /// correspondence ("… telegram from the Department of External Affairs to Robert") ending with a
    /// capitalised word after " to " or later, and `next` is the rest of the name and the post's place in
    /// parentheses and nothing else ("Brennan (Washington)"), as an Irish edition's titles read.
    static func continuesTitleAddressee(_ line: String, _ next: String) -> Bool {
        // The bytes first: `next` is short and ends with ")", `line` holds " to ".
        guard next.utf8.count <= 60, next.utf8.last == 0x29, line.utf8.count <= 200, !line.contains("\n"),
            line.containsBytes(of: " to ")
        else { return false }
        guard let lastWord = line.split(separator: " ").last, lastWord.first?.isUppercase == true,
            lastWord.last?.isLetter == true
        else { return false }
        return CorrespondentReader.captures(
            #"^\p{Lu}[\p{L}’'\-]+(?:\s\p{Lu}[\p{L}’'\-]+)?\s\(\p{Lu}[\p{L} ]{1,30}\)$"#, in: next.trimmedText) != nil
    }

    /// Whether, in a cable written in capitals, `next` continues the paragraph whose last line is `line`:
    /// both lines are in capitals, `line` is a wrapped line (45 characters or more), and `next` opens no
    /// numbered point, field ("SUBJECT:", "REF:", "E.O."), routing line or signature. A line of two words
    /// or fewer is a signature after a sentence's end, but goes on with a sentence that `line` left open on
    /// a word or a comma ("… IN THE ESTABLISHMENT" / "PRESS ,", "… FOR TERRORISM" / "RESOLUTI" where the
    /// page was cut). Telegraphic cables mark paragraphs by numbers and blank lines, not by line ends.
    public static func continuesCapitalsParagraph(_ line: String, _ next: String) -> Bool {
        guard line.utf8.count >= 45, isInCapitals(line), !next.isBlank else { return false }
        let trimmed = next.trimmedText
        if trimmed.splitOnASCII(" ").count <= 2 {
            // Words only: a number, a marking or a field's line ("STATE 123456", "EXDIS") is the header's.
            return leavesSentenceOpen(line) && isWordsInCapitals(trimmed) && !trimmed.containsDecimalDigit
                && !isClassification(trimmed.lowercased()) && !LinePatterns.cableLabelHead.matches(line)
        }
        guard isInCapitals(next) else { return false }
        if LinePatterns.numberedPoint.matches(trimmed) { return false }
        return !LinePatterns.cableLabelHead.matches(trimmed)
    }

    /// Whether a line of a cable in capitals stops inside its sentence: on a letter or a comma.
    static func leavesSentenceOpen(_ line: String) -> Bool {
        guard let last = line.utf8.last else { return false }
        return (0x41...0x5A).contains(last) || last == 0x2C
    }

    /// Two letters or more and no lower-case letter: ASCII capitals, with the punctuation of a word
    /// ("PRESS ,", "UN,", "RESOLUTI"); no byte outside ASCII.
    static func isWordsInCapitals(_ text: String) -> Bool {
        (capitalLetterCount(text, allowingNonASCII: false) ?? 0) >= 2
    }

    /// Ten letters or more, none in lower case (ASCII letters only are counted).
    static func isInCapitals(_ text: String) -> Bool {
        (capitalLetterCount(text, allowingNonASCII: true) ?? 0) >= 10
    }

    /// How many ASCII capitals `text` has; nil when it has an ASCII lower-case letter, or, unless
    /// `allowingNonASCII`, any byte outside ASCII.
    static func capitalLetterCount(_ text: String, allowingNonASCII: Bool) -> Int? {
        var upper = 0
        for byte in text.utf8 {
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x80 && !allowingNonASCII { return nil }
            if byte >= 0x41 && byte <= 0x5A { upper += 1 }
        }
        return upper
    }

    /// Prose of a cable written in capitals: a paragraph of several lines, or ending with a full stop, with
    /// eight words or more, two of them English function words.
    static func isCapitalsProse(_ text: String) -> Bool {
        guard isInCapitals(text), text.contains("\n") || text.hasSuffix(".") else { return false }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard words.count >= 8 else { return false }
        let functionWords: Set<Substring> = [
            "THE", "OF", "AND", "TO", "IN", "THAT", "IS", "WAS", "WITH", "FOR", "ON", "BE",
        ]
        return words.filter { functionWords.contains($0) }.count >= 2
    }

    /// How many "[" are still open at the end of `text` (a "]" without an open one is ignored).
    static func bracketDepth(_ text: String) -> Int {
        // Without a "[" byte there is no "[" Character.
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(0x5B) }) ?? true else { return 0 }
        if text.hasOneScalarPerCharacter {
            // Each bracket byte is then a bracket Character.
            func depth(of bytes: some Sequence<UInt8>) -> Int {
                var depth = 0
                for byte in bytes {
                    if byte == 0x5B { depth += 1 } else if byte == 0x5D && depth > 0 { depth -= 1 }
                }
                return depth
            }
            return text.utf8.withContiguousStorageIfAvailable { depth(of: $0) } ?? depth(of: text.utf8)
        }
        var depth = 0
        for character in text {
            if character == "[" { depth += 1 } else if character == "]" && depth > 0 { depth -= 1 }
        }
        return depth
    }

    /// `^[a-z0-9*]{1,2}/\s`: a footnote mark ("x/ ", "1/ ", "**/ "). The regular expression runs only when
    /// the "/" it needs stands at byte 1 or 2.
    static func startsWithFootnoteMark(_ text: String) -> Bool {
        LinePatterns.footnoteMark.matches(text)
    }

    /// Whether a line opens with a footnote's number in brackets and a space: "[1] It had earlier been
    /// raised …", as archive pages print their notes below the text; or is that number alone ("[2]", a note
    /// whose text a cut page lost).
    static func startsWithBracketedNumber(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.first == 0x5B, let close = bytes.firstIndex(of: 0x5D) else { return false }
        let after = bytes[bytes.index(after: close)...]
        // "[2]" alone: a note's mark where the page was cut off before its text.
        return BracketScanner.isFootnoteNumber(bytes[bytes.index(after: bytes.startIndex)..<close])
            && (after.first == 0x20 || after.isEmpty)
    }

    /// The size at which archive pages are stored cut off (an excerpt of 2,000 bytes): a page of exactly
    /// that many bytes, a final line break aside, ends where the copy was cut.
    static let excerptLimit = 2_000

    /// Whether `text` is exactly ``excerptLimit`` bytes long, one final line break aside.
    static func isAtExcerptLimit(_ text: String) -> Bool {
        let count = text.utf8.count
        return count == excerptLimit || (count == excerptLimit + 1 && text.utf8.last == 0x0A)
    }

    /// Sets `page.isTruncated` (``isCutOff(_:)``). The last line of a page cut at the excerpt limit is where
    /// the copy was cut, and names no signer: a closer of that one line read as a signature ("General
    /// Secretary Gorba") is the text's last paragraph, cut; below other closing lines (a release stamp) the
    /// cut line read as the only signature ("U.S. INVOL", of "INVOLVEMENT") stays where it stands, as a line
    /// the rules know nothing more about.
    static func markCutOff(_ page: inout TelegramPage) {
        page.isTruncated = isCutOff(page)
        guard page.isTruncated, page.endsAtExcerptLimit, var part = page.parts.last,
            let line = part.closer.last, line.kind == .signature, !part.body.isEmpty
        else { return }
        if part.closer.count == 1 {
            part.closer.removeAll()
            part.body.append(.paragraph(line.unit))
        } else if part.closer.dropLast().allSatisfy({ $0.kind != .signature }) {
            part.closer[part.closer.count - 1].kind = .heading
        } else {
            return
        }
        page.parts[page.parts.count - 1] = part
    }

    /// Whether a page is cut off: a stored copy of exactly ``excerptLimit`` bytes that reaches no footer
    /// (``TelegramPage/endsAtExcerptLimit``), or no rights text and no footer after the text (a complete
    /// archive page ends with them; a record page's fields above the text do not count), and the last line
    /// of its last document is prose (five words or more, so no signature or name line) that ends with a
    /// letter, digit, comma or hyphen rather than with a sentence's end.
    public static func isCutOff(_ page: TelegramPage) -> Bool {
        if page.endsAtExcerptLimit, page.rights.isEmpty, !page.parts.isEmpty { return true }
        guard page.rights.isEmpty, let part = page.parts.last,
            let unit = part.closer.last?.unit ?? part.body.units.last,
            !page.footerFields.contains(where: { $0.value.line > unit.line })
        else { return false }
        let text = unit.text.trimmedText
        guard let last = text.last, text.splitOnASCII(" ").count >= 5 else { return false }
        return last.isLetter || last.isNumber || last == "," || last == "-"
    }

    /// A citation sentence of the Wilson Center Digital Archive: a quoted title, then "Digital Archive,".
    /// Whether `text` is an office's letterhead and nothing else ("The Embassy of Polish People's Republic in
    /// Pyongyang"): at most 12 capitalised words (and "of", "in", "the", "for", "at", "and"), the first or
    /// second an office word (``CorrespondentReader/officeWords``), no document kind ("Telegram from the
    /// Embassy …") and no final punctuation. Below the date line of a page whose citation names the
    /// document, such a line is the document's own heading: the page lost its title.
    static func isLetterhead(_ text: String) -> Bool {
        guard text.utf8.count <= 120, let last = text.last, last.isLetter, !text.contains("\n") else { return false }
        let words = text.split(separator: " ")
        guard (2...12).contains(words.count),
            words.prefix(2).contains(where: { CorrespondentReader.officeWords.contains($0.lowercased()) })
        else { return false }
        let joiners: Set<String> = ["of", "in", "the", "for", "at", "and"]
        return words.allSatisfy { word in
            joiners.contains(String(word)) || (word.first?.isUppercase ?? false)
        } && !words.contains { TitlePatterns.kindWords.contains($0.lowercased()) }
    }

    /// Whether `text` is a web address and nothing else ("https://digitalarchive.wilsoncenter.org/document/119950").
    static func isBareAddress(_ text: String) -> Bool {
        (text.hasPrefix("http://") || text.hasPrefix("https://")) && text.utf8.count <= 200
            && !text.contains(where: \.isWhitespace)
    }

    static func isCitationSentence(_ unit: TextUnit) -> Bool {
        let text = unit.text.trimmedText
        return (text.hasPrefix("\"") || text.hasPrefix("“")) && text.contains("Digital Archive,")
    }

    /// Where a citation sentence starts inside a paragraph that opens with the archive's summary: the
    /// opening quotation mark right after the summary's closing ".", "?" or "!", when the rest is a
    /// ``isCitationSentence(_:)``; `nil` otherwise.
    static func gluedCitationStart(_ unit: TextUnit) -> String.Index? {
        let text = unit.text
        guard text.containsBytes(of: "Digital Archive,") else { return nil }
        var previous: Character = " "
        for index in text.indices {
            let character = text[index]
            if character == "\"" || character == "“", previous == "." || previous == "?" || previous == "!",
                index > text.startIndex, isCitationSentence(TextUnit(line: unit.line, text: String(text[index...])))
            {
                return index
            }
            previous = character
        }
        return nil
    }

    /// A FRUS document heading: a document number, then the kind of document and "From", "To", "of" or
    /// "Between" ("29. Telegram From the Embassy …", "162. Transcript of a Teletype Conversation Between
    /// …"), on one line of at most 300 bytes.
    static func isNumberedDocumentHeading(_ unit: TextUnit) -> Bool {
        // On the bytes first: digits, ". ", then a capital letter that can open a kind of document.
        let bytes = unit.text.utf8
        guard bytes.count <= 300, let first = bytes.first, (0x30...0x39).contains(first) else { return false }
        let afterDigits = bytes.drop(while: { (0x30...0x39).contains($0) })
        guard afterDigits.starts(with: ". ".utf8), let kindInitial = afterDigits.dropFirst(2).first,
            "TMLADNPRCI".utf8.contains(kindInitial), !unit.text.containsBytes(of: "\n")
        else { return false }
        return unit.text.matches(
            #"^\d{1,4}\.\s+(?:Telegram|Memorandum|Letter|Airgram|Despatch|Message|Minutes|Notes?|Paper|Report|Transcript|Record|Circular|Instruction|Cable)\b[^.]{0,80}\s(?:From|To|of|Between)\s"#
        )
    }

    /// A short line a page repeats three times or more that is no classification marking (cables repeat
    /// "CONFIDENTIAL" on every page; that is the document's, not the site's).
    public static func isRepeatedNavigation(_ text: String, count: Int) -> Bool {
        count >= 3 && !text.isEmpty && text.utf8.count <= 60 && !isClassification(text.lowercased())
            && !text.contains(where: \.isNumber)
    }

    /// Whether `text` is a short menu line glued to a navigation line the page repeats ("Other State
    /// Department Archive SitesU.S. Department of State"): it ends with `navigation`, and a lower-case
    /// letter stands right before it, where text extraction ran two menu items together.
    static func endsWithGluedNavigation(_ text: String, _ navigation: String) -> Bool {
        guard text.utf8.count <= 120, text.utf8.count > navigation.utf8.count, text.hasSuffix(navigation) else {
            return false
        }
        let before = text.utf8.dropLast(navigation.utf8.count).last ?? 0
        return before >= 0x61 && before <= 0x7A
    }

    /// A site's breadcrumb trail: "You are in: A > B > C", or three " > " separators on one line.
    public static func isBreadcrumb(_ text: String) -> Bool {
        guard text.containsBytes(of: " > ") else { return false }
        return text.hasPrefix("You are in:") || text.components(separatedBy: " > ").count >= 4
    }

    /// Whether `text` is a wiki's tagline and skip links above its page's text ("From World War I Document
    /// Archive" / "Jump to navigation Jump to search", MediaWiki's "From Wikisource"): lines of "Jump to …"
    /// and one "From …" line of at most 100 bytes, ending in a skip link. The site's, not the document's: its
    /// "From" names no sender.
    static func isWikiTagline(_ text: String) -> Bool {
        guard text.utf8.count <= 200, text.hasSuffix("Jump to search") || text.hasSuffix("Jump to navigation")
        else { return false }
        return text.split(separator: "\n").allSatisfy { line in
            line.hasPrefix("Jump to") || (line.hasPrefix("From ") && line.utf8.count <= 100)
        }
    }

    /// Whether every line of `text` is a ``chromeLines`` entry once a list bullet or dash at either end
    /// is trimmed ("CITATION SHARE DOWNLOAD-", "- Download", and a unit of several such lines the
    /// grouping joined: "CITATION SHARE DOWNLOAD-\nCitation\nget citation").
    static func isChromeLines(_ text: String) -> Bool {
        guard text.utf8.count <= 4 * longestLabelBytes else { return false }
        if text.utf8.count <= longestLabelBytes && chromeLines.contains(text) { return true }
        // The first line of a chrome unit is short (a longer one ends the test after at most that many
        // bytes), and a single line with nothing to trim at its ends was judged whole just now.
        let utf8 = text.utf8
        var firstLineLength = 0
        for byte in utf8 {
            if byte == 0x0A { break }
            firstLineLength += 1
            if firstLineLength > longestLabelBytes + 8 { return false }
        }
        if firstLineLength == utf8.count, let first = utf8.first, let last = utf8.last,
            !chromeLineEndBytes.contains(first), !chromeLineEndBytes.contains(last)
        {
            return false
        }
        // Line by line on the bytes: a line's ends trimmed of bullets, dashes and white space, then compared
        // with the chrome lines' bytes (the multi-line case is rare; most units fail on their first line).
        var lines = 0
        for line in text.utf8.split(separator: 0x0A) {
            var bytes = Array(line)
            while let first = bytes.first, chromeLineEndBytes.contains(first) { bytes.removeFirst() }
            while let last = bytes.last, chromeLineEndBytes.contains(last) { bytes.removeLast() }
            // "•" is E2 80 A2 and "–" E2 80 93: their bytes at an end are trimmed above with the others.
            guard bytes.count <= longestLabelBytes, chromeLineBytes.contains(bytes) else { return false }
            lines += 1
        }
        return lines > 0
    }

    /// A site's page-maintenance stamp ("Last Updated: 11 September 2013"): its date is not the document's.
    static func isUpdateStamp(_ text: String) -> Bool {
        text.utf8.count <= 60 && (text.utf8.first == 0x4C || text.utf8.first == 0x50)  // "L", "P"
            && (text.hasPrefix("Last Updated") || text.hasPrefix("Last updated") || text.hasPrefix("Page last updated")
                || text.hasPrefix("Last modified"))
    }

    /// Words of a site's page navigation ("Предыдущая страница К оглавлению Следующая страница", "Previous
    /// page | Next page"), in lower case.
    static let navigationWords: Set<String> = [
        "предыдущая", "следующая", "страница", "к", "оглавлению", "содержанию", "содержание", "наверх", "назад",
        "вперед", "вперёд", "previous", "next", "page", "back", "to", "contents", "table", "of", "top", "home",
    ]
    /// How a navigation line opens, as UTF-8 bytes.
    static let navigationOpenings: [[UInt8]] = [
        "Предыдущая", "Следующая", "К оглавлению", "К содержанию", "Наверх", "Назад", "Previous", "Next", "Back",
        "Table of", "Contents", "Home",
    ].map { Array($0.utf8) }

    /// Of ``navigationWords``, those that only navigation uses.
    static let navigationCoreWords: Set<String> = [
        "предыдущая", "следующая", "оглавлению", "содержанию", "previous", "contents",
    ]

    /// Whether a short line is a site's copyright line ("© 2024 Библиотека", "© USA-HISTORY.RU, 2001-2020",
    /// "Copyright 2019 …", "Copyright © …"): the page's rights, wherever it stands.
    static func isCopyrightLine(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 80, let first = bytes.first(where: { $0 != 0x20 }) else { return false }
        // "©" is C2 A9 in UTF-8.
        if first == 0xC2 { return text.trimmedText.hasPrefix("©") }
        // "Copyright" and then "©", "(c)" or a year: not a sentence about copyright.
        guard first == 0x43 || first == 0x63 else { return false }
        let lower = text.trimmedText.lowercased()
        guard lower.hasPrefix("copyright ") else { return false }
        let rest = lower.dropFirst(10)
        return rest.hasPrefix("©") || rest.hasPrefix("(c)") || rest.first.map { $0.isASCII && $0.isNumber } == true
    }

    /// Whether a short line is a site's page navigation ("Предыдущая страница К оглавлению Следующая
    /// страница", "Previous page | Next page"): words of ``navigationWords`` only, one of
    /// ``navigationCoreWords`` among them.
    static func isPageNavigation(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 120 else { return false }
        // The line opens with a navigation word: a byte comparison before any word is split.
        let head = bytes.drop(while: { $0 == 0x20 })
        guard navigationOpenings.contains(where: { head.starts(with: $0) }) else { return false }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.count >= 2 && words.allSatisfy { navigationWords.contains(String($0)) }
            && words.contains { navigationCoreWords.contains(String($0)) }
    }

    /// The bytes ``isChromeLines(_:)`` trims from a line's ends: "-", space, tab, and the bytes of "•"
    /// (E2 80 A2) and "–" (E2 80 93), none of which ends or opens a chrome line's text.
    static let chromeLineEndBytes: Set<UInt8> = [0x2D, 0x20, 0x09, 0xE2, 0x80, 0xA2, 0x93]

    /// ``chromeLines`` as UTF-8 bytes.
    static let chromeLineBytes: Set<[UInt8]> = Set(chromeLines.map { Array($0.utf8) })

    /// A download, file-size or pagination line of an archive page (at most 60 bytes).
    static func isDownloadChrome(_ text: String) -> Bool {
        text.utf8.count <= 60 && (LinePatterns.downloadSize.matches(text) || LinePatterns.digitRuns.matches(text))
    }

    /// What may stand around the date of a date-only line.
    static let whitespaceAndPunctuation = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    /// Names of the days of the week in English, German, French and Italian, which a date line may add
    /// ("24.8.1918 (Saturday)", "8.6.1944 (Donnerstag)", "19.9.1928 (mercoledì)": an edition site's page
    /// in its interface's language).
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    ]

    /// The first full date of `text` when nothing but white space, punctuation and the day of the week
    /// stands around it.
    static func dateIfDateOnly(_ text: String, recognizer: DateRecognizer) -> RecognizedDate? {
        guard lettersCouldAllBelongToDate(text, otherWords: weekdays), let date = recognizer.firstFullDate(in: text)
        else {
            return nil
        }
        var rest = UTF16Text.replacing(date.range, in: text, with: "")
        if rest.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            rest =
                rest.split(whereSeparator: { !$0.isLetter }).contains { !weekdays.contains($0.lowercased()) }
                ? rest : rest.filter { !$0.isLetter }
        }
        // Trimming leaves nothing exactly when every scalar is in the set (tested directly for BMP scalars).
        let onlyWhitespaceAndPunctuation =
            rest.unicodeScalars.allSatisfy { $0.value <= 0xFFFF }
            ? rest.unicodeScalars.allSatisfy { whitespaceAndPunctuation.contains($0) }
            : rest.trimmingCharacters(in: whitespaceAndPunctuation).isEmpty
        return onlyWhitespaceAndPunctuation ? date : nil
    }

    /// Whether the unit after a page's date line is a sentence of the document rather than its title:
    /// prose of more than 80 bytes ending with a full stop, exclamation or question mark (archive titles
    /// do not end so), or more than 160 bytes of prose in which a sentence ends and which stops on a letter
    /// (``isCutOffProse(_:)``: a page break cut it off).
    static func isSentenceNotTitle(_ text: String) -> Bool {
        // A scan's stray marks after the last sentence ("… для оформления награждения ?\", "… .*") do not
        // end it: the sentence ends before them.
        var kept = Substring(text)
        while let last = kept.utf8.last, last == 0x5C || last == 0x7C || last == 0x2A || last == 0x20 {
            kept = kept.dropLast()
        }
        let text = kept.utf8.count == text.utf8.count ? text : String(kept)
        guard text.utf8.count > 80, let last = text.utf8.last else { return false }
        // "Hungarian Embassy in Canada, Ciphered Telegram, 8 June 1979. Subject: Vietnamese-DPRK relations.":
        // a title that gives its subject after a label.
        if text.containsBytes(of: ". Subject: ") { return false }
        if last == 0x2E || last == 0x21 || last == 0x3F { return isProse(text) }
        // Sentences the page cut off where it broke before its footnotes ("Сегодня я вручил Апайдыну …
        // ноту, которая передается Вам отдельно. Я рассказывал …, как он заготовленный"): a sentence ends
        // inside, and the rest is prose that stops on a letter. A title holds no sentence's end.
        return text.utf8.count > 160 && text.matches(#"\p{Ll}{3,}[.!?]\s+\p{Lu}"#)
            && isCutOffProse(text)
    }

    static func sameWords(_ a: String, _ b: String) -> Bool {
        NameTokenizer.tokens(of: a).map(\.folded) == NameTokenizer.tokens(of: b).map(\.folded)
    }

    // MARK: Parts

    static func readPart(_ input: [TextUnit], heading: TextUnit?) -> TelegramPart {
        var part = TelegramPart(heading: heading)
        var units = input
        if let index = units.lastIndex(where: { $0.text.trimmedText.hasPrefix("[Source:") }) {
            part.citation = units.remove(at: index)
        } else if let last = units.last?.text.trimmedText, last.hasPrefix("["), last.hasSuffix("]"),
            BracketScanner.isArchivalReference(String(last.dropFirst().dropLast()))
        {
            // "[AA:A1838, 854/10/4/3, iiib]": the archive's reference an edition prints below the document
            // and its notes.
            part.citation = units.removeLast()
        }
        // FRUS page text: the footnotes after the signature, indented.
        var footnotes: [FrameLine] = []
        if let start = indentedFootnoteStart(units) {
            for unit in units[start...] {
                if indentedFootnoteNumber(unit.text) == nil, let last = footnotes.indices.last {
                    footnotes[last].unit.text += "\n" + unit.text.trimmedText
                } else {
                    footnotes.append(FrameLine(kind: .footnote, unit: unit))
                }
            }
            units.removeLast(units.count - start)
        }
        // Opener.
        var index = 0
        while index < units.count {
            let text = units[index].text.trimmedText
            // A long paragraph ends the opener without further ado.
            if text.utf8.count > 300 && !isWhollyBracketed(text) { break }
            let kind = frameKind(text, position: .opener)
            let isApparatus = kind == .transmission || kind == .copies || kind == .classification || kind == .address
            if (isProse(text) && !isApparatus) || (index == units.count - 1 && isCutOffProse(text))
                || isNumberedPoint(text) || isOmissionOnly(text)
            {
                break
            }
            part.opener.append(FrameLine(kind: kind, unit: units[index]))
            index += 1
            if kind == .salute { break }
        }
        var rest = Array(units[index...])
        // Closer: the trailing run of non-prose lines. A page cut off in mid-sentence ends in prose
        // without final punctuation: that is a paragraph, not a closing line.
        var closerStart = rest.count
        while closerStart > 0,
            !(closerStart == rest.count && rest.last.map { isCutOffProse($0.text.trimmedText) } == true
                && !isCutOffBulletedFootnote(rest, at: rest.count - 1))
        {
            let text = rest[closerStart - 1].text.trimmedText
            if isNumberedPoint(text) { break }
            // A line that ends a sentence a paragraph broke off in a lower-case word ("… what you want
            // contained Good" / "Office reports.") is the paragraph's, not a closing line.
            // In a cable written in capitals, a paragraph broken off after a word in capitals ("… THE POSSIBLE
            // FORTHCOMING FRONT" / "LINE CHIEF", where the page was cut) runs on the same way.
            if closerStart >= 2, let before = rest[closerStart - 2].text.trimmedText.last,
                before.isLowercase
                    || (before.isUppercase && text.last?.isLetter == true
                        && isInCapitals(rest[closerStart - 2].text.trimmedText)),
                isProse(rest[closerStart - 2].text.trimmedText)
            {
                break
            }
            // A line that goes on with a word the line before broke with a hyphen ("… AND SEC-" / "RETARIAL A",
            // where the page was cut) is the paragraph's.
            if closerStart >= 2, text.first?.isLetter == true,
                endsWithHyphenatedWord(rest[closerStart - 2].text.trimmedText)
            {
                break
            }
            if isProse(text) && !isTrailerProse(text) && !isCutOffBulletedFootnote(rest, at: closerStart - 1)
                && (text.utf8.count > 120 || frameKind(text, position: .closer) != .salute)
            {
                break
            }
            closerStart -= 1
        }
        let closerUnits = Array(rest[closerStart...])
        let endsWithCutOffNote = isCutOffBulletedFootnote(rest, at: rest.count - 1)
        rest.removeLast(rest.count - closerStart)
        var closer = closerUnits.map { FrameLine(kind: frameKind($0.text.trimmedText, position: .closer), unit: $0) }
        if endsWithCutOffNote, let last = closer.indices.last { closer[last].kind = .footnote }
        // Most closers hold no line opening with a digit: the text's marks are looked for only then.
        if closer.contains(where: { $0.kind != .footnote && $0.unit.text.trimmedText.first?.isNumber == true }) {
            markNumberedNotes(&closer, marks: bracketedNoteMarks(rest))
        }
        markDistribution(&closer)
        closer += footnotes
        // A page that lists its footnotes with bullets lost their numbers ("- Source: …↩", "- Boris A.
        // Bakhmeteff, …↩"): they are numbered in order, as the marks in the text ("Bakhmeteff1") count them.
        let noteIndices = closer.indices.filter { closer[$0].kind == .footnote }
        if !noteIndices.isEmpty, noteIndices.allSatisfy({ closer[$0].footnoteMark?.mark == "-" }) {
            for (ordinal, index) in noteIndices.enumerated() { closer[index].noteNumber = String(ordinal + 1) }
        }

        // Embedded message: a quotation opening at a paragraph's start and closing at a paragraph's or a
        // closer line's end; a closing quote with no opening one quotes from the first paragraph.
        var blocks = rest
        var embedded: EmbeddedMessage?
        var embeddedRange: Range<Int>?
        if let closeInCloser = closer.firstIndex(where: { endsWithClosingQuote($0.unit.text) && $0.kind == .signature })
        {
            let openIndex = blocks.firstIndex(where: { startsWithOpeningQuote($0.text) }) ?? 0
            if !blocks.isEmpty {
                embedded = EmbeddedMessage(
                    blocks: structureBlocks(Array(blocks[openIndex...])), closer: Array(closer[...closeInCloser]))
                embeddedRange = openIndex..<blocks.count
                closer.removeFirst(closeInCloser + 1)
            }
        } else if let openIndex = blocks.firstIndex(where: {
            startsWithOpeningQuote($0.text) && !endsWithClosingQuote($0.text)
        }),
            let closeIndex = blocks[openIndex...].firstIndex(where: { endsWithClosingQuote($0.text) }),
            closeIndex > openIndex
        {
            embedded = EmbeddedMessage(blocks: structureBlocks(Array(blocks[openIndex...closeIndex])), closer: [])
            embeddedRange = openIndex..<(closeIndex + 1)
        }
        if let embedded, let range = embeddedRange {
            var result = structureBlocks(Array(blocks[..<range.lowerBound]))
            result.append(.embedded(embedded))
            result += structureBlocks(Array(blocks[range.upperBound...]))
            part.body = result
        } else {
            blocks = rest
            part.body = structureBlocks(blocks)
        }
        part.closer = closer
        return part
    }

    /// The numbers of the note marks in brackets in `units` ("clear telegram [1] was", "Your report [2]"), as
    /// ``BracketScanner`` classifies them for the encoder.
    static func bracketedNoteMarks(_ units: [TextUnit]) -> Set<String> {
        var marks: Set<String> = []
        for unit in units where unit.text.containsBytes(of: "[") {
            for span in BracketScanner.spans(in: UTF16Text.units(of: unit.text)) {
                if case .footnoteMark(let number) = span.kind { marks.insert(number) }
            }
        }
        return marks
    }

    /// Closing lines that open with the number of a note mark of the text, a space and a capital ("1
    /// Document 176.", "2 Not published.", as the Australian edition prints its notes below a cablegram
    /// marked "[1]", "[2]") are footnotes, not signatures; a line after such a note that opens with no
    /// number is the note's next line ("3 Dispatched on 23 December, it requested that Shann remain in" /
    /// "Paris for another week.").
    static func markNumberedNotes(_ closer: inout [FrameLine], marks: Set<String>) {
        guard !marks.isEmpty else { return }
        func isNumberedNote(_ text: String) -> Bool {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            return (1...2).contains(digits.count) && marks.contains(String(digits))
                && text.dropFirst(digits.count).first == " "
                && text.dropFirst(digits.count + 1).first?.isUppercase == true
        }
        var result: [FrameLine] = []
        var inNotes = false
        for line in closer {
            let text = line.unit.text.trimmedText
            if line.kind != .footnote, isNumberedNote(text) {
                var note = line
                note.kind = .footnote
                result.append(note)
                inNotes = true
            } else if inNotes, line.kind != .footnote, let last = result.indices.last {
                result[last].unit.text += "\n" + text
            } else {
                result.append(line)
            }
        }
        closer = result
    }

    /// Where the footnotes of a FRUS page's text start, as the page is copied: after the signature, each
    /// footnote opens with two spaces of indent and its number ("  1. Source: …"), a further paragraph of
    /// one is indented by four. Only a run that ends the document, opens with footnote 1 and numbers its
    /// footnotes one by one counts (a numbered point inside the text is no footnote), and the unit before
    /// it is not indented. `nil` when there is none.
    static func indentedFootnoteStart(_ units: [TextUnit]) -> Int? {
        var runStart = units.count
        while runStart > 0,
            indentedFootnoteNumber(units[runStart - 1].text) != nil || isIndentedContinuation(units[runStart - 1].text)
        {
            runStart -= 1
        }
        var start: Int?
        var expected = 0
        for index in runStart..<units.count {
            if let number = indentedFootnoteNumber(units[index].text) {
                if number == 1 {
                    start = index
                    expected = 2
                } else if number == expected {
                    expected += 1
                } else {
                    start = nil
                }
            } else if start == nil {
                continue
            }
        }
        guard let start, start > 0, units[start - 1].text.utf8.first != 0x20 else { return nil }
        return start
    }

    /// The number of a footnote that opens with two spaces of indent, its number, a period and a space
    /// ("  12. Not printed."), else `nil`.
    static func indentedFootnoteNumber(_ text: String) -> Int? {
        let bytes = text.utf8
        guard bytes.starts(with: [0x20, 0x20]) else { return nil }
        let digits = bytes.dropFirst(2).prefix { $0 >= 0x30 && $0 <= 0x39 }
        guard (1...3).contains(digits.count), digits.first != 0x30,
            bytes.dropFirst(2 + digits.count).starts(with: [0x2E, 0x20])
        else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }

    /// A paragraph of a footnote after its first: four spaces of indent, then text.
    static func isIndentedContinuation(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.starts(with: [0x20, 0x20, 0x20, 0x20]) && bytes.dropFirst(4).first.map { $0 != 0x20 } == true
    }

    /// Paragraphs into blocks: numbered points become lists; paragraphs between two points belong to the
    /// earlier point; a lone "[...]" is a gap.
    static func structureBlocks(_ units: [TextUnit]) -> [BodyBlock] {
        var blocks: [BodyBlock] = []
        var items: [ListItem] = []
        var pending: [TextUnit] = []
        func closeList() {
            if !items.isEmpty {
                blocks.append(.list(items))
                items = []
            }
            for unit in pending { blocks.append(.paragraph(unit)) }
            pending = []
        }
        for unit in units {
            let text = unit.text.trimmedText
            if let number = numberedPointNumber(text) {
                if !items.isEmpty {
                    items[items.count - 1].paragraphs += pending
                    pending = []
                } else {
                    closeList()
                }
                items.append(ListItem(number: number, paragraphs: [unit]))
            } else if isOmissionOnly(text) {
                closeList()
                blocks.append(.gap(unit))
            } else if !items.isEmpty {
                pending.append(unit)
            } else {
                blocks.append(.paragraph(unit))
            }
        }
        closeList()
        return blocks
    }

    // MARK: Line rules

    enum FramePosition { case opener, closer }

    /// Prose: at least five words, two of them in lower case, ending like a sentence.
    public static func isProse(_ text: String) -> Bool {
        if isWhollyBracketed(text) { return false }
        let (words, lowercaseWords) = wordCounts(text)
        guard words >= 5, lowercaseWords >= 2 else { return isCapitalsProse(text) }
        if !text.hasFewerCharacters(than: 100) { return true }
        guard var last = text.last else { return false }
        // A FRUS footnote's number after the sentence's end ("… in my next telegram.17").
        if last.isASCII, last.isNumber {
            let beforeNumber = text.dropLast(text.reversed().prefix(while: { $0.isASCII && $0.isNumber }).count)
            guard let mark = beforeNumber.last, text.count - beforeNumber.count <= 3, ".!?\"”".contains(mark) else {
                return false
            }
            last = mark
        }
        return ".!?:\"”»".contains(last)
    }

    /// Eight or more words, most in lower case, no final punctuation: a sentence the page cut off.
    static func isCutOffProse(_ text: String) -> Bool {
        // The last character first: most paragraphs end with a full stop, and counting words is the dear part.
        guard let last = text.last, last.isLetter else { return false }
        let (words, lowercaseWords) = wordCounts(text)
        guard words >= 8, lowercaseWords * 2 > words || isCapitalsProse(text) else { return false }
        return !isTrailerProse(text) && !isWhollyBracketed(text)
    }

    /// The number of words of `text` split at spaces and line breaks, and how many of them start with a
    /// lower-case letter.
    static func wordCounts(_ text: String) -> (words: Int, lowercase: Int) {
        var words = 0
        var lowercase = 0
        if text.hasOneScalarPerCharacter {
            var inWord = false
            for scalar in text.unicodeScalars {
                if scalar == " " || scalar == "\n" {
                    inWord = false
                    continue
                }
                if !inWord {
                    inWord = true
                    words += 1
                    if scalar.isLowercaseCharacter { lowercase += 1 }
                }
            }
            return (words, lowercase)
        }
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            words += 1
            if word.first?.isLowercase ?? false { lowercase += 1 }
        }
        return (words, lowercase)
    }

    /// Prose that still belongs after a signature: reference notes and footnotes.
    static func isTrailerProse(_ text: String) -> Bool {
        isBackLinkedFootnote(text) || LinePatterns.trailerProse.matches(text)
    }

    /// A footnote of a web page that ends with its link back to the text ("- Source: Department of State,
    /// Central Files, … Top Secret.↩", as history.state.gov pages are copied; "1 Document 115. Back", a
    /// note's number and text before the link's word, as the Avalon Project prints FRUS documents).
    static func isBackLinkedFootnote(_ text: String) -> Bool {
        if text.utf8.last == 0xA9 && text.hasSuffix("↩") { return true }
        // The Avalon Project's FRUS pages: "1 Document 115. Back", the link's word closing the note.
        guard text.utf8.last == UInt8(ascii: "k"), text.hasSuffix(" Back") else { return false }
        let digits = text.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        return (1...3).contains(digits.count) && text.utf8.dropFirst(digits.count).first == 0x20
            && text.utf8.count > digits.count + 6
    }

    /// Whether the last of `units`, at `index`, is a bulleted footnote the page cut off before its link back
    /// ("- Telegram 199836 to Tel Aviv, … had been fully an" after "- Source: …↩"): it opens with the bullet
    /// of the back-linked footnote before it (``isBackLinkedFootnote(_:)``).
    static func isCutOffBulletedFootnote(_ units: [TextUnit], at index: Int) -> Bool {
        guard index > 0, index == units.count - 1, units[index].text.utf8.first == 0x2D else { return false }
        let before = units[index - 1].text.trimmedText
        return units[index].text.hasPrefix("- ") && before.hasPrefix("- ") && isBackLinkedFootnote(before)
    }

    static func isNumberedPoint(_ text: String) -> Bool { numberedPointNumber(text) != nil }

    static func numberedPointNumber(_ text: String) -> String? {
        guard let match = LinePatterns.numberedPoint.firstRange(in: text) else { return nil }
        guard text.count >= 25 else { return nil }
        let digits = text[match].filter(\.isNumber)
        return String(digits)
    }

    static func isOmissionOnly(_ text: String) -> Bool {
        text.utf8.count <= 16 && LinePatterns.omissionOnly.matches(text)
    }

    static func isWhollyBracketed(_ text: String) -> Bool {
        guard text.hasPrefix("["), text.hasSuffix("]") else { return false }
        // Every character outside brackets is white space.
        var depth = 0
        for character in text {
            if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 && !character.isWhitespace {
                return false
            }
        }
        return true
    }

    static func startsWithOpeningQuote(_ text: String) -> Bool {
        guard let first = text.trimmedText.first else { return false }
        return first == "\"" || first == "“" || first == "«"
    }

    static func endsWithClosingQuote(_ text: String) -> Bool {
        guard let last = text.trimmedText.last else { return false }
        return last == "\"" || last == "”" || last == "»"
    }

    /// A distribution label ("To be seen by", "FYI – Trojanowski, Thee") and the names on the lines right
    /// after it are a copy list, not signatures: "Comrade Szabó F." under "To be seen by" read the
    /// telegram, they did not sign it.
    static func markDistribution(_ closer: inout [FrameLine]) {
        var inList = false
        for index in closer.indices {
            let lower = closer[index].unit.text.trimmedText.lowercasedText
            // "Five copies printed" heads the numbered list of those who got one ("1 - Cde. A. A. Gromyko").
            if LinePatterns.distributionLabel.matches(lower) || lower.containsBytes(of: "copies printed") {
                inList = true
            } else if inList, closer[index].kind == .signature {
                closer[index].kind = .copies
            } else if index > 0, closer[index].kind == .signature, closer[index - 1].kind == .copies,
                closer[index - 1].unit.text.trimmedText.hasSuffix(",")
            {
                // "Copies: Stalin (2), Molotov, Malenkov, Beria," / "Mikoyan, Kaganovich, Bulga": the list runs on.
                closer[index].kind = .copies
            } else {
                inList = false
            }
        }
    }

    static func frameKind(_ text: String, position: FramePosition) -> FrameLineKind {
        let lower = text.lowercasedText
        // "[2]" alone below the text: a note whose text the page lost where it was cut off.
        if position == .closer, text.utf8.count <= 4, startsWithBracketedNumber(text) { return .footnote }
        if isWhollyBracketed(text) {
            // "[Трояновский]" below a letter: the editors supplied the signature the copy lacks.
            let inside = text.dropFirst().dropLast()
            if position == .closer, !inside.contains("["), inside.split(separator: " ").count <= 3,
                looksLikeSignature(String(inside))
            {
                return .signature
            }
            return .bracketed
        }
        if text.allSatisfy({ $0 == "—" || $0 == "-" || $0 == "_" || $0 == "–" || $0 == " " }) && text.count >= 3 {
            return .separator
        }
        if startsWithFootnoteMark(text) || isBackLinkedFootnote(text)
            || (position == .closer && startsWithBracketedNumber(text))
        {
            return .footnote
        }
        if isClassification(lower) { return .classification }
        if LinePatterns.forDelivery.matches(lower) { return .address }
        if LinePatterns.handling.matches(lower) { return .handling }
        if LinePatterns.copies.matches(lower) || lower.containsBytes(of: "copies printed")
            || LinePatterns.distributionLabel.matches(lower) || isParenthesisedDistribution(lower)
        {
            return .copies
        }
        if LinePatterns.transmission.matches(lower) { return .transmission }
        if lower.hasPrefix("from ") && text.hasFewerCharacters(than: 90) {
            // "FROM THE JOURNAL / OF M. G. PODOL’SKY": whose record the text is taken from, not a place.
            return isExcerptHeading(lower) ? .heading : .origin
        }
        if position == .opener, let last = text.last, (last == ":" || last == "!"), text.hasFewerCharacters(than: 120) {
            return .salute
        }
        if position == .closer, LinePatterns.closingSalute.matches(lower) { return .salute }
        if lower.hasPrefix("to ") && text.hasFewerCharacters(than: 90) { return .address }
        if LinePatterns.numberWithSign.matches(lower) || LinePatterns.numberOnly.matches(lower)
            || LinePatterns.referenceNumber.matches(text) && text.hasFewerCharacters(than: 30)
                && text.contains(where: \.isNumber)
        {
            if position == .closer, looksLikeSignature(text) { return .signature }
            return .number
        }
        // "Notes", "Примечания": the heading of the notes below the text, no signature.
        if text.utf8.count <= 24, notesHeadings.contains(lower.trimmingCharacters(in: CharacterSet(charactersIn: " :")))
        {
            return .heading
        }
        if position == .closer && isProse(text) { return .postscript }
        if position == .closer, isParenthesisedSignature(text) { return .signature }
        if isDateLine(text) { return .date }
        if position == .closer && looksLikeSignature(text) { return .signature }
        if position == .closer, signedName(text) != nil { return .signature }
        return .heading
    }

    /// The name a closing line signs with beside other words: after the editor's mark of a signature
    /// (``nameAfterSignatureMark(_:)``), before the holder's role (``nameBeforeRole(_:)``) or in a parenthesis
    /// that ends the line (``nameInClosingParenthesis(_:)``); `nil` for any other line.
    static func signedName(_ text: String) -> Substring? {
        nameAfterSignatureMark(text) ?? nameBeforeRole(text) ?? nameInClosingParenthesis(text)
    }

    /// The typed name in a parenthesis that ends a closing line after the signer's office or role ("USSR MFA
    /// DVO (B. VERESHCHAGIN)", "Ambassador of the USSR in the MPR (V. Pisarev)"), else `nil`: the parenthesis
    /// is one ``isParenthesisedSignature(_:)`` accepts, and at most six words without a sentence's period stand
    /// before it.
    static func nameInClosingParenthesis(_ text: String) -> Substring? {
        guard text.utf8.count <= 100, text.utf8.last == 0x29, let open = text.utf8.lastIndex(of: 0x28),
            open > text.startIndex
        else { return nil }
        let before = text[..<open]
        let words = before.split(separator: " ")
        guard (1...6).contains(words.count), !before.containsBytes(of: ". "),
            isParenthesisedSignature(String(text[open...]))
        else { return nil }
        return text[open...]
    }

    /// The name a closing line gives before its holder's role, when the role is in lower case or after a
    /// comma ("Ferenc Rátkai chargé d'affaires ad interim" → "Ferenc Rátkai", "J. Smith, Counsellor"), else
    /// `nil`: one to four words that ``looksLikeSignature(_:)`` accepts, then one to six words each a title or
    /// role word (``CorrespondentReader/titleWords``, "ad interim"), the first no function word ("Ministry of
    /// Foreign Affairs" is an office's name).
    static func nameBeforeRole(_ text: String) -> Substring? {
        // On the bytes first: a word after a space that opens in lower case (or with a letter outside ASCII),
        // or a comma before a space; most closing lines have neither and are not split.
        let bytes = text.utf8
        guard bytes.count <= 100 else { return nil }
        var previous: UInt8 = 0
        var opensRole = false
        for byte in bytes {
            if (previous == 0x20 && (byte >= 0x80 || (byte >= 0x61 && byte <= 0x7A)))
                || (previous == 0x2C && byte == 0x20)
            {
                opensRole = true
                break
            }
            previous = byte
        }
        guard opensRole else { return nil }
        let words = text.splitOnASCII(" ")
        guard (2...10).contains(words.count),
            let roleStart = words.indices.dropFirst().first(where: {
                words[$0].first?.isLowercase == true || words[$0 - 1].utf8.last == 0x2C
            }),
            roleStart <= 4, words.count - roleStart <= 6
        else { return nil }
        func isRoleWord(_ word: Substring) -> Bool {
            var word = word
            while let last = word.utf8.last, last == 0x2C || last == 0x2E { word = word.dropLast() }
            let folded = word.lowercasedText
            return CorrespondentReader.titleWords.contains(folded) || trailingRoleWords.contains(folded)
        }
        guard !roleOpeningFunctionWords.contains(words[roleStart].lowercasedText),
            words[roleStart...].allSatisfy(isRoleWord)
        else { return nil }
        var name = text[text.startIndex..<words[roleStart - 1].endIndex]
        if name.utf8.last == 0x2C { name = name.dropLast() }
        return looksLikeSignature(String(name)) ? name : nil
    }

    /// Words of a role after its holder's name beside ``CorrespondentReader/titleWords`` ("ad interim").
    static let trailingRoleWords: Set<String> = ["ad", "interim", "a.i"]
    /// Title words that open an office's name, not a role ("Ministry of Foreign Affairs").
    static let roleOpeningFunctionWords: Set<String> = ["of", "for", "the"]

    /// The name a closing line gives after the editor's mark of a signature, when a role stands before the
    /// mark or nothing does ("Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev" → "V[asily].
    /// Pisarev", "[Signature] (S. Chervonenko)" → "(S. Chervonenko)"), else `nil`: the name must look like a
    /// signature (``looksLikeSignature(_:)``, ``isParenthesisedSignature(_:)``).
    static func nameAfterSignatureMark(_ text: String) -> Substring? {
        // The bytes first: most closing lines hold no bracket, and the case-blind search is dear.
        guard text.utf8.count <= 160, text.containsBytes(of: "["), text.containsBytes(of: "ignature"),
            let open = text.range(of: "[signature", options: .caseInsensitive),
            let close = text[open.upperBound...].firstIndex(of: "]")
        else { return nil }
        let name = text[text.index(after: close)...].drop(while: \.isWhitespace)
        guard !name.isEmpty, looksLikeSignature(String(name)) || isParenthesisedSignature(String(name)) else {
            return nil
        }
        return name
    }

    /// Whether a line ends with a word broken by a hyphen: a letter, then "-" (no space before it).
    static func endsWithHyphenatedWord(_ line: String) -> Bool {
        guard line.utf8.last == 0x2D else { return false }
        return line.dropLast().last?.isLetter == true
    }

    /// A distribution note in parentheses, as a ciphergram's form prints it below the routing fields ("(FYI:
    /// Trojanowski, Thee, Chodorek)"), in lower case: the label inside the parenthesis is
    /// ``LinePatterns/distributionLabel``'s.
    static func isParenthesisedDistribution(_ lower: String) -> Bool {
        guard lower.utf8.first == 0x28, lower.utf8.last == 0x29, lower.utf8.count <= 200 else { return false }
        return LinePatterns.distributionLabel.matches(String(lower.dropFirst().dropLast()))
    }

    /// Headings of the notes below a text, in lower case.
    static let notesHeadings: Set<String> = [
        "notes", "footnotes", "endnotes", "примечания", "примечание", "anmerkungen", "notes de bas de page", "notas",
        "przypisy", "poznámky",
    ]

    /// Words that make up classification and handling lines ("Cypher. Strictly secret.", "(Top Secret)",
    /// "CONFIDENTIAL URGENT", "Ciphered telegram"). "AUSTEO" and "AGAO" are the Australian caveats (Australian Eyes
    /// Only, Australian Government Access Only).
    static let classificationWords: Set<String> = [
        "strictly", "top", "secret", "confidential", "urgent", "cypher", "cipher", "ciphered", "telegram", "coded",
        "personal", "for", "your", "eyes", "only", "restricted", "most", "very", "limited", "official", "use",
        "exdis", "limdis", "nodis", "niact", "immediate", "priority", "flash", "emergency", "extremely", "extra",
        "advance", "advanced", "newsflash", "and", "sensitive", "immediately", "особая", "папка", "секретно",
        "совершенно", "сов",
        "лично", "и",
        "срочно", "весьма", "строго", "tajne", "ściśle", "pilne", "geheim", "streng", "dringend", "szigorúan",
        "titkos", "sürgős", "strict", "strictement", "confidentiel", "secreto", "confidencial", "urgente",
        "reservado", "reservadíssimo", "secretíssimo", "urgentíssimo", "vertraulich", "přísně", "tajné", "tajné",
        "spěšné", "strict", "secret", "urgent", "foarte", "eyes", "dispatch", "confidentielle", "secrète",
        "personnelle", "très", "riservato", "riservata", "segreto", "segreta", "confidenziale", "personale", "вне",
        "очереди", "немедленно", "regular", "routine", "important", "u", "s", "us", "distribution", "limit",
        "unclassified", "unclas", "austeo", "agao", "guard",
    ]
    static let classificationCoreWords: Set<String> = [
        "secret", "confidential", "urgent", "cypher", "cipher", "ciphered", "personal", "restricted", "exdis",
        "limited", "unclassified", "unclas", "eyes", "use",
        "limdis", "nodis", "niact", "immediate", "immediately", "priority", "flash", "emergency", "newsflash",
        "секретно", "лично",
        "срочно", "tajne", "pilne", "geheim", "dringend", "titkos", "sürgős", "confidentiel", "secreto",
        "confidencial", "urgente", "reservado", "reservadíssimo", "secretíssimo", "urgentíssimo", "vertraulich",
        "tajné", "spěšné", "confidentielle", "secrète", "personnelle", "riservato", "riservata", "segreto",
        "segreta", "confidenziale", "очереди", "немедленно", "regular", "routine", "austeo", "agao", "guard",
    ]

    static func isClassification(_ lower: String) -> Bool {
        if lower.hasOneScalarPerCharacter {
            // The same rule over scalars, stopping at the first word or digit that rules the line out.
            var wordCount = 0
            var hasCoreWord = false
            var wordStart: String.Index?
            let scalars = lower.unicodeScalars
            var index = scalars.startIndex
            while true {
                let scalar = index < scalars.endIndex ? scalars[index] : nil
                if let scalar, scalar.isNumberCharacter { return false }
                if let scalar, scalar.isLetterCharacter {
                    if wordStart == nil { wordStart = index }
                } else {
                    if let start = wordStart {
                        let word = String(lower[start..<index])
                        wordCount += 1
                        guard wordCount <= 6, classificationWords.contains(word) else { return false }
                        if classificationCoreWords.contains(word) { hasCoreWord = true }
                        wordStart = nil
                    }
                    if scalar == nil { break }
                }
                index = scalars.index(after: index)
            }
            return hasCoreWord
        }
        let words = lower.split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.count <= 6, !lower.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { classificationWords.contains(String($0)) }
            && words.contains { classificationCoreWords.contains(String($0)) }
    }

    /// Words a date line may hold besides its date.
    static let dateLineWords: Set<String> = [
        "at", "on", "of", "hours", "minutes", "received", "sent", "the", "date", "left", "blank", "hs", "h",
    ]

    static func isDateLine(_ text: String) -> Bool {
        guard lettersCouldAllBelongToDate(text, otherWords: dateLineWords) else { return false }
        let recognizer = DateRecognizer(contextYear: 1900)
        guard let date = recognizer.dates(in: text).first else { return false }
        let rest = UTF16Text.replacing(date.range, in: text, with: " ")
        let words = rest.split(whereSeparator: { !$0.isLetter }).filter { !dateLineWords.contains($0.lowercasedText) }
        return words.isEmpty
    }

    /// Words (lower case) that a date expression of ``DateRecognizer`` can hold: month names and their
    /// abbreviations, ordinal suffixes. Roman months ("IV") are tested apart.
    static let dateExpressionWords: Set<String> = Set(DateRecognizer.monthNames.map(\.0)).union([
        "st", "nd", "rd", "th",
    ])

    /// A cheap necessary condition for "`text` is a date plus only `otherWords`": every word of ASCII
    /// letters is, in any case, a word a date expression can hold or one of `otherWords`. Every date
    /// expression starts and ends at a word boundary, so a word of letters lies wholly inside or wholly
    /// outside it. Text with non-ASCII bytes passes (the full test decides).
    static func lettersCouldAllBelongToDate(_ text: String, otherWords: Set<String>) -> Bool {
        var word: [UInt8] = []
        func wordFits() -> Bool {
            if word.isEmpty { return true }
            if word.allSatisfy({ $0 == UInt8(ascii: "i") || $0 == UInt8(ascii: "v") || $0 == UInt8(ascii: "x") }) {
                return true
            }
            let string = String(decoding: word, as: UTF8.self)
            return dateExpressionWords.contains(string) || otherWords.contains(string)
        }
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                word.append(byte | 0x20)
            } else {
                guard wordFits() else { return false }
                word.removeAll(keepingCapacity: true)
            }
        }
        return wordFits()
    }

    /// A name line: after dates, numbers and bracketed matter are removed, one to five capitalised words.
    /// Marks that stand for a signature in a copy of a document.
    static let signatureMarks: Set<String> = [
        "/-/", "/s/", "(signed)", "(sgd)", "(sgd.)", "/sgd/", "(-)", "(gez.)", "(подпись)",
    ]

    /// Capitalised words that open a subject's heading, never a name ("On Czech", "Concerning the Visit").
    static let subjectHeadingWords: Set<String> = ["on", "about", "regarding", "concerning", "between", "re"]

    static func looksLikeSignature(_ line: String) -> Bool {
        // A typewriter's list dash ("-- CRIT", a cut-off item of a press summary) opens no signature.
        if line.hasPrefix("-- ") { return false }
        // "241. Письмо": an edition's next heading, cut off at the page's end, is a document's number and
        // its kind.
        if let first = line.utf8.first, first >= 0x30, first <= 0x39, opensWithNumberedKind(line) { return false }
        // A mark of a signature in a copy ("/-/ Maneli", "/s/ Lodge", "(signed) Fry") is no word of it.
        var text = line
        if let space = line.firstIndex(of: " "), signatureMarks.contains(line[..<space].lowercased()) {
            text = String(line[line.index(after: space)...])
        }
        // Each date becomes a space (on the UTF-16 offsets the recogniser gives).
        let dates = DateRecognizer(contextYear: 1900).dates(in: text)
        var rest = dates.isEmpty ? text : UTF16Text.replacing(dates.map(\.range), in: text, with: " ")
        // Every bracketed span ("[" to the first "]" after it) becomes a space, as `\[[^\]]*\]` would.
        if rest.containsBytes(of: "[") {
            rest = replacingBracketedSpans(rest)
        }
        if ["No.", "Nº", "N°", "№"].contains(where: { rest.containsBytes(of: $0) }) {
            rest = rest.replacingPattern(#"(No\.|Nº|N°|№)\s*:?\s*[\d/\w]*"#, with: " ")
        }
        // "– Monori – 423 –", a Hungarian cable's closing line: en and em dashes frame the name as hyphens do
        // ("-Marjai-179-").
        if rest.containsBytes(of: "–") || rest.containsBytes(of: "—") {
            rest = rest.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        }
        rest = replacingNumberPunctuation(rest)
        let words = rest.split(separator: " ").filter { !$0.isEmpty }
        guard (1...5).contains(words.count) else { return false }
        // "On Czech": a heading that opens a subject is no name.
        if let first = words.first, first.utf8.count <= 10, subjectHeadingWords.contains(first.lowercased()) {
            return false
        }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase || word == "de" || word == "van"
        }
    }

    /// Whether `line` opens with an edition's document number and a kind of document
    /// (``RussianDocumentTitle/kinds``, ``TitlePatterns/kindWords``: "241. Письмо", "12. Telegram"), in any
    /// case.
    static func opensWithNumberedKind(_ line: String) -> Bool {
        let words = line.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, RussianDocumentTitle.isDocumentNumber(String(words[0])) else { return false }
        let kind = words[1].lowercased()
        return RussianDocumentTitle.kinds.contains(kind) || TitlePatterns.kindWords.contains(kind)
    }

    /// A typed name in parentheses below a signature's role ("(A. PUZANOV)", "(Gromyko A.)"), as translations
    /// of Soviet documents print it: two to four words that ``looksLikeSignature(_:)`` accepts, none of them
    /// a word of the document's apparatus ("(Not Sent)").
    static func isParenthesisedSignature(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count <= 48, bytes.first == UInt8(ascii: "("), bytes.last == UInt8(ascii: ")") else { return false }
        let inside = String(text.dropFirst().dropLast())
        let words = inside.split(separator: " ")
        guard (2...4).contains(words.count), !inside.contains("("), !inside.contains(")"),
            !words.contains(where: { EntityTagger.apparatusWords.contains($0.lowercased()) })
        else { return false }
        return looksLikeSignature(inside)
    }

    /// `text` with each bracketed span, from a "[" to the first "]" after it, replaced by one space: what
    /// `replacingPattern(#"\[[^\]]*\]"#, with: " ")` gives, on the scalars.
    static func replacingBracketedSpans(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", let close = scalars[(index + 1)...].firstIndex(of: "]") {
                result.append(" ")
                index = close + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// `text` with each run of decimal digits (any script, as ICU's `\d`) and of `. / - : , " “ ”` replaced
    /// by one space: what `replacingPattern(#"[\d./\-:,"“”]+"#, with: " ")` gives, on the scalars.
    static func replacingNumberPunctuation(_ text: String) -> String {
        func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "0"..."9", ".", "/", "-", ":", ",", "\"", "“", "”": true
            default: scalar.value >= 0x80 && scalar.properties.generalCategory == .decimalNumber
            }
        }
        var result = String.UnicodeScalarView()
        var inRun = false
        for scalar in text.unicodeScalars {
            if isReplaced(scalar) {
                if !inRun { result.append(" ") }
                inRun = true
            } else {
                result.append(scalar)
                inRun = false
            }
        }
        return String(result)
    }
}
