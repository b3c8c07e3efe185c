/// A value that is either a 32-bit integer or a string: Kubernetes' `intstr.IntOrString`
/// (container ports by number or name, `maxSurge: 25%`, `maxUnavailable: 1`).
///
/// Contract: encodes as a bare JSON number or string; decodes either (a whole-number float such
/// as `3.0` counts as an integer; out-of-`Int32`-range numbers and other types throw
/// `Status.badRequest`). `scaledValue(total:roundUp:)` resolves percentages as Go's
/// `GetScaledValueFromIntOrPercent`, with exact integer arithmetic.
public enum IntOrString: Codable, Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    case int(Int32)
    case string(String)

    public init(integerLiteral value: Int32) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }

    /// The integer, or the string as written.
    public var description: String {
        switch self {
        case .int(let number): return String(number)
        case .string(let text): return text
        }
    }

    /// The integer value, or for a string Go's `IntValue()`: its integer parse, else 0.
    public var intValue: Int {
        switch self {
        case .int(let number): return Int(number)
        case .string(let text): return Int(text) ?? 0
        }
    }

    /// An integer as is; a percentage (`"25%"`) of `total`, rounded up or down. Any other string
    /// throws `Status.badRequest` ("invalid value for IntOrString: …"), as in Kubernetes.
    public func scaledValue(total: Int, roundUp: Bool) throws -> Int {
        switch self {
        case .int(let number):
            return Int(number)
        case .string(let text):
            guard text.hasSuffix("%") else {
                throw Status.badRequest("invalid value for IntOrString: invalid type: string is not a percentage")
            }
            guard let percent = Int(text.dropLast()) else {
                throw Status.badRequest("invalid value for IntOrString: invalid value \"\(text)\": not an integer percentage")
            }
            let (product, overflow) = percent.multipliedReportingOverflow(by: total)
            guard !overflow else {
                throw Status.badRequest("invalid value for IntOrString: \"\(text)\" of \(total) is out of range")
            }
            // Exact floor/ceil of product / 100 for either sign (Go uses float math here).
            var quotient = product / 100
            let remainder = product % 100
            if remainder != 0 {
                if roundUp, product > 0 { quotient += 1 }
                if !roundUp, product < 0 { quotient -= 1 }
            }
            return quotient
        }
    }

    public init(from decoder: any Decoder) throws {
        if let direct = decoder as? JSONValueDecoder {
            if case .string(let text) = direct.current {
                self = .string(text)
            } else {
                self = .int(try JSONValueDecoder.integer(direct.current, Int32.self, at: decoder.codingPath))
            }
            return
        }
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else {
            self = .int(try container.decode(Int32.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .int(let number): try container.encode(number)
        case .string(let text): try container.encode(text)
        }
    }
}
