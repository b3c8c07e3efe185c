#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A point in time with whole-second precision: Kubernetes' `metav1.Time`
/// (`creationTimestamp`, `lastTransitionTime`, …).
///
/// Contract: encodes as an RFC 3339 UTC string with seconds precision, `2026-11-23T11:52:10Z`;
/// decodes RFC 3339 with or without fractional seconds and with any offset (fractions are
/// dropped). `init(_:)` truncates to the whole second, so a `Time` equals itself after a round
/// trip; a `date` assigned directly is truncated only when encoded. Invalid text throws
/// `Status.badRequest`.
public struct Time: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: Date

    /// `date` truncated to the whole second (toward the past).
    public init(_ date: Date) {
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// Same as `init(_:)`, for call sites that spell out the property.
    public init(date: Date) {
        self.init(date)
    }

    /// Parses RFC 3339 text.
    public init(parsing text: String) throws {
        self.init(try RFC3339.parse(text))
    }

    /// `2026-11-23T11:52:10Z`.
    public var description: String { RFC3339.format(date, fractionalDigits: 0) }

    public static func < (lhs: Time, rhs: Time) -> Bool { lhs.date < rhs.date }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self.init(try RFC3339.parse(text))
        } catch let status as Status {
            throw JSONValueDecoder.failure(at: decoder.codingPath, status.message ?? "invalid time")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
