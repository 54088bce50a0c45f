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

    /// `element` with indentation text inserted (two spaces a level).
    static func indented(_ element: XMLElement, level: Int = 0) -> XMLElement {
        var result = element
        let isContainer = containers.contains(element.name)
            || (element.name == "item" && !element.children.isEmpty && element.children.allSatisfy { if case .element(let e) = $0 { e.name == "p" } else { false } })
        guard isContainer else { return result }
        let elements = element.children.filter {
            if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
        guard elements.allSatisfy({ if case .text = $0 { false } else { true } }), !elements.isEmpty else { return result }
        let inner = "\n" + String(repeating: "  ", count: level + 1)
        var children: [XMLNode] = []
        for child in elements {
            children.append(.text(inner))
            if case .element(let childElement) = child {
                children.append(.element(indented(childElement, level: level + 1)))
            } else {
                children.append(child)
            }
        }
        children.append(.text("\n" + String(repeating: "  ", count: level)))
        result.children = children
        return result
    }
}
