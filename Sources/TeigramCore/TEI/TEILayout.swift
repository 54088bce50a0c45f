import TeigramXML

/// Pretty-printing for TEI trees: indentation is added only inside elements whose content is elements
/// only, where white space carries no meaning. Mixed content (`p`, `opener`, names…) is never touched, so
/// indentation cannot add or remove a space between words.
enum TEILayout {
    /// Elements with element-only content in Teigram's output.
    static let containers: Set<String> = [
        "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "availability", "sourceDesc",
        "msDesc", "msIdentifier", "encodingDesc", "projectDesc", "classDecl", "taxonomy", "profileDesc",
        "abstract", "correspDesc", "correspAction", "langUsage", "textClass", "keywords", "standOff",
        "listPerson", "listPlace", "listOrg", "person", "place", "org", "location", "text", "front",
        "titlePage", "docTitle", "body", "div", "list", "floatingText", "postscript", "notesStmt",
    ]

    /// ``containers`` by length of name in UTF-8: a name is compared with the few of its length, which
    /// costs less than hashing it (most elements of a tree are no containers).
    private static let containersByLength: [[String]] = {
        var table = [[String]](repeating: [], count: 1 + (containers.map(\.utf8.count).max() ?? 0))
        for name in containers { table[name.utf8.count].append(name) }
        return table
    }()

    static func isContainerName(_ name: String) -> Bool {
        let length = name.utf8.count
        return length < containersByLength.count && containersByLength[length].contains(name)
    }

    /// `element` with indentation text inserted (two spaces a level).
    static func indented(_ element: XMLElement, level: Int = 0) -> XMLElement {
        var result = element
        let isContainer = isContainerName(element.name)
            || (element.name == "item" && !element.children.isEmpty && element.children.allSatisfy { if case .element(let e) = $0 { e.name == "p" } else { false } })
        guard isContainer else { return result }
        let elements = element.children.filter {
            if case .text(let text) = $0 { return !isWhitespaceOnly(text) }
            return true
        }
        guard elements.allSatisfy({ if case .text = $0 { false } else { true } }), !elements.isEmpty else { return result }
        let inner = indentation(level + 1)
        var children: [XMLNode] = []
        children.reserveCapacity(elements.count * 2 + 1)
        for child in elements {
            children.append(.text(inner))
            if case .element(let childElement) = child {
                children.append(.element(indented(childElement, level: level + 1)))
            } else {
                children.append(child)
            }
        }
        children.append(.text(indentation(level)))
        result.children = children
        return result
    }

    /// A line break and two spaces a level.
    private static let indentations: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    private static func indentation(_ level: Int) -> String {
        level < indentations.count ? indentations[level] : "\n" + String(repeating: "  ", count: level)
    }

    /// `text.allSatisfy(\.isWhitespace)`, on the bytes for ASCII text (where every character is one byte,
    /// or CR LF, whose first byte decides).
    static func isWhitespaceOnly(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
        return text.allSatisfy(\.isWhitespace)
    }
}
