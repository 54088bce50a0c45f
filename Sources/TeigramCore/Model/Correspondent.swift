/// A correspondent as the header records it, read from a title phrase, a routing line or a form field:
/// the person, the office, and the place, each clean of titles, brackets and footnote marks.
///
/// "the Czechoslovak Embassy in Havana (Pavlíček)" is `person: "Pavlíček"`, `office: "Czechoslovak Embassy in
/// Havana"`, `place: "Havana"`; "Maneli (Saigon)" is `person: "Maneli"`, `place: "Saigon"`.
public struct Correspondent: Sendable, Equatable {
    /// The person's name as written, without titles ("Katori" from "Ambassador Katori").
    public var person: String?
    /// The sending or receiving office ("Legation in Hungary", "American Embassy Sofia").
    public var office: String?
    /// An office-holder the phrase names by role alone, without a name ("the Foreign Minister", "Secretary
    /// of State", "High Commissioner in Great Britain", "Временный Поверенный в Делах СССР в Польше"): a
    /// person not identified, not an office.
    public var role: String?
    /// The place the phrase names for the correspondent ("Havana", "Warsaw").
    public var place: String?
    /// A telegram number the phrase carries ("[Ciphergram No. 12768]" → "12768").
    public var number: String?
    /// Whether the phrase itself shows ``person`` to be a person: a title before the name ("Ambassador
    /// Katori") or an office-holder's role before it in parentheses ("the Ambassador in the United Kingdom
    /// (Douglas)"). Such a name is never read as a place, even when a place bears it.
    public var isTitled = false

    /// Creates a correspondent.
    public init(
        person: String? = nil, office: String? = nil, role: String? = nil, place: String? = nil,
        number: String? = nil, isTitled: Bool = false
    ) {
        self.person = person
        self.office = office
        self.role = role
        self.place = place
        self.number = number
        self.isTitled = isTitled
    }

    /// Whether nothing was found.
    public var isEmpty: Bool { person == nil && office == nil && role == nil }
}
