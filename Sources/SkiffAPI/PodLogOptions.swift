/// What `GET pods/NAME/log` returns (Kubernetes' `PodLogOptions`): which container, which run of
/// it, how much, and whether to keep streaming.
public struct PodLogOptions: Codable, Sendable, Hashable {
    /// The container; may be omitted when the pod has exactly one.
    public var container: String?
    /// Keep streaming as the container writes.
    public var follow: Bool
    /// The previous (terminated) run of the container instead of the current one.
    public var previous: Bool
    /// Only the last this many lines.
    public var tailLines: Int64?
    /// At most this many bytes.
    public var limitBytes: Int64?

    public init(
        container: String? = nil, follow: Bool = false, previous: Bool = false, tailLines: Int64? = nil,
        limitBytes: Int64? = nil
    ) {
        self.container = container
        self.follow = follow
        self.previous = previous
        self.tailLines = tailLines
        self.limitBytes = limitBytes
    }
}
