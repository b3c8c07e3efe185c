import Testing
import SkiffLoop
@testable import SkiffAPI

/// The byte-level parser and writer: round trips, RFC 8259 edge cases, every malformed case
/// thrown as a `Status`.
@Suite struct JSONParserTests {
    static let roundTrips: [(text: String, value: JSONValue)] = [
        ("null", .null),
        ("true", .bool(true)),
        ("false", .bool(false)),
        ("0", .integer(0)),
        ("-0", .integer(0)),
        ("42", .integer(42)),
        ("-17", .integer(-17)),
        ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)),
        ("9223372036854775808", .double(9223372036854775808)),
        ("1.5", .double(1.5)),
        ("-0.25", .double(-0.25)),
        ("1e3", .double(1000)),
        ("1E-3", .double(0.001)),
        ("2.5e+10", .double(2.5e10)),
        ("1.7976931348623157e308", .double(1.7976931348623157e308)),
        ("5e-324", .double(.leastNonzeroMagnitude)),
        ("\"\"", .string("")),
        ("\"plain\"", .string("plain")),
        (#""esc\"\\\/\b\f\n\r\t""#, .string("esc\"\\/\u{08}\u{0C}\n\r\t")),
        (#""\u00e9\u4e2d""#, .string("é中")),
        (#""\ud83d\ude00""#, .string("😀")),
        (#""\uD83D\uDE00 upper""#, .string("😀 upper")),
        (#""lone \ud800 high""#, .string("lone \u{FFFD} high")),
        (#""lone \udc00 low""#, .string("lone \u{FFFD} low")),
        ("\"raw é 中 😀\"", .string("raw é 中 😀")),
        ("[]", .array([])),
        ("{}", .object([:])),
        ("[1,[2,[3]]]", [1, [2, [3]]]),
        (#"{"b":1,"a":2,"c":{"z":null}}"#, ["b": 1, "a": 2, "c": ["z": nil]]),
        (" \t\r\n[ 1 , 2 ]\n ", [1, 2]),
    ]

    @Test(arguments: roundTrips)
    func parses(text: String, value: JSONValue) throws {
        #expect(try JSONValue(parsing: text) == value)
        // What we write parses back to the same value.
        #expect(try JSONValue(parsing: value.serialized()) == value)
        #expect(try JSONValue(parsing: value.serialized(pretty: true)) == value)
    }

    @Test func keepsKeyOrderAndLastDuplicate() throws {
        let value = try JSONValue(parsing: #"{"z":1,"a":2,"m":3,"a":4}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
        #expect(value["a"] == 4)
        #expect(String(decoding: value.serialized(), as: UTF8.self) == #"{"z":1,"a":4,"m":3}"#)
    }

    @Test func duplicateDetectionInLargeObjects() throws {
        var text = "{"
        for index in 0..<100 { text += "\"k\(index)\":\(index)," }
        text += "\"k7\":\"last\"}"
        let value = try JSONValue(parsing: text)
        #expect(value.objectValue?.count == 100)
        #expect(value["k7"] == "last")
    }

    @Test func writesCompactAndPretty() {
        let value: JSONValue = ["name": "web", "ports": [80, 443], "empty": [:], "none": [], "ratio": 0.5, "ctl": "a\u{01}\"b"]
        #expect(String(decoding: value.serialized(), as: UTF8.self)
            == #"{"name":"web","ports":[80,443],"empty":{},"none":[],"ratio":0.5,"ctl":"a\u0001\"b"}"#)
        #expect(String(decoding: value.serialized(pretty: true), as: UTF8.self) == """
            {
              "name": "web",
              "ports": [
                80,
                443
              ],
              "empty": {},
              "none": [],
              "ratio": 0.5,
              "ctl": "a\\u0001\\"b"
            }
            """)
    }

    /// The writer skips eight bytes at a time; put every escapable byte at every offset.
    @Test func escapesAtEveryOffset() throws {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "é", "😀"] {
            for length in 0..<20 {
                for position in 0...length {
                    var text = String(repeating: "a", count: length)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                    let value = JSONValue.string(text)
                    #expect(try JSONValue(parsing: value.serialized()) == value)
                }
            }
        }
    }

    @Test func doublesKeepTheirKind() throws {
        #expect(String(decoding: JSONValue.double(3).serialized(), as: UTF8.self) == "3.0")
        #expect(try JSONValue(parsing: "3.0") == .double(3))
        #expect(String(decoding: JSONValue.double(.nan).serialized(), as: UTF8.self) == "null")
    }

    static let malformed: [(name: String, text: String)] = [
        ("empty", ""),
        ("whitespace only", "  \n "),
        ("truncated object", #"{"a":1"#),
        ("truncated key", #"{"a"#),
        ("truncated array", "[1,2"),
        ("truncated string", #""abc"#),
        ("truncated escape", #""abc\"#),
        ("truncated unicode", #""\u12"#),
        ("truncated literal", "tru"),
        ("trailing comma in array", "[1,2,]"),
        ("trailing comma in object", #"{"a":1,}"#),
        ("missing colon", #"{"a" 1}"#),
        ("missing comma", "[1 2]"),
        ("unquoted key", "{a:1}"),
        ("single quotes", "['a']"),
        ("bad escape", #""\x41""#),
        ("bad unicode escape", #""\uZZZZ""#),
        ("raw control character", "\"a\u{01}b\""),
        ("raw newline in string", "\"a\nb\""),
        ("NaN", "NaN"),
        ("Infinity", "-Infinity"),
        ("leading zero", "012"),
        ("negative leading zero", "-01"),
        ("plus sign", "+1"),
        ("bare minus", "-"),
        ("fraction without digits", "1."),
        ("leading dot", ".5"),
        ("exponent without digits", "1e"),
        ("exponent sign only", "1e+"),
        ("number out of range", "1e400"),
        ("hex", "0x10"),
        ("trailing garbage", "{} x"),
        ("two values", "1 2"),
        ("comment", "[1] // no"),
        ("wrong literal", "nul"),
        ("capitalised literal", "True"),
        ("lone closing bracket", "]"),
        ("mismatched brackets", "[1}"),
        ("BOM", "\u{FEFF}{}"),
    ]

    @Test(arguments: malformed)
    func rejects(name: String, text: String) {
        do {
            _ = try JSONValue(parsing: text)
            Issue.record("\(name): parsed but should not")
        } catch let status as Status {
            #expect(status.code == 400)
            #expect(status.reason == .badRequest)
            #expect(status.message?.contains("line ") == true, "\(name): \(status.message ?? "")")
        } catch {
            Issue.record("\(name): threw \(error), not a Status")
        }
    }

    @Test func errorNamesLineColumnAndOffset() {
        #expect {
            _ = try JSONValue(parsing: "{\n  \"a\": tru\n}")
        } throws: { error in
            (error as? Status)?.message == "invalid JSON: invalid character 0xa in literal true at line 2, column 11 (byte offset 12)"
        }
    }

    @Test func depthLimit() throws {
        let deepOK = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        _ = try JSONValue(parsing: deepOK)
        let tooDeep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: Status.self) { try JSONValue(parsing: tooDeep) }
        // Hostile input far beyond the limit fails fast instead of overflowing the stack.
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: Status.self) { try JSONValue(parsing: hostile) }
    }

    @Test func parsesNonContiguousCollections() throws {
        let bytes = Array("[1,\"two\"]".utf8)
        #expect(try JSONValue(parsing: bytes.lazy.map { $0 }) == [1, "two"])
        #expect(try JSONValue(parsing: bytes[...]) == [1, "two"])
    }

    /// Deterministic mutations of valid documents: the parser only ever returns or throws.
    @Test func fuzzedInputNeverCrashes() {
        let seeds = [
            #"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web","labels":{"app":"web"}},"spec":{"containers":[{"name":"c","image":"nginx","ports":[{"containerPort":80}]}]}}"#,
            #"[1,-2.5e3,"\u00e9\ud83d\ude00",true,false,null,{"a":[[]]}]"#,
            #"{"s":"esc\"\\\/\b\f\n\r\t","n":-0.0e-0}"#,
        ].map { Array($0.utf8) }
        var random = SplitMix64(seed: 0x5EED_CAFE)
        let interesting: [UInt8] = Array("{}[]\",:\\u0123456789.eE+-tfn \n\t".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]
        var parsed = 0
        var rejected = 0
        for iteration in 0..<4000 {
            var bytes = seeds[iteration % seeds.count]
            for _ in 0..<(1 + Int(random.next() % 4)) {
                guard !bytes.isEmpty else { break }
                let position = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[position] = interesting[Int(random.next() % UInt64(interesting.count))]
                case 1: bytes.remove(at: position)
                case 2: bytes.insert(interesting[Int(random.next() % UInt64(interesting.count))], at: position)
                default: bytes.removeSubrange(position...)  // truncation
                }
            }
            do {
                let value = try JSONValue(parsing: bytes)
                // Anything accepted must also round-trip.
                #expect(try JSONValue(parsing: value.serialized()) == value)
                parsed += 1
            } catch is Status {
                rejected += 1
            } catch {
                Issue.record("non-Status error \(error)")
            }
        }
        #expect(parsed > 0)
        #expect(rejected > 0)
    }
}
