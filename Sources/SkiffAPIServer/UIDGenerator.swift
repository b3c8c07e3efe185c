/// Random (version 4) UUIDs for `metadata.uid`, as Kubernetes assigns them, in lowercase.
///
/// Why not Foundation's `UUID()`: on Linux it opens, reads and closes `/dev/urandom` for every
/// UUID, and the string is lowercased after: 3% of the API server's loop time per create. This
/// takes the same kernel randomness through the standard library's generator (`getrandom`).
enum UIDGenerator {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = (generator.next() & ~0xF000) | 0x4000  // version 4: the high nibble of byte 6
        let low = (generator.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000  // RFC 4122 variant: byte 8
        return String(unsafeUninitializedCapacity: 36) { text in
            var position = 0
            for index in 0..<16 {
                if index == 4 || index == 6 || index == 8 || index == 10 {
                    text[position] = UInt8(ascii: "-")
                    position += 1
                }
                let word = index < 8 ? high : low
                let byte = UInt8(truncatingIfNeeded: word >> (56 - 8 * (index % 8)))
                text[position] = hex[Int(byte >> 4)]
                text[position + 1] = hex[Int(byte & 0x0F)]
                position += 2
            }
            return position
        }
    }
}
