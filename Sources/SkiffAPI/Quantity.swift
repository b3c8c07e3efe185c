/// A resource amount: Kubernetes' `resource.Quantity` (`100m` CPU, `2Gi` memory, `1e3`).
///
/// Contract:
/// - Exact: the amount is held as a whole number of nano-units (`nanoValue`, an `Int128`), so
///   comparison and arithmetic are exact (`100m + 900m == 1`). Parsing rounds anything finer than
///   one nano-unit up (away from zero), and caps magnitudes above 2^63-1 units, as Kubernetes does.
/// - Equality, hashing and ordering use the amount only: `1Ki == 1024`, like Go's `Cmp`.
/// - The format (decimal SI, binary SI, decimal exponent) is remembered from parsing and drives
///   the canonical text (`description`, and what is encoded): the largest suffix that loses no
///   precision and needs no fraction — `1.5` → `1500m`, `1000m` → `1`, `1.5Gi` → `1536Mi`,
///   `2Gi` → `2Gi`, `1e3` → `1e3`; binary amounts below 1Ki or not whole are written in decimal SI.
/// - Encodes as a JSON string; decodes from a string or a number. Invalid text throws
///   `Status.badRequest` quoting the text and Kubernetes' own message.
/// - Arithmetic keeps the left operand's format (the right one's when the left is zero) and
///   saturates instead of trapping in the (practically unreachable) `Int128` overflow case.
public struct Quantity: Codable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// How a quantity is written.
    public enum Format: String, Sendable, Hashable {
        /// Powers of ten with SI suffixes: `n u m "" k M G T P E`.
        case decimalSI = "DecimalSI"
        /// Powers of two: `Ki Mi Gi Ti Pi Ei`.
        case binarySI = "BinarySI"
        /// `e<exponent>` notation: `1e3`, `5E-3`.
        case decimalExponent = "DecimalExponent"
    }

    /// The amount in units of 10^-9.
    public private(set) var nanoValue: Int128
    public var format: Format

    static let nanosPerUnit: Int128 = 1_000_000_000
    /// Largest magnitude a parsed quantity may have: 2^63-1 units.
    static let maximumNanos = Int128(Int64.max) * nanosPerUnit

    /// An amount in nano-units.
    public init(nanoValue: Int128, format: Format = .decimalSI) {
        self.nanoValue = nanoValue
        self.format = format
    }

    /// A whole number of units (`Quantity(3)` is three CPUs or three bytes).
    public init(_ value: Int64, format: Format = .decimalSI) {
        self.init(nanoValue: Int128(value) * Self.nanosPerUnit, format: format)
    }

    /// An amount in thousandths (`Quantity(milliValue: 250)` is `250m`).
    public init(milliValue: Int64, format: Format = .decimalSI) {
        self.init(nanoValue: Int128(milliValue) * 1_000_000, format: format)
    }

    /// Parses Kubernetes quantity text. Throws `Status.badRequest` when it is not one.
    public init(parsing text: String) throws {
        switch QuantityParser.parse(text) {
        case .success(let parsed): self = parsed
        case .failure(let problem): throw Status.badRequest("invalid quantity \"\(text)\": \(problem.message)")
        }
    }

    /// A literal quantity; an invalid literal is a programming error.
    public init(stringLiteral text: String) {
        guard case .success(let parsed) = QuantityParser.parse(text) else {
            preconditionFailure("invalid Quantity literal \"\(text)\"")
        }
        self = parsed
    }

    public static let zero = Quantity(nanoValue: 0)

    public var isZero: Bool { nanoValue == 0 }
    /// -1, 0 or 1.
    public var sign: Int { nanoValue == 0 ? 0 : (nanoValue < 0 ? -1 : 1) }

    /// The amount in units, rounded up (toward +∞), as Go's `Value()`; clamped to `Int64`.
    public var value: Int64 { scaledValue(0) }
    /// The amount in thousandths, rounded up, as Go's `MilliValue()`; clamped to `Int64`.
    public var milliValue: Int64 { scaledValue(-3) }

    /// ceil(amount / 10^scale), clamped to `Int64` (Go's `ScaledValue`): `scaledValue(-3)` is the
    /// milli value, `scaledValue(6)` the value in millions.
    public func scaledValue(_ scale: Int) -> Int64 {
        let shift = scale + 9
        var result: Int128
        if shift <= 0 {
            result = nanoValue
            for _ in 0..<(-shift) {
                let (next, overflow) = result.multipliedReportingOverflow(by: 10)
                if overflow { return nanoValue < 0 ? Int64.min : Int64.max }
                result = next
            }
        } else {
            var divisor: Int128 = 1
            for _ in 0..<min(shift, 38) { divisor *= 10 }
            result = nanoValue / divisor
            if nanoValue % divisor != 0, nanoValue > 0 { result += 1 }
        }
        return Int64(clamping: result)
    }

    /// The amount as a `Double` (approximate).
    public var approximateDouble: Double { Double(nanoValue) / 1e9 }

    // MARK: Arithmetic

    public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
        let (sum, overflow) = lhs.nanoValue.addingReportingOverflow(rhs.nanoValue)
        let nanos = overflow ? (rhs.nanoValue > 0 ? Int128.max : Int128.min) : sum
        return Quantity(nanoValue: nanos, format: lhs.isZero ? rhs.format : lhs.format)
    }

    public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
        let (difference, overflow) = lhs.nanoValue.subtractingReportingOverflow(rhs.nanoValue)
        let nanos = overflow ? (rhs.nanoValue < 0 ? Int128.max : Int128.min) : difference
        return Quantity(nanoValue: nanos, format: lhs.isZero ? rhs.format : lhs.format)
    }

    public static func += (lhs: inout Quantity, rhs: Quantity) { lhs = lhs + rhs }
    public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs = lhs - rhs }

    public static prefix func - (operand: Quantity) -> Quantity {
        Quantity(nanoValue: operand.nanoValue == Int128.min ? Int128.max : -operand.nanoValue, format: operand.format)
    }

    /// The amount times `factor` (Go's `Mul`), saturating.
    public func multiplied(by factor: Int64) -> Quantity {
        let (product, overflow) = nanoValue.multipliedReportingOverflow(by: Int128(factor))
        let negative = (nanoValue < 0) != (factor < 0)
        return Quantity(nanoValue: overflow ? (negative ? Int128.min : Int128.max) : product, format: format)
    }

    // MARK: Equality and order (amount only)

    public static func == (lhs: Quantity, rhs: Quantity) -> Bool { lhs.nanoValue == rhs.nanoValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(nanoValue) }
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.nanoValue < rhs.nanoValue }

    // MARK: Canonical text

    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]

    /// The canonical text, as Kubernetes serialises it.
    public var description: String {
        guard nanoValue != 0 else { return "0" }
        var format = self.format
        let isWhole = nanoValue % Self.nanosPerUnit == 0
        if format == .binarySI {
            // Small or fractional binary amounts read better (and exactly) in decimal.
            let limit = 1024 * Self.nanosPerUnit
            if (nanoValue > -limit && nanoValue < limit) || !isWhole { format = .decimalSI }
        }
        // 64-bit arithmetic whenever it fits: 128-bit division is a slow library call.
        if isWhole {
            let units = nanoValue / Self.nanosPerUnit
            if let small = Int64(exactly: units) { return Self.canonical(small, exponent: 0, format: format) }
            return Self.canonical(units, exponent: 0, format: format)
        }
        if let nanos = Int64(exactly: nanoValue) {
            return Self.canonical(nanos, exponent: -9, format: format)
        }
        return Self.canonical(nanoValue, exponent: -9, format: format)
    }

    /// mantissa × 10^exponent in `format`'s canonical spelling.
    private static func canonical<I: FixedWidthInteger & SignedInteger>(_ value: I, exponent: Int, format: Format) -> String {
        if format == .binarySI {
            // `value` is whole units here (exponent 0).
            var units = value
            var power = 0
            while power < 6, units % 1024 == 0 {
                units /= 1024
                power += 1
            }
            return "\(units)\(binarySuffixes[power])"
        }
        var mantissa = value
        var exponent = exponent
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        // Move the exponent down to a multiple of three (mantissa grows, no precision lost).
        let excess = ((exponent % 3) + 3) % 3
        for _ in 0..<excess { mantissa = mantissa.multipliedReportingOverflow(by: 10).partialValue }
        exponent -= excess
        if format == .decimalExponent {
            return exponent == 0 ? "\(mantissa)" : "\(mantissa)e\(exponent)"
        }
        while exponent > 18 {
            // Only reachable through arithmetic beyond the parse cap: stay within `E`.
            mantissa = mantissa.multipliedReportingOverflow(by: 1000).partialValue
            exponent -= 3
        }
        return "\(mantissa)\(decimalSuffix(exponent))"
    }

    private static func decimalSuffix(_ exponent: Int) -> String {
        switch exponent {
        case -9: return "n"
        case -6: return "u"
        case -3: return "m"
        case 3: return "k"
        case 6: return "M"
        case 9: return "G"
        case 12: return "T"
        case 15: return "P"
        case 18: return "E"
        default: return ""
        }
    }

    // MARK: Codable

    public init(from decoder: any Decoder) throws {
        let text: String
        if let direct = decoder as? JSONValueDecoder {
            switch direct.current {
            case .string(let string): text = string
            case .integer(let number): text = String(number)
            case .double(let number): text = String(number)
            case let other: throw JSONValueDecoder.mismatch("quantity string or number", other, at: decoder.codingPath)
            }
        } else {
            let container = try decoder.singleValueContainer()
            if let string = try? container.decode(String.self) {
                text = string
            } else if let number = try? container.decode(Int64.self) {
                text = String(number)
            } else {
                text = String(try container.decode(Double.self))
            }
        }
        switch QuantityParser.parse(text) {
        case .success(let parsed): self = parsed
        case .failure(let problem):
            throw JSONValueDecoder.failure(at: decoder.codingPath, "invalid quantity \"\(text)\": \(problem.message)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
