/// Completes `metadata.generateName` with five random characters from Kubernetes' alphabet
/// (no vowels, no ambiguous digits), e.g. `web-7c9x2`.
struct NameGenerator {
    private static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
    private static let randomLength = 5
    /// Kubernetes caps the base so the generated name stays within 63 characters.
    private static let maxBaseLength = 63 - randomLength

    var generator = SystemRandomNumberGenerator()

    mutating func generate(base: String) -> String {
        var name = String(base.prefix(Self.maxBaseLength))
        for _ in 0..<Self.randomLength {
            name.append(Self.alphabet[Int.random(in: 0..<Self.alphabet.count, using: &generator)])
        }
        return name
    }
}
