/// `telegrams/<id>.html`: one telegram for a reader. Total: any ``PublishedTelegram`` gives a page.
///
/// The page shows the header facts (title, date, correspondents with places, receipt, number,
/// classification, languages, source citation, rights), the text in both readings (normalised shown,
/// diplomatic behind the switch; one text when they are the same), the summary, the names with links to
/// the registers, and links to the TEI (`../tei/<id>.xml`) and the plain text (`../text/<id>.txt`).
struct TelegramPageWriter {
    /// The edition's settings.
    var settings: EditionSettings

    /// The page's HTML.
    func page(_ telegram: PublishedTelegram) -> String {
        let entryKinds = Dictionary(telegram.entries.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let renderer = TextHTMLRenderer { id in
            entryKinds[id].flatMap(EditionPage.Section.register).map { "../" + $0.file }
        }
        var body = "<article>\n<h1>\(HTML.text(telegram.title))</h1>\n"
        body += facts(telegram, entryKinds: entryKinds)
        let language = HTML.attribute(telegram.textLanguage)
        if telegram.normalised.text == telegram.diplomatic.text {
            body += """
                <div class="reading-switch" role="group" aria-label="Reading">
                <button type="button" aria-pressed="true" disabled>Normalised</button>\
                <button type="button" aria-pressed="false" disabled>Diplomatic</button>
                <span>(the same for this telegram: the editors changed nothing)</span>
                </div>
                <section class="telegram-text" lang="\(language)" aria-label="Text">
                \(renderer.render(telegram.normalised))</section>

                """
        } else {
            body += """
                <div class="reading-switch" role="group" aria-label="Reading">
                <button type="button" data-reading="normalised" aria-pressed="true">Normalised</button>\
                <button type="button" data-reading="diplomatic" aria-pressed="false">Diplomatic</button>
                </div>
                <section class="telegram-text" data-reading="normalised" lang="\(language)" aria-label="Normalised text">
                \(renderer.render(telegram.normalised))</section>
                <section class="telegram-text" data-reading="diplomatic" lang="\(language)" aria-label="Diplomatic text" hidden>
                \(renderer.render(telegram.diplomatic))</section>

                """
        }
        if let summary = telegram.summary {
            body += "<section>\n<h2>Summary</h2>\n<p>\(HTML.text(summary))</p>\n</section>\n"
        }
        body += sourceSection(telegram)
        body += namesSection(telegram)
        let file = HTML.urlComponent(telegram.id)
        body += """
            <p class="downloads">Download: <a href="../tei/\(file).xml" type="application/tei+xml">TEI P5</a> · \
            <a href="../text/\(file).txt" type="text/plain">plain text</a></p>
            </article>

            """
        return EditionPage.document(title: telegram.title, settings: settings, root: "../", current: nil, body: body)
    }

    private func facts(_ telegram: PublishedTelegram, entryKinds: [String: PublishedName.Kind]) -> String {
        var rows: [(String, String)] = []
        for (index, letter) in telegram.letters.enumerated() {
            let suffix = telegram.letters.count > 1 ? " (\(index + 1))" : ""
            if let date = letter.sent {
                rows.append(("Date" + suffix, dateHTML(date)))
            }
            if !letter.senders.isEmpty || !letter.origins.isEmpty {
                rows.append(("From" + suffix, names(letter.senders + letter.origins, entryKinds)))
            }
            if !letter.recipients.isEmpty || !letter.destinations.isEmpty {
                rows.append(("To" + suffix, names(letter.recipients + letter.destinations, entryKinds)))
            }
            if !letter.transmitters.isEmpty {
                rows.append(("Via" + suffix, names(letter.transmitters, entryKinds)))
            }
            if let received = letter.received, received != letter.sent {
                rows.append(("Received" + suffix, dateHTML(received)))
            }
            if let number = letter.number { rows.append(("Number" + suffix, HTML.text(number))) }
        }
        if let type = telegram.documentType { rows.append(("Document", HTML.text(type))) }
        if !telegram.classification.isEmpty {
            rows.append(("Classification", HTML.text(telegram.classification.joined(separator: "; "))))
        }
        if !telegram.languages.isEmpty {
            rows.append(("Language", HTML.text(telegram.languages.map(\.text).joined(separator: "; "))))
        }
        guard !rows.isEmpty else { return "" }
        return "<dl class=\"facts\">\n"
            + rows.map { "<dt>\(HTML.text($0.0))</dt><dd>\($0.1)</dd>\n" }.joined() + "</dl>\n"
    }

    private func dateHTML(_ date: PublishedDate) -> String {
        let iso = date.when ?? date.from ?? date.notBefore
        let words = date.text.isEmpty ? "" : " — “\(HTML.text(date.text))”"
        if let iso, !date.isUnknown {
            return "<time datetime=\"\(HTML.attribute(iso))\">\(HTML.text(date.display))</time>\(words)"
        }
        return HTML.text(date.display) + words
    }

    private func names(_ names: [PublishedName], _ entryKinds: [String: PublishedName.Kind]) -> String {
        names.map { name in
            if let id = name.entryID, let kind = entryKinds[id], let section = EditionPage.Section.register(of: kind) {
                return "<a href=\"../\(section.file)#\(HTML.urlComponent(id))\">\(HTML.text(name.text))</a>"
            }
            return HTML.text(name.text)
        }.joined(separator: "; ")
    }

    private func sourceSection(_ telegram: PublishedTelegram) -> String {
        var html = "<section>\n<h2>Source</h2>\n"
        if telegram.sources.isEmpty {
            html += "<p>The TEI names no source.</p>\n"
        } else {
            html += "<ul>\n"
            for source in telegram.sources {
                var item = HTML.text(source.text)
                if let url = source.url, HTML.isLinkable(url) {
                    item = item.replacingOccurrences(
                        of: HTML.text(url), with: "<a href=\"\(HTML.attribute(url))\">\(HTML.text(url))</a>")
                }
                html += "<li>\(item)</li>\n"
            }
            html += "</ul>\n"
        }
        if !telegram.rights.isEmpty { html += "<p>Rights: \(HTML.text(telegram.rights))</p>\n" }
        return html + "</section>\n"
    }

    private func namesSection(_ telegram: PublishedTelegram) -> String {
        let groups: [(EditionPage.Section, PublishedName.Kind)] = [
            (.persons, .person), (.places, .place), (.organisations, .org),
        ]
        var html = ""
        for (section, kind) in groups {
            let entries = telegram.entries.filter { $0.kind == kind }.sorted { $0.name < $1.name }
            guard !entries.isEmpty else { continue }
            html += "<h3>\(section.label)</h3>\n<ul>\n"
            for entry in entries {
                let mark = entry.isProvisional ? " <span class=\"provisional\">(provisional entry)</span>" : ""
                html +=
                    "<li><a href=\"../\(section.file)#\(HTML.urlComponent(entry.id))\">\(HTML.text(entry.name))</a>\(mark)</li>\n"
            }
            html += "</ul>\n"
        }
        return html.isEmpty ? "" : "<section>\n<h2>Names</h2>\n" + html + "</section>\n"
    }
}
