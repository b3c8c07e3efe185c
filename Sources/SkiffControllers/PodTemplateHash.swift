import SkiffAPI

/// The `pod-template-hash` label that names a Deployment's ReplicaSet for one pod template.
///
/// Skiff hashes the template's JSON (Skiff's codec writes declaration order and sorted map keys,
/// so equal templates give equal bytes) with 32-bit FNV-1a, then mixes in the Deployment's
/// `collisionCount` and encodes the number with upstream's `SafeEncodeString` alphabet. Upstream
/// hashes a dump of the Go struct instead, so the same template gets a different hash in Skiff
/// than in Kubernetes: names match in shape (`web-7c5d8b9f6d`), not in value.
enum PodTemplateHash {
    static let label = "pod-template-hash"
    private static let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")

    static func compute(_ template: PodTemplateSpec, collisionCount: Int32?) -> String {
        var hash: UInt32 = 2_166_136_261
        func mix(_ byte: UInt8) {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        for byte in (try? JSONCodec.encode(template)) ?? [] { mix(byte) }
        if let collisionCount {
            // Little-endian, as upstream writes the collision count into the hasher.
            let value = UInt32(bitPattern: collisionCount)
            for shift in stride(from: 0, to: 32, by: 8) { mix(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
        }
        return String(String(hash).utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    /// Whether two templates are equal once the hash label is ignored (upstream's `EqualIgnoreHash`).
    static func equalIgnoringHash(_ lhs: PodTemplateSpec?, _ rhs: PodTemplateSpec?) -> Bool {
        withoutHash(lhs) == withoutHash(rhs)
    }

    static func withoutHash(_ template: PodTemplateSpec?) -> PodTemplateSpec? {
        guard var template else { return nil }
        template.metadata?.labels?[label] = nil
        if template.metadata?.labels?.isEmpty == true { template.metadata?.labels = nil }
        return template
    }
}
