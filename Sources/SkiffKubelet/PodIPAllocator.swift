/// Hands out pod IPs from the node's pod CIDR (a /24 inside 127.244.0.0/16 by default; all of
/// 127.0.0.0/8 is loopback on Linux, so pods get real, bindable addresses without root).
///
/// The network and broadcast addresses and the first host (the node's gateway, by convention)
/// are never handed out. An address comes back with `release` and is reused last (round robin),
/// so a restarted pod is unlikely to reuse a peer's stale address. Not thread-safe: owned by the
/// `Kubelet` actor.
struct PodIPAllocator: Sendable {
    /// The CIDR could not be parsed or is not IPv4 with a prefix of /8 to /30.
    struct InvalidCIDR: Error, CustomStringConvertible {
        let cidr: String
        var description: String { "invalid pod CIDR \(cidr); expected IPv4 like 127.244.1.0/24" }
    }

    let cidr: String
    private let base: UInt32
    private let size: UInt32
    private var next: UInt32 = 2
    private var allocated: [String: UInt32] = [:]
    private var used: Set<UInt32> = []

    init(cidr: String) throws {
        let parts = cidr.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]), (8...30).contains(prefix),
              let address = Self.parse(String(parts[0])) else { throw InvalidCIDR(cidr: cidr) }
        self.cidr = cidr
        self.size = UInt32(1) << UInt32(32 - prefix)
        self.base = address & ~(size - 1)
    }

    /// How many pods can hold an address at once.
    var capacity: Int { Int(size) - 3 }

    /// The address of `owner` (a pod uid), allocating one if it has none; nil when the range is full.
    mutating func allocate(for owner: String) -> String? {
        if let existing = allocated[owner] { return Self.format(base + existing) }
        guard used.count < capacity else { return nil }
        while used.contains(next) || next < 2 || next >= size - 1 {
            next = next + 1 >= size - 1 ? 2 : next + 1
        }
        let offset = next
        next = next + 1 >= size - 1 ? 2 : next + 1
        used.insert(offset)
        allocated[owner] = offset
        return Self.format(base + offset)
    }

    /// Returns `owner`'s address to the pool.
    mutating func release(_ owner: String) {
        if let offset = allocated.removeValue(forKey: owner) { used.remove(offset) }
    }

    static func parse(_ text: String) -> UInt32? {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false).compactMap { UInt8($0) }
        guard octets.count == 4 else { return nil }
        return octets.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    static func format(_ address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xff).\(address >> 8 & 0xff).\(address & 0xff)"
    }
}
