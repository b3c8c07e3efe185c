import Foundation
import Testing
@testable import SkiffAPI

@Suite struct TimeTests {
    static let parsing: [(text: String, seconds: Double, time: String, microTime: String)] = [
        ("2026-11-23T11:52:10Z", 1_795_434_730, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.000000Z"),
        ("2026-11-23T11:52:10.123456Z", 1_795_434_730.123456, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.123456Z"),
        ("2026-11-23T11:52:10.5Z", 1_795_434_730.5, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.500000Z"),
        ("2026-11-23T11:52:10.123456789Z", 1_795_434_730.123456789, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.123457Z"),
        ("2026-11-23T13:52:10+02:00", 1_795_434_730, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.000000Z"),
        ("2026-11-23T06:22:10-05:30", 1_795_434_730, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.000000Z"),
        ("2026-11-23t11:52:10z", 1_795_434_730, "2026-11-23T11:52:10Z", "2026-11-23T11:52:10.000000Z"),
        ("1970-01-01T00:00:00Z", 0, "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000000Z"),
        ("1969-12-31T23:59:59Z", -1, "1969-12-31T23:59:59Z", "1969-12-31T23:59:59.000000Z"),
        ("2024-02-29T12:00:00Z", 1_709_208_000, "2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000000Z"),
        ("2000-03-01T00:00:00Z", 951_868_800, "2000-03-01T00:00:00Z", "2000-03-01T00:00:00.000000Z"),
        ("9999-12-31T23:59:59Z", 253_402_300_799, "9999-12-31T23:59:59Z", "9999-12-31T23:59:59.000000Z"),
    ]

    @Test(arguments: parsing)
    func parsesAndFormats(text: String, seconds: Double, time: String, microTime: String) throws {
        let parsedTime = try Time(parsing: text)
        #expect(parsedTime.date.timeIntervalSince1970 == seconds.rounded(.down))
        #expect(parsedTime.description == time)
        let parsedMicro = try MicroTime(parsing: text)
        #expect(abs(parsedMicro.date.timeIntervalSince1970 - seconds) < 1e-6)
        #expect(parsedMicro.description == microTime)
        // Round trips are exact.
        #expect(try Time(parsing: parsedTime.description) == parsedTime)
        #expect(try MicroTime(parsing: parsedMicro.description) == parsedMicro)
    }

    static let invalid = [
        "", "yesterday", "2026-11-23", "2026-11-23T11:52Z", "2026-11-23T11:52:10", "2026-13-01T00:00:00Z",
        "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T11:60:00Z",
        "2026-11-23T11:52:60Z", "2026-11-23T11:52:10.Z", "2026-11-23T11:52:10+0200", "2026-11-23 11:52:10Z",
        "2026-11-23T11:52:10Zjunk", "26-11-23T11:52:10Z", "２０２６-11-23T11:52:10Z",
    ]

    @Test(arguments: invalid)
    func rejects(text: String) {
        #expect(throws: Status.self) { try Time(parsing: text) }
        #expect(throws: Status.self) { try MicroTime(parsing: text) }
    }

    @Test func codable() throws {
        struct Event: Codable, Equatable {
            var firstTimestamp: Time
            var eventTime: MicroTime?
        }
        let event = Event(
            firstTimestamp: Time(Date(timeIntervalSince1970: 1_795_434_730.9)),
            eventTime: MicroTime(Date(timeIntervalSince1970: 1_795_434_730.123456)))
        let text = String(decoding: try JSONCodec.encode(event), as: UTF8.self)
        #expect(text == #"{"firstTimestamp":"2026-11-23T11:52:10Z","eventTime":"2026-11-23T11:52:10.123456Z"}"#)
        #expect(try JSONCodec.decode(Event.self, from: Array(text.utf8)) == event)
        #expect(try JSONDecoder().decode(Event.self, from: JSONEncoder().encode(event)) == event)
        #expect(Time(Date(timeIntervalSince1970: 10)) < Time(Date(timeIntervalSince1970: 11)))
    }
}

@Suite struct IntOrStringTests {
    static let scaled: [(value: IntOrString, total: Int, roundUp: Bool, expected: Int?)] = [
        (123, 0, false, 123),
        ("90%", 100, true, 90),
        ("90%", 95, true, 86),
        ("90%", 95, false, 85),
        ("25%", 10, true, 3),
        ("25%", 10, false, 2),
        ("0%", 10, true, 0),
        ("100%", 7, false, 7),
        ("-10%", 15, false, -2),
        ("-10%", 15, true, -1),
        ("%", 10, true, nil),
        ("90#", 10, true, nil),
        ("#%", 10, true, nil),
        ("90", 10, true, nil),
    ]

    @Test(arguments: scaled)
    func scaledValue(value: IntOrString, total: Int, roundUp: Bool, expected: Int?) throws {
        if let expected {
            #expect(try value.scaledValue(total: total, roundUp: roundUp) == expected)
        } else {
            #expect {
                _ = try value.scaledValue(total: total, roundUp: roundUp)
            } throws: { error in
                (error as? Status)?.message?.hasPrefix("invalid value for IntOrString: ") == true
            }
        }
    }

    @Test func codable() throws {
        struct Strategy: Codable, Equatable {
            var maxSurge: IntOrString
            var maxUnavailable: IntOrString?
        }
        let text = #"{"maxSurge":"25%","maxUnavailable":1}"#
        let strategy = try JSONCodec.decode(Strategy.self, from: Array(text.utf8))
        #expect(strategy == Strategy(maxSurge: "25%", maxUnavailable: 1))
        #expect(String(decoding: try JSONCodec.encode(strategy), as: UTF8.self) == text)
        #expect(try JSONDecoder().decode(Strategy.self, from: JSONEncoder().encode(strategy)) == strategy)
        #expect(try JSONCodec.decode(Strategy.self, from: Array(#"{"maxSurge":2.0}"#.utf8)).maxSurge == .int(2))
        for bad in [#"{"maxSurge":true}"#, #"{"maxSurge":4294967296}"#, #"{"maxSurge":1.5}"#] {
            #expect {
                _ = try JSONCodec.decode(Strategy.self, from: Array(bad.utf8))
            } throws: { error in
                (error as? Status)?.details?.causes?.first?.field == "maxSurge"
            }
        }
        #expect(IntOrString.string("http").description == "http")
        #expect(IntOrString.int(8080).intValue == 8080)
    }
}
