import SkiffAPI

extension ResourceInfo {
    /// How kubectl names a kind in `-o name` and in apply/scale/delete output: the lowercased kind,
    /// qualified by the group when there is one (`pod`, `deployment.apps`).
    public var printedKind: String {
        group.isEmpty ? kind.lowercased() : "\(kind.lowercased()).\(group)"
    }
}
