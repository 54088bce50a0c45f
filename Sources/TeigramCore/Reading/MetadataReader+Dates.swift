import Foundation

/// Dates of dispatch and receipt read where the page has no date line: file numbers, short dispatch paragraphs, the citation, cipher forms' receipt lines.
extension MetadataReader {
    /// The date a FRUS decimal file number gives ("860h.00/11–1945: Telegram" is 19 November 1945: month,
    /// then day and two-digit year), for pages whose text gives no date line; an editorial reading, so
    /// `cert="medium"`.
    static func fileNumberDate(_ page: TelegramPage) -> (date: RecognizedDate, text: String)? {
        for text in fileNumberLines(page) {
            guard
                let match = CorrespondentReader.captures(
                    #"^\d{3}[\w.]*(?:\([A-Z]\))?(?:\s[\w.]+)?/(\d{1,2})[–-](\d{1,2})(\d{2})\b"#, in: text),
                let month = match.groups[0].flatMap({ Int($0) }), let day = match.groups[1].flatMap({ Int($0) }),
                let yearDigits = match.groups[2], let year = DateRecognizer.fullYear(yearDigits),
                (1...12).contains(month), day >= 1, day <= DateRecognizer.daysIn(month: month, year: year)
            else { continue }
            let iso = DateRecognizer.isoDay(year: year, month: month, day: day)
            return (RecognizedDate(range: 0..<0, iso: iso, certainty: "medium", year: year), text)
        }
        return nil
    }

    /// The first full date of a short paragraph (at most 100 bytes) among the first eight of the first
    /// document: a dispatch line the page reader took for text ("No.430 D. 4.04 p.m. October 25, 1956").
    static func shortParagraphDate(_ page: TelegramPage, recognizer: DateRecognizer) -> (
        date: RecognizedDate, text: String
    )? {
        for unit in openingParagraphs(page, blocks: 8) {
            guard unit.text.utf8.count <= 100,
                !TaggingContext.isDeclassificationStamp(unit.text), let date = recognizer.firstFullDate(in: unit.text)
            else { continue }
            return (date, UTF16Text.substring(unit.text, date.range))
        }
        return nil
    }

    /// The date an archive's citation gives right after the document's quoted title (`"Telegram, Embassy of
    /// Hungary in North Vietnam to the Hungarian Foreign Ministry," October 29, 1971, History and Public
    /// Policy Program Digital Archive, …`), for pages whose text gives no date: the archive's dating of the
    /// document. Only a full date that opens the text after the closing quotation mark counts.
    static func citationDate(_ page: TelegramPage, recognizer: DateRecognizer) -> (date: RecognizedDate, text: String)?
    {
        for unit in page.citation + page.preface where unit.text.utf8.count <= 2_000 {
            let text = collapseWhitespace(unit.text)
            for closing in [",\u{201D} ", ",\" "] where text.containsBytes(of: closing) {
                var search = text.startIndex..<text.endIndex
                while let quote = text.range(of: closing, range: search) {
                    let after = String(text[quote.upperBound...].prefix(40))
                    if let date = recognizer.firstFullDate(in: after), date.range.lowerBound == 0 {
                        return (date, UTF16Text.substring(after, date.range))
                    }
                    search = quote.upperBound..<text.endIndex
                }
            }
        }
        return nil
    }

    /// The lines near the top that can be a FRUS file-number line: among the first six units of the preface,
    /// title, page heading and opener, those that open with a digit and hold a "/" (white space collapsed).
    static func fileNumberLines(_ page: TelegramPage) -> [String] {
        let units =
            page.preface + (page.titleLine.map { [$0] } ?? []) + (page.pageHeading.map { [$0] } ?? [])
            + (page.parts.first?.opener.map(\.unit) ?? [])
        return units.prefix(6).filter { $0.text.first?.isNumber == true && $0.text.containsBytes(of: "/") }.map {
            collapseWhitespace($0.text)
        }
    }

    /// A FRUS page's decimal file number ("860h.00/11–1945", "124.616/381"), the archival reference of a
    /// Department of State telegram, from a line "file number: Telegram" near the top.
    static func decimalFileNumber(_ page: TelegramPage) -> String? {
        fileNumberLines(page).lazy.compactMap(fileNumber(inLine:)).first
    }

    /// The decimal file number of a FRUS page's file-number line ("740.61112A/2–2445: Telegram" →
    /// "740.61112A/2–2445", "396.1 GE/5–1754: Telegram"; the older volumes' "File No. 861.51/145" or
    /// "File No. 812.00/7741." → "861.51/145", "812.00/7741"), else `nil`.
    static func fileNumber(inLine text: String) -> String? {
        if text.hasPrefix("File No.") {
            return CorrespondentReader.captures(#"^File No\.\s*(\d{3}[\w.]*/[\w.–\-/]*\w)\.?\s*$"#, in: text)?.groups[0]
                ?? nil
        }
        guard text.first?.isNumber == true, text.containsBytes(of: "/") else { return nil }
        return CorrespondentReader.captures(
            #"^(\d{3}[\w.]*(?:\([A-Z]\))?(?:\s[\w.]+)?/[\w.–\-/]*\w)\s*:\s*(?i:telegram|airgram|despatch|memorandum|letter)"#,
            in: text)?.groups[0] ?? nil
    }

    /// The first full date in a document's closing lines, footnotes excepted (a footnote's date dates a
    /// source, not the document), with the text it is read from.
    static func closerDate(_ part: TelegramPart, recognizer: DateRecognizer) -> (date: RecognizedDate, text: String)? {
        for line in part.closer where line.kind != .footnote {
            if let date = recognizer.firstFullDate(in: line.unit.text) {
                return (date, UTF16Text.substring(line.unit.text, date.range))
            }
        }
        return nil
    }

    /// The first full date of a dispatch line among the first document's opener lines ("MOSCOW, November
    /// 19, 1945—7 p.m.", "No.430 D. 4.04 p.m. October 25, 1956").
    static func dispatchLineDate(_ page: TelegramPage, recognizer: DateRecognizer) -> (
        date: RecognizedDate, text: String, place: String?, letterhead: String?
    )? {
        let opener = page.parts.first?.opener ?? []
        for (index, line) in opener.enumerated() where line.unit.text.count <= 160 {
            if let date = recognizer.firstFullDate(in: withoutFootnoteMarkAfterYear(line.unit.text)) {
                let before = UTF16Text.substring(line.unit.text, 0..<date.range.lowerBound)
                let place = datelinePlace(before)
                // "Foreign Policy Department" / "Belgrade, October 24, 1977": the office whose letterhead
                // stands above a dateline that names its place.
                let letterhead = place != nil && index > 0 ? letterheadOffice(opener[index - 1].unit.text) : nil
                return (date, UTF16Text.substring(line.unit.text, date.range), place, letterhead)
            }
        }
        return nil
    }

    /// `line` without the footnote's mark an edition prints right after a dateline's closing year ("London, 16
    /// August 19561" → "London, 16 August 1956", "Fiuggi, den 24. Juli 19142" → "…Juli 1914"): a run of five or
    /// six digits that ends the line and opens with a year 1800–2099 loses the digits after the year. Any
    /// other line is returned as it is. Only the line's end changes, so a range in the result is a range in
    /// `line`.
    static func withoutFootnoteMarkAfterYear(_ line: String) -> String {
        var trimmed = Substring(line)
        while trimmed.last?.isWhitespace == true { trimmed = trimmed.dropLast() }
        let digits = trimmed.utf8.reversed().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        guard (5...6).contains(digits) else { return line }
        let run = trimmed.utf8.suffix(digits)
        let before = trimmed.utf8.dropLast(digits).last
        guard before.map({ $0 == 0x20 || $0 == 0x2C }) ?? false,
            let century = Int(String(decoding: run.prefix(2), as: UTF8.self)), (18...20).contains(century)
        else { return line }
        return String(decoding: trimmed.utf8.dropLast(digits - 4), as: UTF8.self)
    }

    /// A line that is an office's name alone, as a letterhead prints it ("Foreign Policy Department",
    /// "Embassy of the Hungarian People's Republic"): at most 80 bytes, capitalised, an office
    /// (``CorrespondentReader/isOffice(_:)``) and a correspondent's phrase, with no digit and no "to".
    static func letterheadOffice(_ text: String) -> String? {
        let line = collapseWhitespace(text)
        guard line.utf8.count <= 80, line.first?.isUppercase == true, !line.containsDecimalDigit,
            !line.containsBytes(of: " to "), !line.containsBytes(of: " TO "), CorrespondentReader.isOffice(line),
            CorrespondentReader.isCorrespondentPhrase(line)
        else { return nil }
        return line
    }

    /// The place a dispatch line names before its date ("Saigon, " of "Saigon, September 13, 1963" → "Saigon";
    /// "Moscow, " → "Moscow"; "Cablegram 261 NEW DELHI, " → "NEW DELHI"): one to three capitalised words and
    /// a comma, after the kind of document and its number if any; else `nil`.
    static func datelinePlace(_ before: String) -> String? {
        // "Cablegram 261 NEW DELHI, 5 April 1949": the kind of document and its number come first.
        let text = TitlePatterns.documentKind.replacing(in: collapseWhitespace(before), with: "")
        guard text.hasSuffix(","), !text.contains(where: \.isNumber) else { return nil }
        // "Embassy Pyongyang, February 6, 1953": the office's word is no part of the place.
        var words = String(text.dropLast()).split(separator: " ")
        while let first = words.first, words.count > 1, CorrespondentReader.officeWords.contains(first.lowercased()) {
            words.removeFirst()
        }
        let place = words.joined(separator: " ")
        guard (1...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase ?? false }),
            !words.contains(where: { CorrespondentReader.titleWords.contains($0.lowercased()) })
        else { return nil }
        return place
    }

    /// The receipt date of a document: the first "received …" or "arrived …" line of its opener or closer
    /// with a full date ("Arrived: 31.10.62 19:00"), or a transmission line with a full date after either
    /// word ("Dispatched … and received at 05.29.1962 at 20:24"); else a British telegram's "R." line with a time and a
    /// date ("R. 4.08 pm. October 25, 1956"); else a receipt written without its year.
    static func readReceipt(_ part: TelegramPart, into metadata: inout TelegramMetadata) {
        let recognizer = DateRecognizer()
        // The text's first eight units, and the opener before them: the page reader may take a form's lines
        // for paragraphs.
        let openingUnits = Array(part.body.prefix(8)).units.prefix(8)
        let headUnits = part.opener.map(\.unit) + openingUnits
        for line in part.opener + part.closer where line.kind == .transmission {
            let text = line.unit.text.trimmedText
            let lower = text.lowercasedText
            if lower.hasPrefix("received") || lower.hasPrefix("arrived"), let date = recognizer.firstFullDate(in: text)
            {
                metadata.receivedDate = date
                metadata.receivedDateText = UTF16Text.substring(text, date.range)
                return
            }
            // "Dispatched from Havana on 05.29.1962 at 12:30 and received at 05.29.1962 at 20:24": the full
            // date after the word.
            if let marker = text.firstRange(of: #"\b(?:received|arrived)\b"#, caseInsensitive: true) {
                let after = String(text[marker.upperBound...])
                if let date = recognizer.firstFullDate(in: after) {
                    // "Dispatched … on 11.03.1962 … and received on 11.04.1962": a receipt that the day-first
                    // reading puts before the dispatch is read in the order the dispatch date shows.
                    if let sent = metadata.date, date.iso.utf8.count == 10, sent.iso.utf8.count == 10,
                        date.iso < sent.iso,
                        let receipt = partialReceiptDate(collapseWhitespace(text), documentDate: sent)
                    {
                        metadata.receivedDate = receipt.date
                        metadata.receivedDateText = receipt.text
                        return
                    }
                    metadata.receivedDate = date
                    metadata.receivedDateText = UTF16Text.substring(after, date.range)
                    return
                }
            }
        }
        // A receipt line of a form that the page reader took for the text's first paragraphs, or that stands
        // among the opener's other lines: "Received: MOFA, January 4, 1974, 21:45", "Received 3 September 1988";
        // and a FRUS editor's receipt line below the dateline, in its brackets: "[Received May 13, 7 a.m.]".
        for unit in headUnits where unit.text.utf8.count <= 160 {
            let bracketed = unit.text.utf8.first == 0x5B && unit.text.hasPrefix("[Received")
            guard bracketed || opensWithReceiptLabel(unit.text) else { continue }
            let line = unit.text.trimmedText
            let text = bracketed && line.hasSuffix("]") ? String(line.dropFirst().dropLast()) : line
            if let receipt = labelledReceiptDate(text, recognizer: recognizer, documentDate: metadata.date) {
                metadata.receivedDate = receipt.date
                metadata.receivedDateText = receipt.text
                return
            }
        }
        // A British cypher telegram's "R. 4.08 p.m. October 25, 1956" (beside "D." for despatched).
        // The page reader may take the form's lines for the text's first paragraphs.
        for unit in headUnits
        where unit.text.utf8.count <= 160 && unit.text.containsBytes(of: "R. ") {
            let text = unit.text
            guard let marker = text.firstRange(of: #"(?:^|\s)R\.\s+\d{1,2}[.:]\d{2}"#),
                let date = recognizer.firstFullDate(in: String(text[marker.upperBound...]))
            else { continue }
            let after = String(text[marker.upperBound...])
            metadata.receivedDate = date
            metadata.receivedDateText = UTF16Text.substring(after, date.range)
            return
        }
        guard let documentDate = metadata.date else { return }
        for unit in part.opener.map(\.unit) + part.closer.map(\.unit) + openingUnits
        where unit.text.utf8.count <= 300
            && (unit.text.containsBytes(of: "eceived") || unit.text.containsBytes(of: "rrived"))
        {
            let text = collapseWhitespace(unit.text)
            guard let receipt = partialReceiptDate(text, documentDate: documentDate) else { continue }
            metadata.receivedDate = receipt.date
            metadata.receivedDateText = receipt.text
            return
        }
        // "[Received 3:56 p.m.]" below a FRUS dateline: the editors give the receipt's date only when it is
        // another day than the dispatch's, so a time alone was received on the day of the dateline.
        if documentDate.iso.utf8.count == 10 {
            for line in part.opener where line.unit.text.utf8.count <= 40 && line.unit.text.hasPrefix("[Received") {
                guard
                    let match = CorrespondentReader.captures(
                        #"^\[Received(?:\s+at)?\s+(\d{1,2}[:.]\d{2}\s*[ap]\.\s?m\.)\]$"#,
                        in: line.unit.text.trimmedText),
                    let time = match.groups[0]
                else { continue }
                metadata.receivedDate = RecognizedDate(
                    range: 0..<0, iso: documentDate.iso, certainty: nil, year: documentDate.year)
                metadata.receivedDateText = time
                return
            }
        }
        // A FRUS source note below the text: "… Secret; Priority. Received at 11:45 p.m., May 25. …".
        for line in part.closer where line.unit.text.utf8.count <= 1_000 && line.unit.text.containsBytes(of: "Received")
        {
            // The expression reads the 48 characters from "Received" on, not the whole note.
            guard let start = line.unit.text.range(of: "Received") else { continue }
            let phrase = collapseWhitespace(String(line.unit.text[start.lowerBound...].prefix(48)))
            if let receipt = sourceNoteReceiptDate(phrase, documentDate: documentDate) {
                metadata.receivedDate = receipt.date
                metadata.receivedDateText = receipt.text
                return
            }
        }
    }

    /// Whether a line opens with "Received" or "Arrived" in any case (a byte test before any expression).
    static func opensWithReceiptLabel(_ text: String) -> Bool {
        let head = text.utf8.drop(while: { $0 == 0x20 })
        return head.opensWithASCIIWord("received") || head.opensWithASCIIWord("arrived")
    }

    /// The full date of a receipt line that is a form's field: "Received", "Arrived", then a colon or "at",
    /// "on", "in", up to three capitalised words naming where ("MOFA,", "Ministry"), and the date at once
    /// ("Received: MOFA, January 4, 1974, 21:45", "Received 3 September 1988"). A sentence that reports a
    /// receipt ("Received your telegram of 3 May 1962") has other words before its date, and gives `nil`.
    static func labelledReceiptDate(_ text: String, recognizer: DateRecognizer, documentDate: RecognizedDate?) -> (
        date: RecognizedDate, text: String
    )? {
        guard let date = recognizer.firstFullDate(in: text) ?? yearlessReceiptDate(text, documentDate: documentDate),
            UTF16Text.substring(text, 0..<date.range.lowerBound).matches(
                #"^(?i:received|arrived)(?::|\s+(?:at|on|in)\b)?\s*(?:\p{Lu}[\p{L}.’'\-]*,?\s+){0,3}$"#)
        else { return nil }
        return (date, UTF16Text.substring(text, date.range))
    }

    /// A receipt date written with day and month only ("Received: 4 November at 19:25"), read in the
    /// document's year (the next when that falls before the dispatch), with `cert="medium"`; `nil` without a
    /// document date with its day, or when the receipt would fall more than 60 days after the dispatch.
    static func yearlessReceiptDate(_ text: String, documentDate: RecognizedDate?) -> RecognizedDate? {
        guard let documentDate, let sent = CalendarDay(iso: documentDate.iso),
            var date = DateRecognizer(contextYear: sent.year).dates(in: text).first,
            date.certainty != nil, let written = CalendarDay(iso: date.iso),
            let day = receiptDay(month: written.month, day: written.day, sent: sent)
        else { return nil }
        date.iso = day.iso
        return date
    }

    /// The day of a receipt written with month and day only: in the dispatch's year, the next when the
    /// month comes before the dispatch's; `nil` when that day falls before the dispatch or more than 60 days
    /// after it.
    static func receiptDay(month: Int, day: Int, sent: CalendarDay) -> CalendarDay? {
        let year = month < sent.month ? sent.year + 1 : sent.year
        guard let date = CalendarDay(year: year, month: month, day: day), (0...60).contains(date.days(since: sent))
        else { return nil }
        return date
    }

    /// The receipt a FRUS source note gives as a time and a month and day without the year ("Received at
    /// 11:45 p.m., May 25.", "Received 7:15 p.m. October 26"), read in the document's year (the next when
    /// the month comes before the document's), with `cert="high"` as a date whose year comes from context;
    /// `nil` when it would fall before the document's date or more than 60 days after it.
    static func sourceNoteReceiptDate(_ text: String, documentDate: RecognizedDate) -> (
        date: RecognizedDate, text: String
    )? {
        guard let sent = CalendarDay(iso: documentDate.iso),
            let match = CorrespondentReader.captures(
                #"Received(?:\s+at)?\s+\d{1,2}[:.]\d{2}\s*[ap]\.\s?m\.[.,]*\s+(([A-Z][a-z]{2,8})\.?\s+(\d{1,2}))\b"#,
                in: text),
            let written = match.groups[0], let name = match.groups[1], let day = match.groups[2].flatMap({ Int($0) }),
            let month = DateRecognizer.monthNumber(name)
        else { return nil }
        guard let date = receiptDay(month: month, day: day, sent: sent) else { return nil }
        return (RecognizedDate(range: 0..<0, iso: date.iso, certainty: "high", year: date.year), written)
    }

    /// The receipt date of a cipher form that writes day and month only, with or without a two-digit year
    /// ("From…Saigon……dispatched on 5.31 at 10:00 hours……..received 6.1 at 9:58 hours"): read against the
    /// document's date. The order of day and month is the one under which the dispatch date on the same
    /// line is the document's date; without a dispatch date, the one that puts the receipt on the
    /// document's date or within 60 days after it (`cert="medium"`, an editorial reading). A receipt before
    /// the document's date, or a reading that both orders allow equally, gives `nil`.
    static func partialReceiptDate(_ text: String, documentDate: RecognizedDate) -> (
        date: RecognizedDate, text: String
    )? {
        guard let sent = CalendarDay(iso: documentDate.iso),
            let match = CorrespondentReader.captures(
                #"(?i:received|arrived)(?:\s+(?i:on|at))?[\s.…:]+((\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?)\b"#,
                in: text),
            let written = match.groups[0], let first = match.groups[1].flatMap({ Int($0) }),
            let second = match.groups[2].flatMap({ Int($0) })
        else { return nil }
        let statedYear = match.groups[3].flatMap { $0 }.flatMap(DateRecognizer.fullYear)
        /// The receipt under one order, its year the stated one or the document's (the next when the month
        /// comes before the document's).
        func receipt(month: Int, day: Int) -> CalendarDay? {
            var year = statedYear ?? sent.year
            if statedYear == nil, month < sent.month { year += 1 }
            return CalendarDay(year: year, month: month, day: day)
        }
        let monthFirst = receipt(month: first, day: second)
        let dayFirst = receipt(month: second, day: first)
        var chosen: CalendarDay?
        var certainty: String? = "medium"
        if let dispatch = CorrespondentReader.captures(
            #"(?i:dispatched|sent)(?:\s+(?i:on))?[\s.…:]+(\d{1,2})\.(\d{1,2})\b"#, in: text),
            let a = dispatch.groups[0].flatMap({ Int($0) }), let b = dispatch.groups[1].flatMap({ Int($0) })
        {
            if a == sent.month && b == sent.day && !(a == sent.day && b == sent.month) {
                chosen = monthFirst
                certainty = nil
            } else if a == sent.day && b == sent.month && !(a == sent.month && b == sent.day) {
                chosen = dayFirst
                certainty = nil
            }
        }
        if chosen == nil {
            let plausible = [monthFirst, dayFirst].compactMap { $0 }.filter {
                let days = $0.days(since: sent)
                return days >= 0 && days <= 60
            }
            guard Set(plausible).count == 1 else { return nil }
            chosen = plausible[0]
        }
        guard let date = chosen, date.days(since: sent) >= 0 else { return nil }
        return (RecognizedDate(range: 0..<0, iso: date.iso, certainty: certainty, year: date.year), written)
    }
}
