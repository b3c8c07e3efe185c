#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A point in time with microsecond precision: Kubernetes' `metav1.MicroTime` (Lease
/// `renewTime`, Event `eventTime`).
///
/// Contract: encodes as RFC 3339 UTC with exactly six fractional digits,
/// `2026-11-23T11:52:10.123456Z`; decodes any RFC 3339 time (fewer or more digits, offsets).
/// `init(_:)` rounds to the nearest microsecond so a value equals itself after a round trip.
/// Invalid text throws `Status.badRequest`.
public struct MicroTime: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var date: Date

    /// `date` rounded to the nearest microsecond.
    public init(_ date: Date) {
        let micros = (date.timeIntervalSince1970 * 1e6).rounded(.toNearestOrEven)
        self.date = Date(timeIntervalSince1970: micros / 1e6)
    }

    /// Parses RFC 3339 text.
    public init(parsing text: String) throws {
        self.init(try RFC3339.parse(text))
    }

    /// `2026-11-23T11:52:10.123456Z`.
    public var description: String { RFC3339.format(date, fractionalDigits: 6) }

    public static func < (lhs: MicroTime, rhs: MicroTime) -> Bool { lhs.date < rhs.date }

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
