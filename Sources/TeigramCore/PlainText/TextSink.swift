/// Accumulates rendered text the way a reader sees it: runs of source white space become one space, block
/// boundaries become line breaks, and both are written lazily, only when more content follows. So no line
/// starts or ends with a space, no text ends with a blank line, and indentation between block elements
/// never reaches the output.
struct TextSink {
    /// The UTF-8 output so far.
    private(set) var bytes: [UInt8] = []
    /// 0 none, 1 line break, 2 blank line, owed before the next content.
    private var pendingBreak = 0
    /// A space is owed before the next content (unless a break is owed or the line is empty).
    private var pendingSpace = false
    /// After `lb break="no"`: white space up to the next content is not a word boundary.
    private var joining = false
    /// After an opening bracket: white space up to the next content is dropped.
    private var afterOpening = false
    /// Something was left out here (a dropped note): a space before closing punctuation goes too.
    private var afterOmission = false

    /// Whether nothing has been written.
    var isEmpty: Bool { bytes.isEmpty }

    /// The text, ending with one newline when not empty.
    var text: String {
        bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self) + "\n"
    }

    /// The text on one line: line breaks become spaces.
    var flatText: String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte == 0x0A {
                if let last = result.last, last != 0x20 { result.append(0x20) }
            } else {
                result.append(byte)
            }
        }
        while result.last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }

    /// Owes a line break (`level` 1) or a blank line (`level` 2) before the next content.
    mutating func requestBreak(_ level: Int) {
        pendingBreak = max(pendingBreak, level)
    }

    /// Source white space: a word boundary.
    mutating func whitespace() {
        if !joining && !afterOpening { pendingSpace = true }
    }

    /// `lb break="no"`: the word continues on the next line; white space around the break is not a boundary.
    mutating func joinWords() {
        pendingSpace = false
        joining = true
    }

    /// Marks that something was left out here.
    mutating func markOmission() {
        afterOmission = true
    }

    /// Text with white space collapsed.
    mutating func appendCollapsed(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if Self.isXMLWhitespace(byte) {
                    whitespace()
                    index += 1
                    continue
                }
                var end = index + 1
                while end < count, !Self.isXMLWhitespace(buffer[end]) { end += 1 }
                prepareContent(startingWith: byte)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<end]))
                index = end
            }
        }
    }

    /// Text under `xml:space="preserve"`: written as it is.
    mutating func appendPreserved(_ text: String) {
        guard let first = text.utf8.first else { return }
        prepareContent(startingWith: first)
        bytes.append(contentsOf: text.utf8)
    }

    /// Generated text ("[", "[…]", "[1]") standing like a word, with owed space and breaks written first.
    mutating func appendLiteral(_ text: String) {
        guard let first = text.utf8.first else { return }
        prepareContent(startingWith: first)
        bytes.append(contentsOf: text.utf8)
    }

    /// An opening bracket: white space right after it is dropped.
    mutating func appendOpening(_ text: String) {
        appendLiteral(text)
        afterOpening = true
    }

    /// A closing bracket: attached to what precedes it; a space owed before it is owed after it instead.
    mutating func appendClosing(_ text: String) {
        let space = pendingSpace
        pendingSpace = false
        pendingBreak = 0
        afterOpening = false
        bytes.append(contentsOf: text.utf8)
        pendingSpace = space
    }

    /// Appends a finished block of text (the header block, the notes section) as its own paragraph.
    mutating func appendBlock(_ text: String) {
        guard !text.isEmpty else { return }
        requestBreak(2)
        var lines = text
        while lines.hasSuffix("\n") { lines.removeLast() }
        appendPreserved(lines)
        requestBreak(2)
    }

    private mutating func prepareContent(startingWith first: UInt8) {
        if afterOmission, Self.isClosingPunctuation(first) { pendingSpace = false }
        if pendingBreak > 0, !bytes.isEmpty {
            while bytes.last == 0x20 { bytes.removeLast() }
            var trailing = 0
            var index = bytes.count - 1
            while index >= 0, bytes[index] == 0x0A, trailing < 2 {
                trailing += 1
                index -= 1
            }
            for _ in trailing..<max(trailing, pendingBreak) { bytes.append(0x0A) }
        } else if pendingSpace, pendingBreak == 0, let last = bytes.last, last != 0x0A {
            bytes.append(0x20)
        }
        pendingBreak = 0
        pendingSpace = false
        joining = false
        afterOpening = false
        afterOmission = false
    }

    static func isXMLWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            return true
        default:
            return false
        }
    }
}
