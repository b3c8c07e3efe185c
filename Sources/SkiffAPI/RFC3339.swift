#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// RFC 3339 timestamps as Kubernetes writes them (`2026-11-23T11:52:10Z`, optionally with
/// fractional seconds), formatted and parsed by hand: `DateFormatter` is far too slow for the
/// codec's hot path and depends on locale state.
///
/// Formatting is always UTC (`Z`). Parsing accepts `T`/`t`, `Z`/`z` or a `±HH:MM` offset, and up to
/// nine fractional digits (more are accepted and truncated); seconds must be 00–59 and the date
/// must exist. Anything else throws `Status.badRequest`.
enum RFC3339 {
    /// `date` in UTC with `fractionalDigits` (0…9) digits after the seconds, truncating.
    static func format(_ date: Date, fractionalDigits: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        append(date, fractionalDigits: fractionalDigits, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func append(_ date: Date, fractionalDigits: Int, to bytes: inout [UInt8]) {
        let scale = pow10(fractionalDigits)
        // Round to the unit being printed first: a Double holding 10.123456 may be 10.1234559999.
        let units = (date.timeIntervalSince1970 * Double(scale)).rounded(.toNearestOrEven)
        let clamped = Int64(exactly: units.rounded(.down)) ?? (units < 0 ? Int64.min / 2 : Int64.max / 2)
        var seconds = clamped / scale
        var fraction = clamped % scale
        if fraction < 0 {
            fraction += scale
            seconds -= 1
        }
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 {
            secondOfDay += 86_400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        appendDigits(year, count: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, count: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, count: 2, to: &bytes)
        if fractionalDigits > 0 {
            bytes.append(UInt8(ascii: "."))
            appendDigits(fraction, count: fractionalDigits, to: &bytes)
        }
        bytes.append(UInt8(ascii: "Z"))
    }

    /// Parses an RFC 3339 timestamp.
    static func parse(_ text: String) throws -> Date {
        var text = text
        guard let date = text.withUTF8({ parse(utf8: $0) }) else {
            throw Status.badRequest(
                "parsing time \"\(text)\" as \"2006-01-02T15:04:05Z07:00\": not an RFC 3339 time"
            )
        }
        return date
    }

    private static func parse(utf8 input: UnsafeBufferPointer<UInt8>) -> Date? {
        var position = 0
        func number(_ count: Int) -> Int64? {
            guard position + count <= input.count else { return nil }
            var value: Int64 = 0
            for _ in 0..<count {
                let byte = input[position]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                position += 1
            }
            return value
        }
        func expect(_ options: UInt8...) -> Bool {
            guard position < input.count, options.contains(input[position]) else { return false }
            position += 1
            return true
        }
        guard let year = number(4), expect(UInt8(ascii: "-")),
            let month = number(2), expect(UInt8(ascii: "-")),
            let day = number(2), expect(UInt8(ascii: "T"), UInt8(ascii: "t")),
            let hour = number(2), expect(UInt8(ascii: ":")),
            let minute = number(2), expect(UInt8(ascii: ":")),
            let second = number(2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
            hour < 24, minute < 60, second < 60
        else { return nil }
        var nanoseconds: Int64 = 0
        if position < input.count, input[position] == UInt8(ascii: ".") {
            position += 1
            var digits = 0
            while position < input.count, input[position] >= UInt8(ascii: "0"), input[position] <= UInt8(ascii: "9") {
                if digits < 9 { nanoseconds = nanoseconds * 10 + Int64(input[position] - UInt8(ascii: "0")) }
                digits += 1
                position += 1
            }
            guard digits > 0 else { return nil }
            if digits < 9 { nanoseconds *= pow10(9 - digits) }
        }
        var offsetSeconds: Int64 = 0
        if expect(UInt8(ascii: "Z"), UInt8(ascii: "z")) {
            offsetSeconds = 0
        } else if position < input.count, input[position] == UInt8(ascii: "+") || input[position] == UInt8(ascii: "-") {
            let sign: Int64 = input[position] == UInt8(ascii: "-") ? -1 : 1
            position += 1
            guard let offsetHours = number(2), expect(UInt8(ascii: ":")), let offsetMinutes = number(2),
                offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60)
        } else {
            return nil
        }
        guard position == input.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
        return Date(timeIntervalSince1970: Double(seconds) + Double(nanoseconds) / 1e9)
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, Howard Hinnant's algorithms)

    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pow10(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    private static func appendDigits(_ value: Int64, count: Int, to bytes: inout [UInt8]) {
        var divisor = pow10(count - 1)
        var remaining = value < 0 ? 0 : value
        // Years beyond 9999 print in full rather than being cut to four digits.
        while divisor * 10 <= remaining { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(remaining / divisor % 10))
            remaining %= divisor
            divisor /= 10
        }
    }
}
