import TeigramXML

/// Pretty-printing for TEI trees: indentation only inside elements whose content is elements only, where
/// white space carries no meaning. Mixed content (`p`, `opener`, names…) is never touched, so indentation
/// cannot add or remove a space between words. The writer lays the tree out as it writes it
/// (``XMLIndentation``); ``XML.Document/laidOut()`` gives the tree with the indentation text.
enum TEILayout {
    /// Elements with element-only content in Teigram's output; an `item` is one when it holds `p`s only.
    static let indentation = XMLIndentation(
        containers: [
            "TEI", "teiHeader", "fileDesc", "titleStmt", "respStmt", "publicationStmt", "availability", "sourceDesc",
            "msDesc", "msIdentifier", "encodingDesc", "projectDesc", "classDecl", "taxonomy", "profileDesc",
            "abstract", "correspDesc", "correspAction", "langUsage", "textClass", "keywords", "standOff",
            "listPerson", "listPlace", "listOrg", "person", "place", "org", "location", "text", "front",
            "titlePage", "docTitle", "body", "div", "list", "floatingText", "postscript", "notesStmt",
        ],
        containersOfOnly: ["item": "p"])
}
