import Foundation
import TeigramXML

/// An external identifier of an authority entry: a Wikidata item, a GeoNames feature, a VIAF or GND record,
/// or any other http(s) URI, optionally dated (the period in which it identifies what the entry means).
///
/// Authority files carry it as `<idno type="URI">` + canonical URI (see ``uri``), optionally with
/// `@notBefore`/`@notAfter` (or `@from`/`@to`, or `@when`). The legacy bare form
/// (`<idno type="wikidata">Q15180</idno>`, `type="geonames"|"viaf"|"gnd"`) is read too.
/// A value is only made from a well-formed identifier: see ``init(uri:)`` and ``init(scheme:bareID:)``.
public struct AuthorityIdentifier: Sendable, Hashable, CustomStringConvertible {
    /// The identifier system.
    public enum Scheme: String, Sendable, CaseIterable {
        /// Wikidata items: `Q[1-9][0-9]*`, URI `http://www.wikidata.org/entity/Q…`.
        case wikidata
        /// GeoNames features: digits, URI `https://www.geonames.org/…`.
        case geonames
        /// VIAF clusters: digits, URI `https://viaf.org/viaf/…`.
        case viaf
        /// GND records (the GND number pattern), URI `https://d-nb.info/gnd/…`.
        case gnd
        /// Any other http(s) URI without white space; the bare id is the URI itself.
        case other

        /// The schemes with a bare id form (every scheme but ``other``), in CSV column order.
        public static let named: [Scheme] = [.wikidata, .geonames, .viaf, .gnd]

        /// Whether `bareID` has this scheme's shape (for ``other``: an http(s) URI without white space).
        public func accepts(bareID: String) -> Bool {
            let bytes = Array(bareID.utf8)
            switch self {
            case .wikidata:
                guard bytes.count >= 2, bytes[0] == UInt8(ascii: "Q"), bytes[1] != UInt8(ascii: "0") else {
                    return false
                }
                return bytes.dropFirst().allSatisfy(Self.isDigit)
            case .geonames, .viaf:
                return !bytes.isEmpty && bytes.count <= 20 && bytes.allSatisfy(Self.isDigit)
            case .gnd:
                return Self.isGNDNumber(bytes)
            case .other:
                return AuthorityIdentifier.isHTTPURI(bareID)
            }
        }

        /// The canonical URI of a bare id of this scheme (no check of its shape).
        func canonicalURI(of bareID: String) -> String {
            switch self {
            case .wikidata: "http://www.wikidata.org/entity/" + bareID
            case .geonames: "https://www.geonames.org/" + bareID
            case .viaf: "https://viaf.org/viaf/" + bareID
            case .gnd: "https://d-nb.info/gnd/" + bareID
            case .other: bareID
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// The GND number pattern (as Wikidata's P227 states it):
        /// `1[012]?\d{7}[0-9X] | [47]\d{6}-\d | [1-9]\d{0,7}-[0-9X] | 3\d{7}[0-9X]`.
        private static func isGNDNumber(_ bytes: [UInt8]) -> Bool {
            let x = UInt8(ascii: "X")
            let hyphen = UInt8(ascii: "-")
            guard let first = bytes.first, let last = bytes.last, isDigit(first) else { return false }
            let checkCharacterIsValid = isDigit(last) || last == x
            if bytes.count >= 3, bytes[bytes.count - 2] == hyphen {
                let number = bytes.dropLast(2)
                // [47]\d{6}-\d is a case of [1-9]\d{0,7}-[0-9X].
                guard number.allSatisfy(isDigit), checkCharacterIsValid else { return false }
                return first != UInt8(ascii: "0") && number.count <= 8
            }
            let number = bytes.dropLast()
            guard number.allSatisfy(isDigit), checkCharacterIsValid else { return false }
            switch first {
            case UInt8(ascii: "1"):
                if number.count == 8 { return true }
                return number.count == 9
                    && (bytes[1] == UInt8(ascii: "0") || bytes[1] == UInt8(ascii: "1")
                        || bytes[1] == UInt8(ascii: "2"))
            case UInt8(ascii: "3"): return number.count == 8
            default: return false
            }
        }
    }

    /// The identifier system.
    public var scheme: Scheme
    /// The id within its scheme (`Q148`, `1814991`); for ``Scheme/other`` the URI itself.
    public var bareID: String
    /// Earliest day on which the identifier applies (ISO 8601, `YYYY[-MM[-DD]]`), `nil` when open.
    public var notBefore: String?
    /// Latest day on which the identifier applies (ISO 8601), `nil` when open.
    public var notAfter: String?

    /// The canonical URI: `http://www.wikidata.org/entity/Q148`, `https://www.geonames.org/1814991`,
    /// `https://viaf.org/viaf/…`, `https://d-nb.info/gnd/…`, or the other URI as given.
    public var uri: String { scheme.canonicalURI(of: bareID) }

    /// Whether the identifier carries a period (``notBefore`` or ``notAfter``).
    public var isDated: Bool { notBefore != nil || notAfter != nil }

    /// The canonical URI.
    public var description: String { uri }

    /// An identifier from a bare id of a named scheme, or an `other` URI; `nil` when `bareID` does not have
    /// the scheme's shape (``Scheme/accepts(bareID:)``). Undated.
    public init?(scheme: Scheme, bareID: String) {
        guard scheme.accepts(bareID: bareID) else { return nil }
        self.scheme = scheme
        self.bareID = bareID
    }

    /// An identifier from a URI. Wikidata (`http(s)://(www.)wikidata.org/entity/Q…` or `/wiki/Q…`), GeoNames
    /// (`http(s)://(www.|sws.)geonames.org/N[/…]`), VIAF (`http(s)://(www.)viaf.org/viaf/N[/]`) and GND
    /// (`http(s)://d-nb.info/gnd/X[/]`) URIs are recognised and must carry a well-formed id; any other http(s) URI
    /// without white space is ``Scheme/other``. `nil` for anything else. Undated.
    public init?(uri: String) {
        guard Self.isHTTPURI(uri) else { return nil }
        let rest = uri.drop { $0 != ":" }.dropFirst(3)  // after "scheme://"
        let host = rest.prefix { $0 != "/" }.lowercased()
        let path = rest.drop { $0 != "/" }.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let segments = path.last == "" ? Array(path.dropLast()) : Array(path)
        let recognised: (Scheme, String?)? =
            switch host {
            case "www.wikidata.org", "wikidata.org":
                (
                    .wikidata,
                    segments.count == 2 && ["entity", "wiki"].contains(segments[0]) ? String(segments[1]) : nil
                )
            case "www.geonames.org", "geonames.org", "sws.geonames.org":
                (.geonames, segments.first.map(String.init))
            case "viaf.org", "www.viaf.org":
                (.viaf, segments.count == 2 && segments[0] == "viaf" ? String(segments[1]) : nil)
            case "d-nb.info":
                (.gnd, segments.count == 2 && segments[0] == "gnd" ? String(segments[1]) : nil)
            default: nil
            }
        if let (scheme, bareID) = recognised {
            guard let bareID, scheme.accepts(bareID: bareID) else { return nil }
            self.scheme = scheme
            self.bareID = bareID
        } else {
            self.scheme = .other
            self.bareID = uri
        }
    }

    /// An identifier from an `idno` element: `type="URI"` with a URI (``init(uri:)``), or the legacy
    /// `type="wikidata"|"geonames"|"viaf"|"gnd"` with a bare id; the text is trimmed of white space. Dated by
    /// `@notBefore`/`@from` and `@notAfter`/`@to` (or `@when` for both) when they hold ISO dates.
    /// `nil` for an `idno` of another type, or one whose value is not well-formed.
    public init?(idno element: XML.Element) {
        guard element.name == "idno", let type = element[attribute: "type"] else { return nil }
        let value = element.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
        if type == "URI" {
            self.init(uri: value)
        } else if let scheme = Scheme(rawValue: type), scheme != .other {
            self.init(scheme: scheme, bareID: value)
        } else {
            return nil
        }
        let when = element[attribute: "when"]
        notBefore = [element[attribute: "notBefore"], element[attribute: "from"], when].compactMap { $0 }.first {
            ISODate.isValid($0)
        }
        notAfter = [element[attribute: "notAfter"], element[attribute: "to"], when].compactMap { $0 }.first {
            ISODate.isValid($0)
        }
    }

    /// Whether the identifier applies on `date` (ISO 8601 `YYYY[-MM[-DD]]`, compared by its first day:
    /// `1949` is 1 January 1949). An undated identifier applies on every date; a dated one applies when the
    /// day is within its bounds (a bound `1949` on `notAfter` runs to 31 December 1949). Without a date only
    /// undated identifiers apply.
    public func applies(on date: String?) -> Bool {
        guard let date, ISODate.isValid(date) else { return !isDated }
        let day = ISODate.lowerBound(date)
        if let notBefore, day < ISODate.lowerBound(notBefore) { return false }
        if let notAfter, day > ISODate.upperBound(notAfter) { return false }
        return true
    }

    /// Whether `text` is an `http://` or `https://` URI with a host and no white space or control character.
    static func isHTTPURI(_ text: String) -> Bool {
        let lower = text.lowercased()
        let prefix = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard prefix > 0, text.utf8.count > prefix, text.utf8.dropFirst(prefix).first != UInt8(ascii: "/") else {
            return false
        }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }
    }
}
