/// Kubernetes' quantity grammar and its exact conversion to nano-units.
///
/// Syntax (Go's `parseQuantityString`): `[+-]` digits with an optional `.` fraction, then a suffix
/// made of the letters `eEinumkKMGTP`, an optional sign and digits. The suffix must then be a
/// known one: an SI suffix, a binary suffix, or `e`/`E` and a decimal exponent. The value is
/// converted exactly (with a small big-integer for long or binary-fractional inputs), rounded up to
/// whole nano-units and capped at 2^63-1 units.
enum QuantityParser {
    /// Why text is not a quantity, with Kubernetes' wording.
    enum Problem: Error {
        case format, numeric, suffix

        var message: String {
            switch self {
            case .format: return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
            case .numeric: return "unable to parse quantity's numeric part"
            case .suffix: return "unable to parse quantity's suffix"
            }
        }
    }

    static func parse(_ text: String) -> Result<Quantity, Problem> {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    private static func parse(utf8 input: UnsafeBufferPointer<UInt8>) -> Result<Quantity, Problem> {
        guard !input.isEmpty else { return .failure(.format) }
        var position = 0
        var isNegative = false
        if input[0] == UInt8(ascii: "-") || input[0] == UInt8(ascii: "+") {
            isNegative = input[0] == UInt8(ascii: "-")
            position = 1
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        let integerStart = position
        while position < input.count, isDigit(input[position]) { position += 1 }
        let integerDigits = UnsafeBufferPointer(rebasing: input[integerStart..<position])
        var fractionDigits = UnsafeBufferPointer(rebasing: input[position..<position])
        if position < input.count, input[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < input.count, isDigit(input[position]) { position += 1 }
            fractionDigits = UnsafeBufferPointer(rebasing: input[fractionStart..<position])
        }
        // Go's grammar requires at least one character of `[0-9.]` before the suffix.
        guard position > integerStart else { return .failure(.format) }

        let suffixStart = position
        let suffixLetters = "eEinumkKMGTP".utf8
        while position < input.count, suffixLetters.contains(input[position]) { position += 1 }
        if position < input.count, input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
            position += 1
        }
        while position < input.count, isDigit(input[position]) { position += 1 }
        guard position == input.count else { return .failure(.format) }
        let suffix = UnsafeBufferPointer(rebasing: input[suffixStart..<input.count])

        guard let (base, exponent, format) = interpret(suffix) else { return .failure(.suffix) }

        // Fast path: up to 36 significant digits fit a UInt128 exactly.
        var significand: UInt128 = 0
        var significantCount = 0
        for byte in integerDigits where significantCount > 0 || byte != UInt8(ascii: "0") {
            if significantCount < 37 { significand = significand &* 10 &+ UInt128(byte - 48) }
            significantCount += 1
        }
        for byte in fractionDigits where significantCount > 0 || byte != UInt8(ascii: "0") {
            if significantCount < 37 { significand = significand &* 10 &+ UInt128(byte - 48) }
            significantCount += 1
        }
        guard significantCount > 0 else { return .success(Quantity(nanoValue: 0, format: format)) }

        var magnitude: Int128
        if significantCount <= 36, let fast = fastNanos(significand, fractionCount: fractionDigits.count, base: base, exponent: exponent) {
            magnitude = fast
        } else {
            var digits: [UInt8] = []
            for byte in integerDigits where !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - 48) }
            for byte in fractionDigits where !(digits.isEmpty && byte == UInt8(ascii: "0")) { digits.append(byte - 48) }
            if base == 10 {
                magnitude = decimalNanos(digits: digits, exponent: exponent - fractionDigits.count + 9)
            } else {
                magnitude = binaryNanos(digits: digits, fractionCount: fractionDigits.count, exponent: exponent)
            }
        }
        magnitude = min(magnitude, Quantity.maximumNanos)
        return .success(Quantity(nanoValue: isNegative ? -magnitude : magnitude, format: format))
    }

    private static let powersOfTen: [UInt128] = {
        var powers: [UInt128] = [1]
        for _ in 1...38 { powers.append(powers[powers.count - 1] * 10) }
        return powers
    }()

    /// significand / 10^fractionCount × base^exponent in nano-units, rounded up, with 128-bit
    /// arithmetic; nil when an intermediate would not fit (the exact slow path then decides).
    private static func fastNanos(_ significand: UInt128, fractionCount: Int, base: Int, exponent: Int) -> Int128? {
        let saturated = Quantity.maximumNanos + 1
        var numerator = significand
        var denominatorPower = fractionCount
        if base == 10 {
            let nanoExponent = exponent - fractionCount + 9
            if nanoExponent >= 0 {
                guard nanoExponent <= 38 else { return saturated }
                let (product, overflow) = numerator.multipliedReportingOverflow(by: powersOfTen[nanoExponent])
                return overflow || product > UInt128(Quantity.maximumNanos) ? saturated : Int128(product)
            }
            denominatorPower = -nanoExponent
        } else {
            // × 2^exponent × 10^9 must stay within 128 bits.
            guard numerator.leadingZeroBitCount > exponent + 30 else { return fractionCount == 0 ? saturated : nil }
            numerator = (numerator << exponent) * 1_000_000_000
        }
        guard denominatorPower <= 38 else { return 1 }  // non-zero, far below one nano-unit
        let divisor = powersOfTen[denominatorPower]
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: divisor)
        let rounded = remainder == 0 ? quotient : quotient + 1
        return rounded > UInt128(Quantity.maximumNanos) ? saturated : Int128(rounded)
    }

    /// Base, exponent and format of a suffix, or nil if it is not a known one.
    private static func interpret(_ suffix: UnsafeBufferPointer<UInt8>) -> (base: Int, exponent: Int, format: Quantity.Format)? {
        if suffix.isEmpty { return (10, 0, .decimalSI) }
        if suffix.count == 1 {
            switch suffix[0] {
            case UInt8(ascii: "n"): return (10, -9, .decimalSI)
            case UInt8(ascii: "u"): return (10, -6, .decimalSI)
            case UInt8(ascii: "m"): return (10, -3, .decimalSI)
            case UInt8(ascii: "k"): return (10, 3, .decimalSI)
            case UInt8(ascii: "M"): return (10, 6, .decimalSI)
            case UInt8(ascii: "G"): return (10, 9, .decimalSI)
            case UInt8(ascii: "T"): return (10, 12, .decimalSI)
            case UInt8(ascii: "P"): return (10, 15, .decimalSI)
            case UInt8(ascii: "E"): return (10, 18, .decimalSI)
            default: return nil
            }
        }
        if suffix.count == 2, suffix[1] == UInt8(ascii: "i") {
            switch suffix[0] {
            case UInt8(ascii: "K"): return (2, 10, .binarySI)
            case UInt8(ascii: "M"): return (2, 20, .binarySI)
            case UInt8(ascii: "G"): return (2, 30, .binarySI)
            case UInt8(ascii: "T"): return (2, 40, .binarySI)
            case UInt8(ascii: "P"): return (2, 50, .binarySI)
            case UInt8(ascii: "E"): return (2, 60, .binarySI)
            default: return nil
            }
        }
        do {
            guard suffix[0] == UInt8(ascii: "e") || suffix[0] == UInt8(ascii: "E"),
                let exponent = Int64(String(decoding: UnsafeBufferPointer(rebasing: suffix[1...]), as: UTF8.self))
            else { return nil }
            // Beyond ±10^6 the value is certainly capped or rounded to one nano-unit anyway.
            return (10, Int(max(-1_000_000, min(1_000_000, exponent))), .decimalExponent)
        }
    }

    /// digits × 10^nanoExponent in nano-units, rounded up, saturating above the cap.
    private static func decimalNanos(digits: [UInt8], exponent nanoExponent: Int) -> Int128 {
        let saturated = Quantity.maximumNanos + 1
        // More than 29 integer digits is beyond the cap (about 9.2 × 10^27 nano-units).
        let integerDigitCount = digits.count + nanoExponent
        if integerDigitCount > 29 { return saturated }
        if integerDigitCount <= 0 { return 1 }  // a non-zero amount below one nano-unit
        var value: Int128 = 0
        for index in 0..<min(integerDigitCount, digits.count) { value = value * 10 + Int128(digits[index]) }
        if integerDigitCount > digits.count {
            for _ in 0..<(integerDigitCount - digits.count) { value *= 10 }
        } else if digits[integerDigitCount...].contains(where: { $0 != 0 }) {
            value += 1  // round up what is finer than a nano-unit
        }
        return value
    }

    /// digits / 10^fractionCount × 2^exponent in nano-units, rounded up, saturating above the cap.
    private static func binaryNanos(digits: [UInt8], fractionCount: Int, exponent: Int) -> Int128 {
        var number = BigUnsigned()
        for digit in digits {
            number.multiply(by: 10)
            number.add(UInt32(digit))
        }
        for _ in 0..<exponent { number.multiply(by: 2) }
        number.multiply(by: 1_000_000_000)
        var hasRemainder = false
        for _ in 0..<fractionCount where number.divide(by: 10) != 0 { hasRemainder = true }
        guard let value = number.int128, value <= Quantity.maximumNanos else { return Quantity.maximumNanos + 1 }
        return hasRemainder ? value + 1 : value
    }
}

/// A minimal unsigned big integer (little-endian 32-bit limbs): just enough to convert long or
/// binary-fractional quantity text exactly.
private struct BigUnsigned {
    var limbs: [UInt32] = []

    mutating func multiply(by factor: UInt32) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = UInt64(limbs[index]) * UInt64(factor) + carry
            limbs[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry > 0 { limbs.append(UInt32(carry)) }
    }

    mutating func add(_ addend: UInt32) {
        var carry = UInt64(addend)
        var index = 0
        while carry > 0 {
            if index == limbs.count { limbs.append(0) }
            let sum = UInt64(limbs[index]) + carry
            limbs[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
            index += 1
        }
    }

    /// Divides in place; returns the remainder.
    mutating func divide(by divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        for index in limbs.indices.reversed() {
            let current = remainder << 32 | UInt64(limbs[index])
            limbs[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        while limbs.last == 0 { limbs.removeLast() }
        return UInt32(remainder)
    }

    /// The value, if it fits in an `Int128`.
    var int128: Int128? {
        var significant = limbs
        while significant.last == 0 { significant.removeLast() }
        guard significant.count <= 4 else { return nil }
        var value: UInt128 = 0
        for limb in significant.reversed() { value = value << 32 | UInt128(limb) }
        return Int128(exactly: value)
    }
}
