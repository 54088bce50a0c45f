@testable import TeigramCore
import TeigramXML

/// The check that nothing of a source is lost: every word of every unit the reader did not class as
/// site chrome must occur in the TEI, as often as in the source. Words are compared as multisets over
/// the whole document (header included, since the summary, citation and rights move there); the order
/// of the text's words is checked by the round-trip tests of `teigram text`.
enum WordPreservation {
    static func missingWords(page: TelegramPage, document: XML.Document) -> [String] {
        var units: [TextUnit] = page.preface + page.summary + page.citation + page.rights
        units += [page.pageHeading, page.dateLine, page.titleLine].compactMap { $0 }
        // The funding line is the site's sentence around a name: the name is kept (titleStmt/funder).
        if let funder = page.funder {
            units.append(
                TextUnit(line: funder.line, text: String(funder.text.dropFirst(PageReader.funderOpening.count))))
        }
        units += page.footerFields.map(\.value)
        for part in page.parts {
            units += [part.heading, part.citation].compactMap { $0 }
            units += part.opener.map(\.unit) + part.closer.map(\.unit)
            units += part.body.units
        }
        var available: [String: Int] = [:]
        var root = document.root
        root.children.removeAll { if case .element(let e) = $0 { e.name == "standOff" } else { false } }
        for word in words(root.textContent) { available[word, default: 0] += 1 }
        var missing: [String] = []
        for word in units.flatMap({ words($0.text) }) {
            if let count = available[word], count > 0 { available[word] = count - 1 } else { missing.append(word) }
        }
        return missing
    }
}
