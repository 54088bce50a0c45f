import ArgumentParser

extension Teigram {
    /// `teigram authority migrate|export|import`: the external identifiers of the authority entries.
    struct AuthorityCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "authority",
            abstract:
                "Authority identifiers: migrate bare ids to URIs, export entries without one, import reconciled ones.",
            discussion: """
                Identifiers are stored as <idno type="URI"> with the canonical URI (Wikidata, GeoNames, VIAF, GND \
                or any http(s) URI), optionally dated with @notBefore/@notAfter. See docs/TEI-ENCODING.md.
                """,
            subcommands: [Migrate.self, Export.self, Import.self]
        )
    }
}
