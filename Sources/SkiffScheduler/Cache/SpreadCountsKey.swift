import SkiffAPI

/// What one PodTopologySpread constraint's per-domain counts (`DomainCounts` in the `Snapshot`)
/// stand for: pods of `namespace` matching `selector`, summed per value of `topologyKey` over
/// the nodes that carry every key in `requiredKeys` (all the pod's constraints' keys) and pass
/// the honoured inclusion policies (`nodeAffinity`, `tolerations`; nil when the policy is
/// Ignore). Pods with equal keys share one set of counts.
struct SpreadCountsKey: Hashable {
    var topologyKey: String
    var namespace: String
    var selector: LabelSelectorExpression
    var requiredKeys: [String]
    var nodeAffinity: RequiredNodeAffinity?
    var tolerations: [Toleration]?
}
