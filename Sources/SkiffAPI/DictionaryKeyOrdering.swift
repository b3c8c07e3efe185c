/// Recognises the containers Swift's `Dictionary` encodes through, so the encoders can write maps
/// with sorted keys, as Go's `encoding/json` does.
///
/// Swift's `Dictionary` iterates in a per-process random order; without sorting, the same object
/// would serialise differently in each process, breaking byte comparisons of stored values,
/// no-op-update detection and stable CLI output. `Dictionary` asks for a keyed container whose key
/// type is the standard library's private `_DictionaryCodingKey`; that type is found once, by
/// encoding a one-entry dictionary into a probe, and then each `container(keyedBy:)` costs one
/// metatype comparison (no dynamic casts on the hot path).
enum DictionaryKeyOrdering {
    /// The key type `Dictionary<String, _>` encodes with.
    static let dictionaryKeyType: ObjectIdentifier? = {
        let probe = KeyTypeProbe()
        try? ["probe": 0].encode(to: probe)
        return probe.keyType
    }()

    /// Whether a keyed container with keys of type `Key` is a dictionary's.
    @inline(__always)
    static func isDictionaryKey<Key: CodingKey>(_ type: Key.Type) -> Bool {
        ObjectIdentifier(type) == dictionaryKeyType
    }

    /// An encoder that only records which key type its first keyed container uses.
    private final class KeyTypeProbe: Encoder {
        var keyType: ObjectIdentifier?
        let sink = JSONValueEncoder(detectsDictionaries: false)
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if keyType == nil { keyType = ObjectIdentifier(type) }
            return sink.container(keyedBy: type)
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { sink.unkeyedContainer() }
        func singleValueContainer() -> any SingleValueEncodingContainer { sink.singleValueContainer() }
    }
}
