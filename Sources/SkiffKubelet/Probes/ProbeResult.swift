/// The outcome of one probe attempt; a failure carries upstream's message (shown in the
/// `Unhealthy` event).
enum ProbeResult: Sendable, Equatable {
    case success
    case failure(String)
}
