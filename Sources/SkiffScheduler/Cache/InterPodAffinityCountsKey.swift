/// What InterPodAffinity's per-topology-pair counts of existing pods' required anti-affinity
/// terms matching an incoming pod (`DomainCounts` in the `Snapshot`) stand for: the incoming pod
/// as those terms see it — its namespace, its labels, its namespace's labels.
struct ExistingAntiAffinityCountsKey: Hashable {
    var namespace: String
    var labels: [String: String]
    var namespaceLabels: [String: String]?
}

/// What InterPodAffinity's per-topology-pair counts of existing pods matching an incoming pod's
/// required terms stand for: the terms (namespace selectors resolved) and which kind they are
/// (affinity: pods matching all terms, counted under each term's pair; anti-affinity: pods
/// matching each term).
struct IncomingTermsCountsKey: Hashable {
    var terms: [AffinityTerm]
    var isAntiAffinity: Bool
}
