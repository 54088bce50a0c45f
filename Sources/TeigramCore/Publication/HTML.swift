/// Escaping for the HTML the edition writes: every string that comes from a document passes through here.
enum HTML {
    /// Text content: `&`, `<`, `>` escaped.
    static func text(_ string: String) -> String { escaped(string, quotes: false) }

    /// An attribute value for double quotes: `&`, `<`, `>`, `"` escaped.
    static func attribute(_ string: String) -> String { escaped(string, quotes: true) }

    private static func escaped(_ string: String, quotes: Bool) -> String {
        func needsEscape(_ byte: UInt8) -> Bool {
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && byte == 0x22)
        }
        guard string.utf8.contains(where: needsEscape) else { return string }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(string.utf8.count + 16)
        for byte in string.utf8 {
            switch byte {
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x22 where quotes: bytes.append(contentsOf: "&quot;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A path segment or fragment for `href`: characters outside the unreserved set are percent-encoded, so
    /// that a file or id with spaces or non-ASCII letters still resolves.
    static func urlComponent(_ string: String) -> String {
        var result = ""
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Whether a URI is safe to give a reader as a link: http or https, without white space or quotes.
    static func isLinkable(_ uri: String) -> Bool {
        (uri.hasPrefix("https://") || uri.hasPrefix("http://"))
            && !uri.unicodeScalars.contains { $0.properties.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }
    }
}
