/// A JSON object whose members keep the order in which they were inserted.
///
/// Contract: at most one member per key (setting an existing key replaces its value in place, so
/// the key keeps its position; a parser seeing a duplicate key keeps the last value there, as Go's
/// `encoding/json` does). Lookup by key is a linear scan — Kubernetes objects have few keys per
/// level — with no hashing or extra allocation. Equality and hashing ignore member order.
public struct JSONObject: Sendable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    public typealias Element = (key: String, value: JSONValue)
    public typealias Index = Int

    @usableFromInline var members: [Element]

    public init() { members = [] }

    /// An object from key-value pairs; for a repeated key the last value wins.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        members = []
        for (key, value) in pairs { self[key] = value }
    }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }

    /// Members that are already known to have distinct keys (the parser checks).
    init(uniqueMembers: [Element]) { members = uniqueMembers }

    public var startIndex: Int { 0 }
    public var endIndex: Int { members.count }
    public subscript(position: Int) -> Element { members[position] }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// The position of `key`, if present.
    public func index(forKey key: String) -> Int? {
        members.firstIndex { $0.key == key }
    }

    /// The value for `key`; setting nil removes the member, setting a value for a present key
    /// replaces it in place, and a new key is appended.
    public subscript(key: String) -> JSONValue? {
        get {
            for member in members where member.key == key { return member.value }
            return nil
        }
        set {
            if let index = index(forKey: key) {
                if let newValue {
                    members[index].value = newValue
                } else {
                    members.remove(at: index)
                }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// Removes `key` and returns its value.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let index = index(forKey: key) else { return nil }
        return members.remove(at: index).value
    }

    public mutating func reserveCapacity(_ capacity: Int) { members.reserveCapacity(capacity) }

    /// Appends without checking for an existing key: the caller guarantees the key is new.
    mutating func appendUnique(_ key: String, _ value: JSONValue) { members.append((key, value)) }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        // Fast path: same order (the common case after a round trip).
        var sameOrder = true
        for index in lhs.members.indices where lhs.members[index].key != rhs.members[index].key {
            sameOrder = false
            break
        }
        if sameOrder {
            for index in lhs.members.indices where lhs.members[index].value != rhs.members[index].value {
                return false
            }
            return true
        }
        for member in lhs.members {
            guard let other = rhs[member.key], other == member.value else { return false }
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine per-member hashes commutatively.
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member.key)
            memberHasher.combine(member.value)
            combined = combined &+ memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}
