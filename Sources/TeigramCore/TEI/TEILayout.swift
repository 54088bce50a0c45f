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

    /// ``containers`` by length of name in UTF-8 and first letter (A–Z, a–z): a name is compared with the
    /// one or two of the same length and initial, which costs less than hashing it (most elements of a
    /// tree are no containers, and most have no container of their length and initial).
    private static let containersByLengthAndInitial: [[[String]]] = {
        var table = [[[String]]](repeating: [[String]](repeating: [], count: 58), count: 1 + (containers.map(\.utf8.count).max() ?? 0))
        for name in containers {
            guard let initial = name.utf8.first, (0x41...0x7A).contains(initial) else { continue }
            table[name.utf8.count][Int(initial) - 0x41].append(name)
        }
        return table
    }()

    static func isContainerName(_ name: String) -> Bool {
        let length = name.utf8.count
        guard length < containersByLengthAndInitial.count, let initial = name.utf8.first, (0x41...0x7A).contains(initial) else { return false }
        let candidates = containersByLengthAndInitial[length][Int(initial) - 0x41]
        return !candidates.isEmpty && candidates.contains(name)
    }

    /// `element` with indentation text inserted (two spaces a level).
    static func indented(_ element: XMLElement, level: Int = 0) -> XMLElement {
        var result = element
        indent(&result, level: level)
        return result
    }

    /// Inserts the indentation text into `element` in place: subtrees held by nothing else are changed
    /// where they stand instead of being copied (shared ones, such as authority entries, are copied on
    /// write as usual).
    static func indent(_ element: inout XMLElement, level: Int = 0) {
        let isContainer = isContainerName(element.name)
            || (element.name == "item" && !element.children.isEmpty && element.children.allSatisfy { if case .element(let e) = $0 { e.name == "p" } else { false } })
        guard isContainer else { return }
        // Only white space between the children (dropped here) and at least one child that is no text.
        var hasNonText = false
        for child in element.children {
            if case .text(let text) = child {
                if !isWhitespaceOnly(text) { return }
            } else {
                hasNonText = true
            }
        }
        guard hasNonText else { return }
        var old: [XMLNode] = []
        swap(&old, &element.children)
        let inner = indentation(level + 1)
        var children: [XMLNode] = []
        children.reserveCapacity(old.count * 2 + 1)
        for index in old.indices {
            if case .text = old[index] { continue }
            children.append(.text(inner))
            if var child = old[index].takeElement() {
                indent(&child, level: level + 1)
                children.append(.element(child))
            } else {
                children.append(old[index])
            }
        }
        children.append(.text(indentation(level)))
        element.children = children
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

private extension XMLNode {
    /// Moves the element out of this node (left as an empty comment), so that an element referenced only
    /// here can be changed without copying its arrays; `nil` for other nodes.
    mutating func takeElement() -> XMLElement? {
        guard case .element(let element) = self else { return nil }
        self = .comment("")
        return element
    }
}
