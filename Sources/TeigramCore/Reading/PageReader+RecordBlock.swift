import Foundation

/// The record block of an edition database's page (Dodis, the Diplomatic Documents of Switzerland): between
/// a document's title and its text stand the kind of document with its code ("Telegram (T)"), the editors'
/// summary, a thematic classification ("Thematische Zuordung Serie 1848–1945:" and its numbered lines), the
/// printed edition ("Printed in" and its lines), the record's identifier ("Repository", "dodis.ch/43717"),
/// and the site's buttons ("How to cite: Copy", "volume link"); the text then opens with the title again,
/// with a footnote mark. Each goes where the page reader puts its kind elsewhere: the kind and the labelled
/// lines to ``TelegramPage/footerFields``, the summary to ``TelegramPage/summary``, the edition and the
/// identifier to ``TelegramPage/citation``, the buttons to ``TelegramPage/chrome``, the repeated title to the
/// document's heading. Nothing is dropped.
extension PageReader {
    /// The label above a printed edition's reference, in the site's English, German and Italian.
    static let printedInLabels: Set<String> = ["Printed in", "Abgedruckt in", "Pubblicato in"]
    /// The label above a record's identifier, in the site's English, German and Italian.
    static let repositoryLabels: Set<String> = ["Repository", "Aufbewahrungsort", "Collocazione"]
    /// A record page's buttons and links, chrome wherever they stand, in the site's English, German and
    /// Italian.
    static let recordChromeLines: Set<String> = [
        "How to cite: Copy", "Zitierempfehlung: Kopieren", "Raccomandazione di citazione: Copiare", "volume link",
        "more… |", "more…", "more...", "Mehr… |", "Dettagli… |",
    ]
    /// The labels of a page's language field at its head, in the site's English, German, Italian and French.
    static let languageLabels = ["Language:", "Sprache:", "Lingua:", "Langue:"]

    /// Whether `text` is one of the labels of the record block (``printedInLabels``, ``repositoryLabels``).
    static func isRecordBlockLabel(_ text: String) -> Bool {
        // The labels have 10 to 16 bytes: most lines are ruled out before they are hashed.
        guard (10...16).contains(text.utf8.count) else { return false }
        return printedInLabels.contains(text) || repositoryLabels.contains(text)
    }

    /// Whether a line of a record block is the site's: a button or link, a label of the block, or a
    /// cover image's text ("Cover of DDS, 6").
    static func isRecordChrome(_ text: String) -> Bool {
        recordChromeLines.contains(text) || isRecordBlockLabel(text)
            || (text.hasPrefix("Cover of ") && text.utf8.count <= 60)
    }

    /// A record's permanent identifier on a line of its own ("dodis.ch/44005", "https://dodis.ch/44005"):
    /// a host name with a dot, a slash and a number, nothing else.
    static func isRecordIdentifier(_ text: String) -> Bool {
        text.utf8.count <= 80 && text.matches("^" + recordIdentifierPattern + "$")
    }

    /// A record's permanent identifier as a regular expression without anchors: an optional scheme, a host
    /// name with a dot, a slash and a number ("dodis.ch/44005", "https://dodis.ch/44005").
    static let recordIdentifierPattern = #"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/\d+"#

    /// Where a record's permanent identifier ends that opens a line and runs into its title
    /// ("dodis.ch/48692Notiz des …", "dodis.ch/45445 Der schweizerische …"): after the identifier's number,
    /// before a capital letter; `nil` when the line opens otherwise or holds the identifier alone
    /// (``isRecordIdentifier(_:)``).
    static func leadingRecordIdentifierEnd(_ text: String) -> String.Index? {
        guard text.utf8.count > 8, text.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
            text.prefix(60).containsBytes(of: "/"),
            let match = text.firstRange(of: "^" + recordIdentifierPattern + #"(?=\s?\p{Lu})"#)
        else { return nil }
        return match.upperBound
    }

    /// A page's language field at its head ("Language: French", "Sprache: Französisch", "Lingua:
    /// francese"), or `nil`: a label of ``languageLabels``, then a language name ``LanguageName`` knows.
    static func languageField(_ text: String) -> String? {
        guard let label = languageLabels.first(where: { text.hasPrefix($0) }) else { return nil }
        let name = text.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
        return LanguageName.tag(for: name) != nil ? name : nil
    }

    /// A kind of document with the edition's code for it ("Telegram (T)", "Letter (L)", "Memorandum (M)").
    static func isKindWithCode(_ text: String) -> Bool {
        text.utf8.count <= 60 && text.matches(#"^\p{Lu}[\p{L} -]{2,40} \(\p{Lu}{1,3}\)$"#)
    }

    /// Splits the record block off the units after a page's title (see the extension's description): the
    /// units left for the document and its heading, when the text repeats the title. A page without a
    /// "Printed in" or "Repository" label among its first units has no record block: `content` comes back
    /// as it is.
    static func readRecordBlock(_ content: [TextUnit], title: TextUnit, into page: inout TelegramPage) -> (
        content: [TextUnit], heading: TextUnit?
    ) {
        let texts = content.prefix(40).map(\.text.trimmedText)
        guard let lastLabel = texts.lastIndex(where: isRecordBlockLabel) else {
            return (content, nil)
        }
        // The block ends after the identifier below "Repository", else after the last short line of the
        // edition's reference.
        var end = lastLabel + 1
        if repositoryLabels.contains(texts[lastLabel]) {
            if end < texts.count { end += 1 }
        } else {
            while end < texts.count, texts[end].utf8.count <= 120, !isProse(texts[end]) { end += 1 }
        }
        var label: String?
        for (unit, text) in zip(content[..<end], texts[..<end]) {
            if isRecordBlockLabel(text) {
                page.chrome.append(unit)
                label = text
            } else if isRecordChrome(text) || isChromeLines(text) {
                page.chrome.append(unit)
            } else if isKindWithCode(text) {
                page.footerFields.append(("Type", unit))
                label = nil
            } else if let current = label, isRecordBlockLabel(current) {
                page.citation.append(unit)
            } else if text.hasSuffix(":"), text.utf8.count <= 80 {
                page.chrome.append(unit)
                label = String(text.dropLast())
            } else if let current = label, text.utf8.count <= 80 {
                page.footerFields.append((current, unit))
            } else if isProse(text) {
                page.summary.append(unit)
                label = nil
            } else {
                page.preface.append(unit)
            }
        }
        // The labels that got values are fields, not chrome.
        page.keepLabelledFieldsOutOfChrome(labelSuffix: ":")
        var rest = Array(content[end...])
        guard let first = rest.first, isTitleAgain(first.text, title: title.text) else { return (rest, nil) }
        rest.removeFirst()
        return (rest, first)
    }

    /// Whether `text` is the page's title repeated, with a footnote mark after it ("…politique1"): the
    /// same letters and digits, spaces and punctuation aside ("A.Dunant" in the title, "A. Dunant" above
    /// the text).
    static func isTitleAgain(_ text: String, title: String) -> Bool {
        let significant = { (text: Substring) in
            text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }
        let repeated = significant(Substring(text.trimmedText.reversed().drop(while: \.isNumber).reversed()))
        let original = significant(Substring(title))
        return !original.isEmpty && repeated.elementsEqual(original)
    }

    /// Whether a line is a Soviet foreign-policy edition's source note, which closes each document of a
    /// page that reprints several ("Печат. по арх.", "Опубл. в газ. «Известия»"; "Печот, по арх.",
    /// "Печ-ат. по арх." and "Пгчат. по арх." as OCR misreadings).
    static func isEditionSourceNote(_ text: String) -> Bool {
        guard text.utf8.count <= 160 else { return false }
        if text.hasPrefix("Печат") || text.hasPrefix("Печот") || text.hasPrefix("Опубл.") { return true }
        // A scan's misreadings of "Печат." ("Печ-ат.", "Пгчат.", "Лечат,": "П" read as "Л"): "П" or "Л", then
        // "ат" and a stop before "по".
        let head = text.prefix(10)
        return (head.hasPrefix("П") || head.hasPrefix("Л")) && (head.contains("ат. по") || head.contains("ат, по"))
    }

    /// ``isEditionSourceNote(_:)`` of a unit's text, white space at its ends aside; the first letter's lead
    /// byte (0xD0, as of "П" and "О") is tested before anything is trimmed.
    static func isEditionSourceNoteUnit(_ unit: TextUnit) -> Bool {
        guard unit.text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) == 0xD0 else { return false }
        return isEditionSourceNote(unit.text.trimmedText)
    }

    /// The documents of a page that reprints several, each closed by an edition's source note
    /// (``isEditionSourceNote(_:)``) and its notes ("* См. также док. № 318."), and the next opened by its
    /// title: a title naming correspondents ("Телеграмма Заместителя Народного Комиссара … Полномочному
    /// Представителю …", ``RussianDocumentTitle``) or, with text below it, any document's numbered heading
    /// ("313. Речь Председателя …", ``RussianDocumentTitle/isNumberedHeading(_:)``). The first keeps `heading`, each
    /// later one has its title as heading. A page without such a pair is one document.
    static func editionDocuments(_ units: [TextUnit], heading: TextUnit?) -> [TelegramPart] {
        var starts: [Int] = []
        for index in units.indices.dropFirst() where isEditionSourceNoteUnit(units[index - 1]) {
            var next = index
            while next < units.count, units[next].text.utf8.first == 0x2A { next += 1 }
            guard next < units.count else { continue }
            let title = RussianDocumentTitle.read(units[next].text)
            // A numbered heading the page was cut off after ("328. Теле") opens no document.
            if title.sender != nil || title.recipient != nil
                || (next + 1 < units.count && RussianDocumentTitle.isNumberedHeading(units[next].text))
            {
                starts.append(next)
            }
        }
        guard !starts.isEmpty else { return [readPart(units, heading: heading)] }
        var parts = [readPart(Array(units[..<starts[0]]), heading: heading)]
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : units.count
            parts.append(readPart(Array(units[(start + 1)..<end]), heading: units[start]))
        }
        return parts
    }
}

extension TelegramPage {
    /// Takes the label lines of the footer fields that got a value out of the chrome: a label is chrome
    /// only when nothing follows it. `labelSuffix` is what the label's own line adds to the field's label
    /// (":" on a record page, whose fields are read without it).
    mutating func keepLabelledFieldsOutOfChrome(labelSuffix: String) {
        let labelled = Set(footerFields.map { $0.label + labelSuffix })
        chrome.removeAll { labelled.contains($0.text.trimmedText) }
    }
}
