import TeigramXML

/// A register entry as a document's `standOff` carries it: an authority entry or a provisional one.
public struct PublishedEntry: Sendable, Equatable {
    /// The `xml:id`.
    public var id: String
    /// Person, place or organisation.
    public var kind: PublishedName.Kind
    /// The standard name.
    public var name: String
    /// Other names (variants, historical names, other scripts), without the surname-only forms.
    public var variants: [String]
    /// Pseudonyms.
    public var pseudonyms: [String]
    /// Birth or foundation (`birth/@when`, `event`), as written.
    public var start: String?
    /// Death or dissolution.
    public var end: String?
    /// Occupation, role or description (`occupation`, `desc`, `note`).
    public var description: [String]
    /// External identifiers, dated where the entry's identity changed (China before and after 1 October 1949).
    public var identifiers: [AuthorityIdentifier]
    /// Latitude and longitude (from `location/geo`, "lat long"), for places.
    public var coordinates: (latitude: Double, longitude: Double)?
    /// An entry the encoder made for a name the authority does not know (`list…[@type='provisional']`).
    public var isProvisional: Bool

    /// The identifier to cite for a letter or mention of `day` (ISO `YYYY[-MM[-DD]]`, or `nil` when undated):
    /// the first that applies on that day; when undated, the first without a period.
    public func identifier(on day: String?) -> AuthorityIdentifier? {
        identifiers.first { $0.applies(on: day) }
    }

    public static func == (lhs: PublishedEntry, rhs: PublishedEntry) -> Bool {
        lhs.id == rhs.id && lhs.kind == rhs.kind && lhs.name == rhs.name && lhs.variants == rhs.variants
            && lhs.pseudonyms == rhs.pseudonyms && lhs.start == rhs.start && lhs.end == rhs.end
            && lhs.description == rhs.description && lhs.identifiers == rhs.identifiers
            && lhs.coordinates?.latitude == rhs.coordinates?.latitude
            && lhs.coordinates?.longitude == rhs.coordinates?.longitude && lhs.isProvisional == rhs.isProvisional
    }
}

extension PublishedEntry {
    /// Reads a `person`, `place` or `org` element; `nil` for other elements or an entry without `xml:id`.
    init?(element: XML.Element, provisional: Bool) {
        let kind: PublishedName.Kind
        switch element.localName {
        case "person", "personGrp": kind = .person
        case "place": kind = .place
        case "org": kind = .org
        default: return nil
        }
        guard let id = element[attribute: "xml:id"] else { return nil }
        let nameElement = kind == .person ? "persName" : kind == .place ? "placeName" : "orgName"
        let names = element.children(nameElement)
        let standard = names.first { $0[attribute: "type"] == "standard" } ?? names.first
        self.id = id
        self.kind = kind
        self.name = standard.map { PublishedText.flat($0) } ?? id
        var variants: [String] = []
        var pseudonyms: [String] = []
        for name in names {
            let text = PublishedText.flat(name)
            guard !text.isEmpty, text != self.name else { continue }
            switch name[attribute: "type"] {
            case "standard", "surname": continue
            case "pseudonym": if !pseudonyms.contains(text) { pseudonyms.append(text) }
            default: if !variants.contains(text) { variants.append(text) }
            }
        }
        self.variants = variants
        self.pseudonyms = pseudonyms
        func dated(_ name: String) -> String? {
            element.firstChild(name).flatMap { $0[attribute: "when"] ?? $0[attribute: "notBefore"] }
        }
        self.start = kind == .person ? dated("birth") : dated("birth") ?? dated("event")
        self.end = dated("death")
        self.description = element.childElements.filter {
            ["occupation", "desc", "note", "roleName"].contains($0.localName)
        }
        .map { PublishedText.flat($0) }.filter { !$0.isEmpty }
        self.identifiers = element.children("idno").compactMap(AuthorityIdentifier.init(idno:))
        self.coordinates = element.firstChild("location")?.firstChild("geo").flatMap {
            Self.coordinates($0.textContent)
        }
        self.isProvisional = provisional
    }

    /// "lat long" (TEI's WGS84 order) as numbers, `nil` unless both are in range.
    static func coordinates(_ text: String) -> (latitude: Double, longitude: Double)? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" })
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]),
            (-90...90).contains(latitude), (-180...180).contains(longitude)
        else { return nil }
        return (latitude, longitude)
    }
}

extension AuthorityIdentifier {
    /// The authority's name for a reader: `Wikidata`, `GeoNames`, `VIAF`, `GND`, or the host of another URI.
    public var authorityName: String {
        switch scheme {
        case .wikidata: return "Wikidata"
        case .geonames: return "GeoNames"
        case .viaf: return "VIAF"
        case .gnd: return "GND"
        case .other: return uri.split(separator: "/").dropFirst(1).first.map(String.init) ?? uri
        }
    }
}
