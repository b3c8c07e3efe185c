import SkiffAPI

extension Toleration {
    /// Whether this toleration tolerates `taint` (Kubernetes' `Toleration.ToleratesTaint`): the
    /// effect matches (or is empty), the key matches (or is empty), and the value matches for
    /// `Equal` (the default) or anything for `Exists`.
    public func tolerates(_ taint: Taint) -> Bool {
        if let effect, !effect.rawValue.isEmpty, effect != taint.effect { return false }
        if let key, !key.isEmpty, key != taint.key { return false }
        switch `operator` {
        case nil, .equal?: return (value ?? "") == (taint.value ?? "")
        case .exists?: return true
        default: return false
        }
    }
}

extension Taint {
    /// Whether any of `tolerations` tolerates this taint.
    public func isTolerated(by tolerations: [Toleration]) -> Bool {
        for toleration in tolerations where toleration.tolerates(self) { return true }
        return false
    }

    /// `{key: value}`, as the scheduler's messages quote a taint.
    public var quoted: String { "{\(key): \(value ?? "")}" }
}
