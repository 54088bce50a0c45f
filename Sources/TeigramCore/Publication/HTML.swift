/// Escaping for the HTML the edition writes: every string that comes from a document passes through here.
enum HTML {
    /// Text content: `&`, `<`, `>` escaped.
    static func text(_ string: String) -> String {
        guard string.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return string }
        var result = ""
        result.reserveCapacity(string.utf8.count + 16)
        for character in string.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// An attribute value for double quotes: `&`, `<`, `>`, `"` escaped.
    static func attribute(_ string: String) -> String {
        text(string).replacingOccurrences(of: "\"", with: "&quot;")
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
