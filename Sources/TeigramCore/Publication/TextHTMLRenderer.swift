/// Annotated plain text as HTML: each element span becomes an HTML element around exactly its text, so the
/// page's visible text is the text `teigram text` gives, word for word.
///
/// **Mapping.** Block elements (those that start a line in plain text) become `div class="tei-NAME"`, a
/// `p` without blocks inside `p`, a `list` and its `item`s `div role="list"`/`role="listitem"`. Names that
/// link to an entry become links to the register (`register(for:)`), a footnote's mark (`ref` with a local
/// `@target`) a link to its note, which keeps its `xml:id` as `id`; other elements `span class="tei-NAME"`.
/// An element that holds a block becomes a `div` whatever it is, so the HTML stays valid. A line break
/// inside a block is `br`; the line breaks between blocks are left to the blocks. A name inside a linked name
/// (a place inside an organisation's name) is a `span`: HTML links do not nest.
struct TextHTMLRenderer {
    /// The page that holds the register entry of an entry id, relative to the reading page
    /// (`../persons.html`), `nil` when the entry is not in a register.
    var registerPage: (String) -> String?

    private final class Node {
        let span: TextSpan
        var children: [Node] = []
        var holdsBlock = false
        init(span: TextSpan) { self.span = span }
    }

    /// The HTML of `annotated` (without its trailing newline).
    func render(_ annotated: AnnotatedText) -> String {
        let bytes = Array(annotated.text.utf8)
        let root = Node(span: TextSpan(element: "", attributes: [], utf8Range: 0..<bytes.count, depth: -1))
        var stack: [Node] = [root]
        let ordered = annotated.spans.enumerated().filter { !$0.element.utf8Range.isEmpty }.sorted {
            ($0.element.utf8Range.lowerBound, $0.element.depth, $0.offset)
                < ($1.element.utf8Range.lowerBound, $1.element.depth, $1.offset)
        }
        for (_, span) in ordered {
            while let top = stack.last, top !== root,
                !(top.span.utf8Range.lowerBound <= span.utf8Range.lowerBound
                    && span.utf8Range.upperBound <= top.span.utf8Range.upperBound)
            {
                stack.removeLast()
            }
            guard let parent = stack.last, parent.span.utf8Range.upperBound > span.utf8Range.lowerBound else {
                continue
            }
            var span = span
            span.utf8Range =
                span.utf8Range.lowerBound..<min(span.utf8Range.upperBound, parent.span.utf8Range.upperBound)
            let node = Node(span: span)
            parent.children.append(node)
            stack.append(node)
        }
        markBlocks(root)
        var output = ""
        renderContent(of: root, bytes: bytes, insideLink: false, into: &output)
        return output
    }

    /// Whether a node is a block or holds one.
    @discardableResult
    private func markBlocks(_ node: Node) -> Bool {
        var holds = false
        for child in node.children where markBlocks(child) { holds = true }
        node.holdsBlock = holds
        return holds || Self.isBlock(node.span.element)
    }

    private static func isBlock(_ element: String) -> Bool { TextRenderer.blockLevels[element] != nil }

    private func renderContent(of node: Node, bytes: [UInt8], insideLink: Bool, into output: inout String) {
        var position = node.span.utf8Range.lowerBound
        var previousIsBlock = true
        for child in node.children {
            let childIsBlock = child.holdsBlock || Self.isBlock(child.span.element)
            writeText(
                bytes[position..<child.span.utf8Range.lowerBound], afterBlock: previousIsBlock,
                beforeBlock: childIsBlock, into: &output)
            render(child, bytes: bytes, insideLink: insideLink, into: &output)
            position = child.span.utf8Range.upperBound
            previousIsBlock = childIsBlock
        }
        writeText(
            bytes[position..<node.span.utf8Range.upperBound], afterBlock: previousIsBlock, beforeBlock: true,
            into: &output)
    }

    private func writeText(_ text: ArraySlice<UInt8>, afterBlock: Bool, beforeBlock: Bool, into output: inout String) {
        var lower = text.startIndex
        var upper = text.endIndex
        if afterBlock { while lower < upper, text[lower] == 0x0A { lower += 1 } }
        if beforeBlock { while upper > lower, text[upper - 1] == 0x0A { upper -= 1 } }
        guard lower < upper else {
            if text.contains(0x0A) { output += "\n" }
            return
        }
        var lineStart = lower
        for index in lower...upper where index == upper || text[index] == 0x0A {
            if lineStart > lower { output += "<br>\n" }
            output += HTML.text(String(decoding: text[lineStart..<index], as: UTF8.self))
            lineStart = index + 1
        }
    }

    private func render(_ node: Node, bytes: [UInt8], insideLink: Bool, into output: inout String) {
        let span = node.span
        let element = span.element
        var attributes = " class=\"tei-\(HTML.attribute(element))\""
        if let language = span[attribute: "xml:lang"] { attributes += " lang=\"\(HTML.attribute(language))\"" }
        // A footnote keeps its id, so that its mark in the text links to it.
        if let id = span[attribute: "xml:id"] { attributes += " id=\"\(HTML.attribute(id))\"" }
        let tag: String
        if element == "ref", let target = span[attribute: "target"], target.hasPrefix("#"), !node.holdsBlock,
            !insideLink
        {
            tag = "a"
            attributes += " href=\"#\(HTML.urlComponent(String(target.dropFirst())))\""
        } else if let kind = PublishedName.Kind(element: element, type: span[attribute: "type"]),
            let id = PublishedName.entryID(ofReference: span[attribute: "ref"]), let page = registerPage(id),
            !node.holdsBlock, !insideLink
        {
            tag = "a"
            attributes =
                " class=\"name \(kind.rawValue)\" href=\"\(HTML.attribute(page))#\(HTML.urlComponent(id))\""
                + (span[attribute: "xml:lang"].map { " lang=\"\(HTML.attribute($0))\"" } ?? "")
        } else if node.holdsBlock || Self.isBlock(element) {
            tag = element == "p" && !node.holdsBlock ? "p" : "div"
            if element == "list" { attributes += " role=\"list\"" }
            if element == "item" { attributes += " role=\"listitem\"" }
        } else {
            tag = "span"
        }
        output += "<\(tag)\(attributes)>"
        renderContent(of: node, bytes: bytes, insideLink: insideLink || tag == "a", into: &output)
        output += "</\(tag)>"
        if tag != "a" && tag != "span" { output += "\n" }
    }
}
