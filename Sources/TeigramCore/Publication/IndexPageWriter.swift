/// `index.html`: every telegram with its date, sender, recipient, origin and title, in date order. The
/// table is complete HTML; `edition.js` adds sorting by any column and a filter.
struct IndexPageWriter {
    /// The edition's settings.
    var settings: EditionSettings

    /// Writes the page; `listings` in edition order (by date, then id).
    func write<Output: TextOutputStream>(_ listings: [EditionListing], to output: inout Output) {
        output.write(
            EditionPage.head(title: "Telegrams", settings: settings, root: "", current: .telegrams, wide: true))
        let body = """
            <h1>\(HTML.text(settings.title))</h1>
            <p>\(listings.count) telegrams. Each opens as a reading page with its TEI and plain text; the registers \
            list every person, place and organisation with the telegrams that name them.</p>
            <div class="filter"><label for="edition-filter">Filter</label> \
            <input type="search" id="edition-filter" placeholder="a name, place, year or word of a title"> \
            <output id="edition-count" for="edition-filter" aria-live="polite"></output></div>
            <table class="telegrams">
            <caption class="skip">Telegrams of the edition</caption>
            <thead><tr><th scope="col" aria-sort="ascending"><button type="button">Date</button></th>\
            <th scope="col"><button type="button">Sender</button></th>\
            <th scope="col"><button type="button">Recipient</button></th>\
            <th scope="col"><button type="button">Origin</button></th>\
            <th scope="col"><button type="button">Title</button></th></tr></thead>
            <tbody>

            """
        output.write(body)
        for listing in listings {
            var body = ""
            let letter = listing.mainLetter
            let date = listing.date
            body += "<tr><td class=\"date\" data-sort=\"\(HTML.attribute(listing.dateSortKey))\">"
            body += HTML.text(date?.display ?? "undated") + "</td>"
            body += "<td>\(HTML.text(letter.senderLine))</td>"
            body += "<td>\(HTML.text(letter.recipientLine))</td>"
            body += "<td>\(HTML.text(letter.originLine))</td>"
            body +=
                "<td><a href=\"telegrams/\(HTML.urlComponent(listing.id)).html\">\(HTML.text(listing.title))</a></td></tr>\n"
            output.write(body)
        }
        output.write("</tbody>\n</table>\n")
        output.write(EditionPage.foot(settings: settings, root: ""))
    }
}
