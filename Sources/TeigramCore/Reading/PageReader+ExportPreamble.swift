import Foundation

/// The Wilson Center Digital Archive's PDF export as text: a line of the date and the title ("November 03,
/// 1962 Telegram from Polish Embassy in Washington (Drozniak), 3 November 1962"), repeated where the export
/// prints a running header, then a preamble of labelled sections before the document ("Citation:" and the
/// citation sentence, "Summary:" and the summary, "Credits:" and the funder, "Original Language:" and the
/// language, "Contents:" and the export's list of its contents, "English Translation", run into the text's
/// first line). Each section goes where the page reader puts its kind on the archive's web pages: the
/// citation to ``TelegramPage/citation``, the summary to ``TelegramPage/summary``, the language to
/// ``TelegramPage/footerFields``, the labels and the list of contents to ``TelegramPage/chrome``. Nothing is
/// dropped.
extension PageReader {
    /// The export's banner, site chrome wherever it stands. It is kept out of ``chromeLines``: the longest
    /// entry there bounds the units the chrome tests hash, and this line is twice as long as any other.
    static let exportBanner = "Digital Archive digitalarchive.wilsoncenter.org International History Declassified"

    /// Whether `text` (trimmed) is ``exportBanner``; its length is compared first.
    static func isExportBanner(_ text: String) -> Bool {
        text.utf8.count == exportBanner.utf8.count && text == exportBanner
    }

    /// The preamble's labels, each on a line of its own.
    static let exportPreambleLabels: Set<String> = [
        "Citation:", "Summary:", "Credits:", "Original Language:", "Contents:",
    ]

    /// The items of the export's list of contents that open the line after "Contents:" ("English Translation
    /// Scan of Original Document [...]"): the export's, not the document's.
    static let exportContentItems = [
        "English Translation", "English Transcription", "Scan of Original Document", "Original Scan",
        "Original Document", "Transcript",
    ]

    /// Reads a PDF export's preamble when `content` (the page's units without chrome, funder and rights) has
    /// one: "Citation:" among its first eight units and "Contents:" after it, with a date-and-title line
    /// before the first label. Returns the page with its date line, title, preamble sections and documents,
    /// or `nil` (the page read as any other) when `content` has no such preamble.
    static func readExportPreamble(
        _ content: [TextUnit], into page: TelegramPage, recognizer: DateRecognizer
    ) -> TelegramPage? {
        // "Citation:" has 9 bytes: longer units are passed over before they are trimmed.
        guard
            let first = content.prefix(8).firstIndex(where: {
                $0.text.utf8.count <= 12 && $0.text.trimmedText == "Citation:"
            }),
            let contents = content[first...].prefix(24).firstIndex(where: { $0.text.trimmedText == "Contents:" }),
            let (titleIndex, (date, title)) = content[..<first].indices.lazy.compactMap({ index in
                dateOpeningTitle(content[index].text, recognizer).map { (index, $0) }
            }).first
        else { return nil }
        var page = page
        let titleUnit = content[titleIndex]
        page.preface += content[..<titleIndex]
        // The running header's copies of the line (some with the export's linked words lost) are chrome.
        page.chrome += content[(titleIndex + 1)..<first]
        page.dateLine = TextUnit(line: titleUnit.line, text: date.text)
        page.recognizedDateLine = (date.text, date.date)
        page.titleLine = TextUnit(line: titleUnit.line, text: title)
        var label = ""
        for unit in content[first..<contents] {
            let text = unit.text.trimmedText
            if exportPreambleLabels.contains(text) {
                label = text
                page.chrome.append(unit)
                continue
            }
            switch label {
            case "Citation:": page.citation.append(unit)
            case "Summary:": page.summary.append(unit)
            case "Original Language:": page.footerFields.append(("Language", unit))
            default: page.chrome.append(unit)
            }
        }
        page.chrome.append(content[contents])
        var rest = Array(content[(contents + 1)...])
        if let opening = rest.first {
            let (items, text) = withoutExportContentItems(opening.text)
            if !items.isEmpty {
                page.chrome.append(TextUnit(line: opening.line, text: items))
                if text.isEmpty {
                    rest.removeFirst()
                } else {
                    rest[0] = TextUnit(line: opening.line, text: text)
                }
            }
        }
        page.parts = editionDocuments(rest, heading: nil)
        markCutOff(&page)
        return page
    }

    /// Whether `line` (trimmed) is what ``readExportPreamble(_:into:recognizer:)`` keeps as chrome: the
    /// banner, a preamble label, the export's list of contents ("English Translation Scan of Original
    /// Document"), or a running header's copy of the date-and-title line, which opens with the page's date
    /// line (`dateLine`).
    static func isExportChrome(_ line: String, dateLine: String?) -> Bool {
        if exportPreambleLabels.contains(line) || isExportBanner(line) { return true }
        let (items, rest) = withoutExportContentItems(line)
        if !items.isEmpty, rest.isEmpty { return true }
        guard let dateLine, line.hasPrefix(dateLine) else { return false }
        return dateOpeningTitle(line, DateRecognizer()) != nil
    }

    /// A line that opens with a full date and goes on with a title ("November 03, 1962 Telegram from …"): the
    /// date's text and its reading, and the title; `nil` for other lines.
    static func dateOpeningTitle(_ text: String, _ recognizer: DateRecognizer) -> (
        date: (text: String, date: RecognizedDate), title: String
    )? {
        let line = text.trimmedText
        guard line.utf8.count <= 400, let date = recognizer.firstFullDate(in: line), date.range.lowerBound == 0 else {
            return nil
        }
        let title = UTF16Text.substring(line, date.range.upperBound..<(line.utf16.count)).trimmedText
        guard title.first?.isLetter == true else { return nil }
        return ((UTF16Text.substring(line, date.range), date), title)
    }

    /// The export's list of contents at the head of `text` ("English Translation Scan of Original Document"),
    /// and what follows it; an empty list when `text` opens otherwise.
    static func withoutExportContentItems(_ text: String) -> (items: String, rest: String) {
        var rest = Substring(text.trimmedText)
        var items: [String] = []
        while let item = exportContentItems.first(where: { rest.hasPrefix($0) }) {
            items.append(item)
            rest = rest.dropFirst(item.count).drop(while: { $0 == " " })
        }
        return (items.joined(separator: " "), String(rest))
    }
}
