/// What a PostFilter plugin proposes when no node fits.
public struct PostFilterResult: Sendable {
    /// The node the pod should wait for (`status.nominatedNodeName`), if one was found.
    public var nominatedNodeName: String?
    /// Pods to delete so the pod fits there.
    public var victims: [PodInfo]
    /// Appended to the failure message (`preemption: …`), when there is something to say.
    public var message: String?

    public init(nominatedNodeName: String? = nil, victims: [PodInfo] = [], message: String? = nil) {
        self.nominatedNodeName = nominatedNodeName
        self.victims = victims
        self.message = message
    }
}

/// Runs when no node fits the pod (Kubernetes' `PostFilterPlugin`; DefaultPreemption is the one
/// in-tree). It only *plans* — victims and a nominated node; the `Scheduler` carries the plan out
/// through the API, so the plugin stays synchronous and testable without a server.
public protocol PostFilterPlugin: Plugin {
    func postFilter(
        state: CycleState, pod: PodInfo, diagnosis: Diagnosis, snapshot: Snapshot, framework: Framework
    ) -> PostFilterResult
}
