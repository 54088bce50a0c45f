/// `places.geojson`: an RFC 7946 FeatureCollection of every register place with coordinates, as `Point`s
/// in [longitude, latitude] order (TEI's `geo` is "latitude longitude"), each with the telegrams that name
/// it. Places without coordinates are left out; places are ordered by id.
struct PlacesGeoJSONWriter {
    /// Writes the collection, one feature per line.
    func write<Output: TextOutputStream>(register: EditionRegister, listings: [EditionListing], to output: inout Output)
    {
        let places = register.entries(of: .place).filter { $0.coordinates != nil }.sorted { $0.id < $1.id }
        output.write("{\"type\":\"FeatureCollection\",\"features\":[\n")
        var first = true
        for place in places {
            guard let coordinates = place.coordinates else { continue }
            let uses = register.uses(of: place)
            func ids(_ indexes: [Int]) -> JSONValue {
                .array(indexes.filter { listings.indices.contains($0) }.map { .string(listings[$0].id) })
            }
            let feature: JSONValue = .object([
                ("type", .string("Feature")),
                ("id", .string(place.id)),
                (
                    "geometry",
                    .object([
                        ("type", .string("Point")),
                        ("coordinates", .array([.double(coordinates.longitude), .double(coordinates.latitude)])),
                    ])
                ),
                (
                    "properties",
                    .object([
                        ("name", .string(place.name)),
                        ("uris", .array(place.identifiers.map { .string($0.uri) })),
                        ("provisional", .bool(place.isProvisional)),
                        ("register", .string("places.html#" + HTML.urlComponent(place.id))),
                        ("letters", ids(uses.placeOfLetterIn)),
                        ("mentionedIn", ids(uses.mentionedIn)),
                    ])
                ),
            ])
            if !first { output.write(",\n") }
            first = false
            output.write(feature.serialized)
        }
        output.write("\n]}\n")
    }
}
