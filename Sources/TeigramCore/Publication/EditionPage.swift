/// The frame every page of the reading edition shares: document head, navigation, footer.
enum EditionPage {
    /// The edition's top-level pages, for the navigation.
    enum Section: CaseIterable {
        case telegrams, persons, places, organisations

        var file: String {
            switch self {
            case .telegrams: "index.html"
            case .persons: "persons.html"
            case .places: "places.html"
            case .organisations: "organisations.html"
            }
        }

        var label: String {
            switch self {
            case .telegrams: "Telegrams"
            case .persons: "Persons"
            case .places: "Places"
            case .organisations: "Organisations"
            }
        }

        /// The register page of a kind of entry.
        static func register(of kind: PublishedName.Kind) -> Section? {
            switch kind {
            case .person: .persons
            case .place: .places
            case .org: .organisations
            case .other: nil
            }
        }
    }

    /// A complete HTML5 page: ``head(title:settings:root:current:wide:)``, `body`, ``foot(settings:root:)``.
    /// - Parameters:
    ///   - title: the page title (escaped here).
    ///   - root: the way from the page to the edition folder (`""` or `"../"`).
    ///   - current: the navigation entry of this page, if any.
    ///   - wide: whether the main column is wide (tables).
    ///   - body: the content of `main`, already HTML.
    static func document(
        title: String, settings: EditionSettings, root: String, current: Section?, wide: Bool = false, body: String
    ) -> String {
        head(title: title, settings: settings, root: root, current: current, wide: wide) + body
            + foot(settings: settings, root: root)
    }

    /// The page up to the opening of `main`: a writer that streams a large page writes this, its content,
    /// then ``foot(settings:root:)``.
    static func head(title: String, settings: EditionSettings, root: String, current: Section?, wide: Bool = false)
        -> String
    {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Teigram">
            <title>\(HTML.text(title)) · \(HTML.text(settings.title))</title>
            <link rel="stylesheet" href="\(root)edition.css">
            </head>
            <body>
            <a class="skip" href="#content">Skip to content</a>
            <header class="site">
            <nav aria-label="Edition">

            """
        for section in Section.allCases {
            let currentMark = section == current ? " aria-current=\"page\"" : ""
            page += "<a href=\"\(root)\(section.file)\"\(currentMark)>\(section.label)</a>\n"
        }
        page += """
            </nav>
            </header>
            <main id="content"\(wide ? " class=\"wide\"" : "")>

            """
        return page
    }

    /// The page from the closing of `main` on.
    static func foot(settings: EditionSettings, root: String) -> String {
        """
        </main>
        <footer class="site">
        <p>\(HTML.text(settings.title)), published by \(HTML.text(settings.publisher)). Encoded in TEI P5 by Teigram. \
        Metadata: <a href="\(HTML.attribute(settings.licence))">licence</a>; <a href="\(root)cmif.xml">CMIF</a>, \
        <a href="\(root)telegrams.jsonl">JSON lines</a>, <a href="\(root)places.geojson">GeoJSON</a>.</p>
        </footer>
        <script src="\(root)edition.js"></script>
        </body>
        </html>

        """
    }
}
