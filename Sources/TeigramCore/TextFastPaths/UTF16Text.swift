/// Conversions between strings and the UTF-16 code units the tagger and the inline encoder work on,
/// written out as plain transcoding loops: the standard library's generic paths (`Array(text.utf16)`,
/// `String(decoding:as: UTF16.self)`) decode one scalar at a time through protocol witnesses.
enum UTF16Text {
    /// The UTF-16 code units of `text`: the same as `Array(text.utf16)`.
    static func units(of text: String) -> [UInt16] {
        var text = text
        return text.withUTF8 { utf8 in
            var units: [UInt16] = []
            units.reserveCapacity(utf8.count)
            var index = 0
            // A String's UTF-8 is always well formed, so every lead byte has its continuation bytes.
            while index < utf8.count {
                let lead = UInt32(utf8[index])
                if lead < 0x80 {
                    units.append(UInt16(lead))
                    index += 1
                } else if lead < 0xE0 {
                    units.append(UInt16((lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)))
                    index += 2
                } else if lead < 0xF0 {
                    units.append(
                        UInt16(
                            (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)))
                    index += 3
                } else {
                    let scalar =
                        (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                        | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                    let offset = scalar - 0x10000
                    units.append(UInt16(0xD800 + (offset >> 10)))
                    units.append(UInt16(0xDC00 + (offset & 0x3FF)))
                    index += 4
                }
            }
            return units
        }
    }

    /// The string of UTF-16 `units`: the same as `String(decoding: units, as: UTF16.self)`, including the
    /// repair of an unpaired surrogate to U+FFFD.
    static func string<Units: RandomAccessCollection>(_ units: Units) -> String where Units.Element == UInt16 {
        if units.isEmpty { return "" }
        return String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var count = 0
            func append(_ byte: UInt32) {
                buffer[count] = UInt8(truncatingIfNeeded: byte)
                count += 1
            }
            var index = units.startIndex
            while index != units.endIndex {
                let unit = UInt32(units[index])
                units.formIndex(after: &index)
                switch unit {
                case 0..<0x80:
                    append(unit)
                case 0x80..<0x800:
                    append(0xC0 | unit >> 6)
                    append(0x80 | unit & 0x3F)
                case 0xD800..<0xDC00 where index != units.endIndex && (0xDC00..<0xE000).contains(units[index]):
                    // A surrogate pair: one scalar, four UTF-8 bytes (as many as its two units take in UTF-16 × 2).
                    let scalar = 0x10000 + ((unit - 0xD800) << 10 | (UInt32(units[index]) - 0xDC00))
                    units.formIndex(after: &index)
                    append(0xF0 | scalar >> 18)
                    append(0x80 | (scalar >> 12) & 0x3F)
                    append(0x80 | (scalar >> 6) & 0x3F)
                    append(0x80 | scalar & 0x3F)
                case 0xD800..<0xE000:
                    // An unpaired surrogate: U+FFFD.
                    append(0xEF)
                    append(0xBF)
                    append(0xBD)
                default:
                    append(0xE0 | unit >> 12)
                    append(0x80 | (unit >> 6) & 0x3F)
                    append(0x80 | unit & 0x3F)
                }
            }
            return count
        }
    }

    /// The text at UTF-16 offsets `range` of `text`: the same as `NSString.substring(with:)` (a cut surrogate
    /// pair is repaired to U+FFFD, as converting that `NSString` back does).
    static func substring(_ text: String, _ range: Range<Int>) -> String {
        string(units(of: text)[range])
    }

    /// `text` with the UTF-16 offsets `range` replaced by `replacement`: the same as
    /// `NSString.replacingCharacters(in:with:)` for a range of whole Characters (Foundation on Linux widens
    /// a range that cuts a Character to the Characters it touches; this replaces exactly the range).
    static func replacing(_ range: Range<Int>, in text: String, with replacement: String) -> String {
        replacing([range], in: text, with: replacement)
    }

    /// `text` with each of `ranges` (UTF-16 offsets, in order, not overlapping) replaced by `replacement`.
    static func replacing(_ ranges: [Range<Int>], in text: String, with replacement: String) -> String {
        var result = units(of: text)
        let replacementUnits = units(of: replacement)
        for range in ranges.reversed() { result.replaceSubrange(range, with: replacementUnits) }
        return string(result)
    }
}
