import TeigramXML

/// `cmif.xml`: the edition's letters in the Correspondence Metadata Interchange Format for correspSearch,
/// valid against the CMIF schema (`Tests/Fixtures/cmif/cmi-customization.rng`, the TEI Correspondence SIG's).
///
/// **Mapping.** One `correspDesc` per letter (a telegram's embedded letters included), `@ref` its reading
/// page and `@source` the edition's `bibl`. `sent` and `received` carry each correspondent as `persName` or
/// `orgName` (an `rs` by its type; an unknown party as "Unknown", as CMIF asks) with the entry's standard
/// name, and `placeName`; `@ref` is the authority URI that holds on the letter's date (persons and
/// organisations: GND, VIAF, then Wikidata; places: GeoNames, then Wikidata). Dates keep `YYYY`, `YYYY-MM`
/// or `YYYY-MM-DD` (a time is dropped); an inferred or uncertain date gets `cert="low"`, the only
/// certainty CMIF has; an unknown date is left out. `transmitted` has no CMIF equivalent and is left out.
/// The names the text mentions that have an authority URI follow as CMIF v2 `note/ref`
/// (`…/cmif/vocab/terms#mentionsPerson`, `#mentionsPlace`, `#mentionsOrg`) on the telegram's first letter.
///
/// **Deterministic.** No clock: `publicationStmt/date` is the edition's `published` setting, and the
/// `bibl` id a UUID-shaped hash of the edition's address and title.
struct CMIFWriter {
    /// The edition's settings.
    var settings: EditionSettings

    /// The CMIF vocabulary.
    static let vocabulary = "https://lod.academy/cmif/vocab/terms#"

    /// The document; `listings` in edition order with their entries in `register`, `published` the
    /// `publicationStmt/date/@when`.
    func document(_ listings: [EditionListing], register: EditionRegister, published: String) -> XML.Document {
        let biblID = self.biblID
        var editor = XML.Element("editor", children: [.text(settings.editor)])
        if let email = settings.editorEmail {
            editor.children.append(.element(XML.Element("email", children: [.text(email)])))
        }
        let publisher: XML.Node =
            settings.baseURL.map {
                .element(
                    XML.Element(
                        "ref", attributes: [XML.Attribute("target", $0)], children: [.text(settings.publisher)]))
            } ?? .text(settings.publisher)
        let fileDesc = XML.Element(
            "fileDesc",
            children: [
                .element(
                    XML.Element(
                        "titleStmt",
                        children: [
                            .element(XML.Element("title", children: [.text(settings.title + ": letters (CMIF)")])),
                            .element(editor),
                        ])),
                .element(
                    XML.Element(
                        "publicationStmt",
                        children: [
                            .element(XML.Element("publisher", children: [publisher])),
                            .element(
                                XML.Element(
                                    "idno", attributes: [XML.Attribute("type", "url")],
                                    children: [.text(settings.address(of: "cmif.xml"))])),
                            .element(XML.Element("date", attributes: [XML.Attribute("when", published)])),
                            .element(
                                XML.Element(
                                    "availability",
                                    children: [
                                        .element(
                                            XML.Element(
                                                "licence", attributes: [XML.Attribute("target", settings.licence)],
                                                children: [
                                                    .text(
                                                        "This file is licensed under the licence at the address given.")
                                                ]))
                                    ])),
                        ])),
                .element(
                    XML.Element(
                        "sourceDesc",
                        children: [
                            .element(
                                XML.Element(
                                    "bibl",
                                    attributes: [XML.Attribute("type", "online"), XML.Attribute("xml:id", biblID)],
                                    children: [.text(settings.title + ". Digital edition")]
                                        + (settings.baseURL.map {
                                            [
                                                .text(", "),
                                                .element(
                                                    XML.Element(
                                                        "ref", attributes: [XML.Attribute("target", $0)],
                                                        children: [.text($0)])),
                                            ]
                                        } ?? [])))
                        ])),
            ])
        var profile = XML.Element("profileDesc")
        for listing in listings {
            profile.children += correspDescs(of: listing, register: register, biblID: biblID).map { .element($0) }
        }
        let root = XML.Element(
            "TEI", namespaceURI: teiNamespace,
            children: [
                .element(XML.Element("teiHeader", children: [.element(fileDesc), .element(profile)])),
                .element(
                    XML.Element(
                        "text",
                        children: [.element(XML.Element("body", children: [.element(XML.Element("p"))]))])),
            ])
        return XML.Document(root: root, indentation: Self.indentation)
    }

    /// The `bibl` id every `correspDesc/@source` points at.
    var biblID: String { Self.uuid(for: (settings.baseURL ?? "") + "\u{1F}" + settings.title) }

    /// The `correspDesc`s of one telegram, its first letter with the mentions.
    func correspDescs(of listing: EditionListing, register: EditionRegister, biblID: String) -> [XML.Element] {
        listing.letters.enumerated().map { index, letter in
            correspDesc(letter, listing: listing, register: register, biblID: biblID, withMentions: index == 0)
        }
    }

    /// Writes the bytes ``document(_:register:published:)`` serialises to, one `correspDesc` at a time, so
    /// memory stays bounded for any number of letters: the frame is serialised with an empty `profileDesc`,
    /// each `correspDesc` alone and indented to its place. A test holds the two to the same bytes.
    func write<Output: TextOutputStream>(
        _ listings: [EditionListing], register: EditionRegister, published: String, to output: inout Output
    ) {
        let frame = String(
            decoding: XMLSerializer.serialize(document([], register: register, published: published)).bytes,
            as: UTF8.self)
        guard listings.contains(where: { !$0.letters.isEmpty }), let marker = frame.range(of: "<profileDesc/>") else {
            output.write(frame)
            return
        }
        let lineStart =
            frame[..<marker.lowerBound].lastIndex(of: "\n").map { frame.index(after: $0) } ?? frame.startIndex
        let indentation = String(frame[lineStart..<marker.lowerBound])
        output.write(String(frame[..<marker.lowerBound]) + "<profileDesc>\n")
        let biblID = self.biblID
        for listing in listings {
            for element in correspDescs(of: listing, register: register, biblID: biblID) {
                let fragment = String(
                    decoding: XMLSerializer.serialize(XML.Document(root: element, indentation: Self.indentation)).bytes,
                    as: UTF8.self)
                // The fragment's first line is its XML declaration.
                for line in fragment.split(separator: "\n").dropFirst() {
                    output.write(indentation + "  " + line + "\n")
                }
            }
        }
        output.write(indentation + "</profileDesc>" + frame[marker.upperBound...])
    }

    private func correspDesc(
        _ letter: PublishedLetter, listing: EditionListing, register: EditionRegister, biblID: String,
        withMentions: Bool
    ) -> XML.Element {
        let day = (letter.sent ?? letter.received)?.day
        var sent = XML.Element("correspAction", attributes: [XML.Attribute("type", "sent")])
        sent.children =
            parties(letter.senders, listing: listing, register: register, day: day)
            + letter.origins.map { .element(name($0, listing: listing, register: register, day: day)) }
            + (letter.sent.flatMap(Self.date).map { [.element($0)] } ?? [])
        var received = XML.Element("correspAction", attributes: [XML.Attribute("type", "received")])
        received.children =
            parties(letter.recipients, listing: listing, register: register, day: day)
            + letter.destinations.map { .element(name($0, listing: listing, register: register, day: day)) }
            + (letter.received.flatMap(Self.date).map { [.element($0)] } ?? [])
        var element = XML.Element(
            "correspDesc",
            attributes: [
                XML.Attribute("ref", settings.address(of: "telegrams/\(HTML.urlComponent(listing.id)).html")),
                XML.Attribute("source", "#" + biblID),
            ], children: [.element(sent), .element(received)])
        if withMentions {
            var note = XML.Element("note")
            for key in listing.mentionedKeys {
                guard let entry = register.entries[key], let uri = Self.preferredURI(entry, on: day) else { continue }
                let term: String
                switch entry.kind {
                case .person: term = "mentionsPerson"
                case .place: term = "mentionsPlace"
                case .org: term = "mentionsOrg"
                case .other: continue
                }
                note.children.append(
                    .element(
                        XML.Element(
                            "ref",
                            attributes: [XML.Attribute("type", Self.vocabulary + term), XML.Attribute("target", uri)],
                            children: [.text(entry.name)])))
            }
            if !note.children.isEmpty { element.children.append(.element(note)) }
        }
        return element
    }

    /// The persons and organisations of an action, "Unknown" when there is none.
    private func parties(
        _ names: [PublishedName], listing: EditionListing, register: EditionRegister, day: String?
    ) -> [XML.Node] {
        let known = names.filter { !Self.isUnknownName($0.text) || $0.entryID != nil }
        guard !known.isEmpty else { return [.element(XML.Element("persName", children: [.text("Unknown")]))] }
        return known.map { .element(name($0, listing: listing, register: register, day: day)) }
    }

    private func name(_ name: PublishedName, listing: EditionListing, register: EditionRegister, day: String?)
        -> XML.Element
    {
        let entry = register.entry(of: name, in: listing)
        let kind = entry?.kind ?? name.kind
        let elementName: String
        switch kind {
        case .org: elementName = "orgName"
        case .place: elementName = "placeName"
        case .person, .other: elementName = "persName"
        }
        var element = XML.Element(elementName, children: [.text(entry?.name ?? name.text)])
        if let entry, let uri = Self.preferredURI(entry, on: day) { element.setAttribute("ref", uri) }
        return element
    }

    /// The URI CMIF should carry for an entry on a day.
    static func preferredURI(_ entry: PublishedEntry, on day: String?) -> String? {
        let holding = entry.identifiers.filter { $0.applies(on: day) && HTML.isLinkable($0.uri) }
        let order: [AuthorityIdentifier.Scheme] =
            entry.kind == .place ? [.geonames, .wikidata] : [.gnd, .viaf, .wikidata]
        for scheme in order { if let match = holding.first(where: { $0.scheme == scheme }) { return match.uri } }
        return holding.first?.uri
    }

    /// A CMIF `date`, `nil` for an unknown date.
    static func date(_ date: PublishedDate) -> XML.Element? {
        guard !date.isUnknown else { return nil }
        var element = XML.Element("date")
        for (name, value) in [
            ("when", date.when), ("from", date.from), ("to", date.to), ("notBefore", date.notBefore),
            ("notAfter", date.notAfter),
        ] {
            if let value, let day = Self.cmifDay(value) { element.setAttribute(name, day) }
        }
        guard !element.attributes.isEmpty else { return nil }
        if let cert = date.cert, cert != "high" { element.setAttribute("cert", "low") }
        return element
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of an ISO value, `nil` for anything else.
    static func cmifDay(_ value: String) -> String? {
        let day = String(value.prefix(10))
        for length in [10, 7, 4] where day.count >= length {
            let candidate = String(day.prefix(length))
            if ISODate.isValid(candidate) { return candidate }
        }
        return nil
    }

    static func isUnknownName(_ text: String) -> Bool {
        ["unknown", "unknown sender", "unknown recipient", "?", ""].contains(text.lowercased())
    }

    /// A UUID-shaped, deterministic identifier (RFC 9562 version 8 layout) that starts with a letter, as
    /// `xml:id` requires.
    static func uuid(for seed: String) -> String {
        let first = ContentHash.hex(Array(("cmif-bibl-1\u{1F}" + seed).utf8))
        let second = ContentHash.hex(Array(("cmif-bibl-2\u{1F}" + seed).utf8))
        var digits = Array(first + second)
        let letters: [Character] = ["a", "b", "c", "d", "e", "f"]
        digits[0] = letters[Int(digits[0].hexDigitValue ?? 0) % letters.count]
        digits[12] = "8"
        let variant: [Character] = ["8", "9", "a", "b"]
        digits[16] = variant[Int(digits[16].hexDigitValue ?? 0) % variant.count]
        let text = String(digits)
        func part(_ range: Range<Int>) -> String {
            String(
                text[
                    text.index(
                        text.startIndex, offsetBy: range.lowerBound)..<text.index(
                            text.startIndex, offsetBy: range.upperBound)])
        }
        return [part(0..<8), part(8..<12), part(12..<16), part(16..<20), part(20..<32)].joined(separator: "-")
    }

    static let indentation = XMLIndentation(containers: [
        "TEI", "teiHeader", "fileDesc", "titleStmt", "publicationStmt", "availability", "sourceDesc", "profileDesc",
        "correspDesc", "correspAction", "note", "text", "body",
    ])
}
