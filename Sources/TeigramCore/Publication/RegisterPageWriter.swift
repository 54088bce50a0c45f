/// `persons.html`, `places.html`, `organisations.html`: one entry per authority or provisional entry used
/// by a telegram, with its standard name, variants and pseudonyms, dates, role, external identifiers as
/// links, and the telegrams it occurs in, correspondents kept apart from mentions. Each entry's HTML `id` is
/// its `xml:id`, so `persons.html#stalin` is the address of Stalin's entry.
struct RegisterPageWriter {
    /// The edition's settings.
    var settings: EditionSettings

    /// Writes the register page of `section`, one entry at a time.
    func write<Output: TextOutputStream>(
        _ section: EditionPage.Section, kind: PublishedName.Kind, register: EditionRegister,
        listings: [EditionListing], to output: inout Output
    ) {
        let entries = register.entries(of: kind)
        output.write(EditionPage.head(title: section.label, settings: settings, root: "", current: section))
        output.write("<h1>\(section.label)</h1>\n<p>\(entries.count) entries.</p>\n<div class=\"register\">\n")
        for entry in entries {
            var body = ""

            let uses = register.uses(of: entry)
            body += "<section id=\"\(HTML.attribute(entry.id))\">\n<h2>\(HTML.text(entry.name))"
            if entry.isProvisional { body += " <span class=\"provisional\">(provisional entry)</span>" }
            body += "</h2>\n"
            var facts: [(String, String)] = []
            if !entry.variants.isEmpty { facts.append(("Also", HTML.text(entry.variants.joined(separator: "; ")))) }
            if !entry.pseudonyms.isEmpty {
                facts.append(("Pseudonyms", HTML.text(entry.pseudonyms.joined(separator: "; "))))
            }
            if entry.start != nil || entry.end != nil {
                facts.append(("Dates", HTML.text("\(entry.start ?? "?")–\(entry.end ?? "")")))
            }
            for description in entry.description { facts.append(("About", HTML.text(description))) }
            if let coordinates = entry.coordinates {
                facts.append(("Coordinates", HTML.text("\(coordinates.latitude), \(coordinates.longitude)")))
            }
            let links = entry.identifiers.filter { HTML.isLinkable($0.uri) }.map { identifier in
                var label = identifier.authorityName + (identifier.scheme == .other ? "" : " " + identifier.bareID)
                if identifier.isDated { label += " (\(identifier.notBefore ?? "")–\(identifier.notAfter ?? ""))" }
                return "<a href=\"\(HTML.attribute(identifier.uri))\">\(HTML.text(label))</a>"
            }
            if !links.isEmpty { facts.append(("Identifiers", links.joined(separator: " · "))) }
            if !facts.isEmpty {
                body += "<dl class=\"facts\">\n"
                body += facts.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>\n" }.joined()
                body += "</dl>\n"
            }
            body += telegramList("Correspondent in", uses.correspondentIn, listings)
            body += telegramList("Letters sent or received here", uses.placeOfLetterIn, listings)
            body += telegramList("Mentioned in", uses.mentionedIn, listings)
            body += "</section>\n"
            output.write(body)
        }
        output.write("</div>\n")
        output.write(EditionPage.foot(settings: settings, root: ""))
    }

    private func telegramList(_ heading: String, _ indexes: [Int], _ listings: [EditionListing]) -> String {
        guard !indexes.isEmpty else { return "" }
        var html = "<h3>\(HTML.text(heading)) (\(indexes.count))</h3>\n<ul>\n"
        for index in indexes where listings.indices.contains(index) {
            let listing = listings[index]
            let date = listing.date.map { $0.isUnknown ? "undated" : $0.display } ?? "undated"
            html +=
                "<li><a href=\"telegrams/\(HTML.urlComponent(listing.id)).html\">\(HTML.text(listing.title))</a> (\(HTML.text(date)))</li>\n"
        }
        return html + "</ul>\n"
    }
}
