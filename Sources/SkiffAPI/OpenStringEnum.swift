/// A Kubernetes string enumeration (`RestartPolicy`, `Protocol`, …) that still decodes values it
/// does not know.
///
/// Kubernetes declares these as Go string types with constants; a manifest may hold any string.
/// Conforming types decode and encode as a plain JSON string, so a value Skiff does not know
/// round-trips unchanged and validation (not the decoder) rejects it with a field error naming
/// the `knownValues`.
public protocol OpenStringEnum: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String
{
    init(rawValue: String)
    /// The values Kubernetes accepts, in the order its error messages list them.
    static var knownValues: [Self] { get }
}

extension OpenStringEnum {
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    /// Whether Kubernetes accepts this value.
    public var isKnown: Bool { Self.knownValues.contains(self) }
}
