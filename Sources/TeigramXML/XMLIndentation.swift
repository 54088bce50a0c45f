/// Pretty-printing where white space carries no meaning: an element whose content is elements only (a
/// *container*) has each child on a line of its own, indented two spaces a level, and its end tag on a line
/// at its own level. Mixed content is never touched, so indentation cannot add or remove a space between
/// words; and nothing inside an element that is not laid out is laid out.
///
/// An ``XML.Document`` carries its indentation instead of holding the indentation text: ``XMLWriter`` writes
/// it while writing the tree (building it into the tree cost as much as writing the document), and
/// ``XML.Document/laidOut()`` gives the tree a parser builds from those bytes, for whoever needs that tree.
///
/// An element is laid out when it is a container by name (or by its children, see
/// ``containersOfOnly``), all its text children are white space, and it has at least one child that is no
/// text. Its white-space text children are then replaced by the indentation.
public struct XMLIndentation: Sendable, Equatable {
    /// Names of the elements with element-only content.
    public let containers: Set<String>
    /// Elements with element-only content when all their children are elements of one name: element name
    /// → that child name (TEI's `item` holding `p`s, where a bare `item` holds phrases).
    public let containersOfOnly: [String: String]

    /// ``containers`` by length of name in UTF-8 and first letter (A–Z, a–z): a name is a container exactly
    /// when it equals one of the names in its slot (the reason for this layout: BENCHMARKS.md).
    private let containersByLengthAndInitial: [[[String]]]
    /// ``containersOfOnly`` as pairs, compared one by one (there are one or two).
    private let containerOfOnlyPairs: [(name: String, childName: String)]

    /// Creates an indentation for these containers.
    public init(containers: Set<String>, containersOfOnly: [String: String] = [:]) {
        self.containers = containers
        self.containersOfOnly = containersOfOnly
        var table = [[[String]]](
            repeating: [[String]](repeating: [], count: 58), count: 1 + (containers.map(\.utf8.count).max() ?? 0))
        var others: [String] = []
        for name in containers.sorted() {
            guard let initial = name.utf8.first, (0x41...0x7A).contains(initial) else {
                others.append(name)
                continue
            }
            table[name.utf8.count][Int(initial) - 0x41].append(name)
        }
        // Names of other initials (rare) go into the slot of length 0, which no name uses.
        table[0][0] = others
        containersByLengthAndInitial = table
        containerOfOnlyPairs = containersOfOnly.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    public static func == (left: XMLIndentation, right: XMLIndentation) -> Bool {
        left.containers == right.containers && left.containersOfOnly == right.containersOfOnly
    }

    /// Whether `name` is one of ``containers``.
    func isContainerName(_ name: String) -> Bool {
        let length = name.utf8.count
        guard length < containersByLengthAndInitial.count, let initial = name.utf8.first else { return false }
        guard (0x41...0x7A).contains(initial) else { return containersByLengthAndInitial[0][0].contains(name) }
        let candidates = containersByLengthAndInitial[length][Int(initial) - 0x41]
        return !candidates.isEmpty && candidates.contains(name)
    }

    /// Whether `element` is laid out (see the type's description).
    public func laysOut(_ element: XML.Element) -> Bool {
        var isContainer = isContainerName(element.name)
        if !isContainer, !element.children.isEmpty,
            let pair = containerOfOnlyPairs.first(where: { $0.name == element.name })
        {
            isContainer = element.children.allSatisfy {
                if case .element(let child) = $0 { child.name == pair.childName } else { false }
            }
        }
        guard isContainer else { return false }
        var hasNonText = false
        for child in element.children {
            if case .text(let text) = child {
                if !Self.isWhitespaceOnly(text) { return false }
            } else {
                hasNonText = true
            }
        }
        return hasNonText
    }

    /// A line break and two spaces a level: the text before a child (at the child's level) or before the
    /// end tag (at the element's level).
    public static func lineBreak(level: Int) -> String {
        level < lineBreaks.count ? lineBreaks[level] : "\n" + String(repeating: "  ", count: level)
    }

    private static let lineBreaks: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    /// `text.allSatisfy(\.isWhitespace)`, on the bytes for ASCII text (where every character is one byte,
    /// or CR LF, whose first byte decides).
    public static func isWhitespaceOnly(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) }
        }
        return text.allSatisfy(\.isWhitespace)
    }

    /// `element` (at `level`) with the indentation text in its tree.
    func laidOut(_ element: XML.Element, level: Int) -> XML.Element {
        guard laysOut(element) else { return element }
        var result = element
        var children: [XML.Node] = []
        children.reserveCapacity(element.children.count * 2 + 1)
        for child in element.children {
            switch child {
            case .text: continue
            case .element(let childElement):
                children.append(.text(Self.lineBreak(level: level + 1)))
                children.append(.element(laidOut(childElement, level: level + 1)))
            case .comment, .processingInstruction:
                children.append(.text(Self.lineBreak(level: level + 1)))
                children.append(child)
            }
        }
        children.append(.text(Self.lineBreak(level: level)))
        result.children = children
        return result
    }
}

extension XML.Document {
    /// The tree as a parser builds it from the written document: with the text of ``indentation`` in it,
    /// and no indentation left to add. The document itself when it has none.
    public func laidOut() -> XML.Document {
        guard let indentation else { return self }
        return XML.Document(prolog: prolog, root: indentation.laidOut(root, level: 0))
    }
}
