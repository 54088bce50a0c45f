import Testing
@testable import TeigramCore

extension FastPathTests {
    /// ``NameTokenizer/letterProperties(_:)`` gives the scalar's own properties for every scalar below
    /// U+0530 (the table) and a sample above it.
    @Test func letterTableIsTheScalarProperties() {
        for value in Array(UInt32(0)..<0x530) + [0x1E00, 0x1EF3, 0x2019, 0x3042, 0x1F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = NameTokenizer.letterProperties(scalar)
            #expect(properties.isWordCharacter == NameTokenizer.isWordCharacter(scalar), "U+\(value)")
            #expect(properties.isUppercase == scalar.properties.isUppercase, "U+\(value)")
            #expect(properties.isLowercase == scalar.properties.isLowercase, "U+\(value)")
        }
    }
}
