import Foundation
import Testing
@testable import SkiffAPI

@Suite struct QuantityTests {
    /// Input → canonical text, including Kubernetes' own examples from `resource.Quantity`'s docs
    /// and tests.
    static let canonical: [(input: String, output: String)] = [
        ("0", "0"), ("0n", "0"), ("0u", "0"), ("0m", "0"), ("0Ki", "0"), ("0k", "0"), ("0Mi", "0"), ("0M", "0"),
        ("0Gi", "0"), ("0G", "0"), ("0Ti", "0"), ("0T", "0"), ("-0", "0"), ("000", "0"),
        ("1Ki", "1Ki"), ("8Ki", "8Ki"), ("7Mi", "7Mi"), ("6Gi", "6Gi"), ("5Ti", "5Ti"), ("4Pi", "4Pi"), ("3Ei", "3Ei"),
        ("10Ti", "10Ti"), ("100Ti", "100Ti"),
        ("5n", "5n"), ("4u", "4u"), ("3m", "3m"), ("9", "9"), ("8k", "8k"), ("50k", "50k"), ("7M", "7M"),
        ("6G", "6G"), ("5T", "5T"), ("40T", "40T"), ("300T", "300T"), ("2P", "2P"), ("1E", "1E"),
        ("1.5", "1500m"), ("1.5Gi", "1536Mi"), ("0.5", "500m"), ("100m", "100m"), ("1000m", "1"), ("1500m", "1500m"),
        ("12k", "12k"), ("2Gi", "2Gi"), ("500Mi", "500Mi"), ("256Mi", "256Mi"), ("1.1", "1100m"), ("0.001", "1m"),
        ("0.0001", "100u"), ("12.34", "12340m"), ("1024", "1024"), ("2048", "2048"), ("1024Ki", "1Mi"),
        ("1536Ki", "1536Ki"), ("1.5Ki", "1536"), ("0.5Ki", "512"), ("0.1Ki", "102400m"), ("1000k", "1M"),
        ("1e3", "1e3"), ("1E3", "1e3"), ("1e10", "10e9"), ("1E-3", "1e-3"), ("1e-3", "1e-3"), ("1.5e3", "1500"),
        ("12.34e3", "12340"), ("100e-2", "1"),
        ("-1", "-1"), ("-100m", "-100m"), ("-1.5Gi", "-1536Mi"), ("+5", "5"), ("-2Ki", "-2Ki"),
        // Finer than a nano-unit rounds up (away from zero); beyond 2^63-1 units is capped.
        ("0.0000000001", "1n"), ("-0.0000000001", "-1n"), ("1.0000000001", "1000000001n"), ("1e-20", "1e-9"),
        ("9223372036854775807", "9223372036854775807"), ("9223372036854775808", "9223372036854775807"),
        ("100000000000000000000000000000000000000000Ki", "9223372036854775807"),
        ("0.0000000000000000000000000000000000000000001Ei", "1n"),
        (".5", "500m"), ("5.", "5"),
    ]

    @Test(arguments: canonical)
    func canonicalForm(input: String, output: String) throws {
        let quantity = try Quantity(parsing: input)
        #expect(quantity.description == output, "\(input)")
        // The canonical form parses back to the same amount and prints the same.
        let again = try Quantity(parsing: output)
        #expect(again == quantity)
        #expect(again.description == output)
    }

    static let invalid = [
        "", "abc", "aoeu", "1.1.M", "1+1.0M", "0.1mi", "0.1am", ".5i", "1i", "-3.01i", "-3.01e-", "1Gb", "1 Gi", " 1",
        "1 ", "--1", "1e", "e3", "1.2.3", "Ki", "5k5", "m", "-", "1KI", "1kb", "0x10", "١",
    ]

    @Test(arguments: invalid)
    func rejects(text: String) {
        #expect {
            _ = try Quantity(parsing: text)
        } throws: { error in
            guard let status = error as? Status, status.code == 400, let message = status.message else { return false }
            return message.hasPrefix("invalid quantity \"\(text)\": ")
                && (message.contains("quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
                    || message.contains("unable to parse quantity's suffix"))
        }
    }

    static let values: [(input: String, value: Int64, milliValue: Int64)] = [
        ("100m", 1, 100), ("1", 1, 1000), ("0.0001", 1, 1), ("-0.0001", 0, 0), ("1.5Gi", 1_610_612_736, 1_610_612_736_000),
        ("-1.5", -1, -1500), ("2.5", 3, 2500), ("1n", 1, 1), ("0", 0, 0), ("9223372036854775807", .max, .max),
    ]

    @Test(arguments: values)
    func valuesRoundUp(input: String, value: Int64, milliValue: Int64) throws {
        let quantity = try Quantity(parsing: input)
        #expect(quantity.value == value)
        #expect(quantity.milliValue == milliValue)
    }

    @Test func exactComparisonAndArithmetic() throws {
        let hundred: Quantity = "100m"
        #expect(hundred + "900m" == "1")
        #expect((hundred + "900m").description == "1")
        #expect(Quantity("1Ki") == Quantity("1024"))
        #expect(Quantity("1.5") < Quantity("2"))
        #expect(Quantity("999m") < Quantity("1"))
        #expect(Quantity("1Gi") > Quantity("1G"))
        #expect((Quantity("1Gi") - "512Mi").description == "512Mi")
        #expect((Quantity.zero + "1Ki").description == "1Ki")
        #expect((-Quantity("250m")).description == "-250m")
        #expect(Quantity("250m").multiplied(by: 4) == "1")
        #expect(Quantity(3).description == "3")
        #expect(Quantity(milliValue: 250).description == "250m")
        #expect(Quantity("0.1") + "0.2" == "0.3")  // no floating-point surprises
        var total = Quantity.zero
        for _ in 0..<10 { total += "100m" }
        #expect(total == "1")
        #expect(Set([Quantity("1"), Quantity("1000m"), Quantity("1e0")]).count == 1)
        #expect(Quantity("2Gi").scaledValue(6) == 2148)  // ceil(2147.483648)
    }

    @Test func codable() throws {
        struct Resources: Codable, Equatable {
            var limits: [String: Quantity]
        }
        let decoded = try JSONCodec.decode(Resources.self, from: Array(#"{"limits":{"cpu":"1.5","memory":"2Gi","pods":110,"ratio":0.5}}"#.utf8))
        #expect(decoded.limits["cpu"] == "1500m")
        #expect(decoded.limits["pods"] == "110")
        #expect(decoded.limits["ratio"] == "500m")
        #expect(String(decoding: try JSONCodec.encode(decoded), as: UTF8.self)
            == #"{"limits":{"cpu":"1500m","memory":"2Gi","pods":"110","ratio":"500m"}}"#)
        // Foundation works too.
        #expect(try JSONDecoder().decode(Resources.self, from: JSONEncoder().encode(decoded)) == decoded)
        #expect {
            _ = try JSONCodec.decode(Resources.self, from: Array(#"{"limits":{"cpu":"lots"}}"#.utf8))
        } throws: { error in
            let status = error as? Status
            return status?.details?.causes?.first?.field == "limits[cpu]"
                && status?.message?.hasPrefix(#"limits[cpu]: invalid quantity "lots": quantities must match"#) == true
        }
    }
}
