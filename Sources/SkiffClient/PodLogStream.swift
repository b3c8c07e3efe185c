import SkiffLoop

/// The bytes of a container's log as they are read (or written, when following), in chunks.
/// Bounded like a watch: a reader that falls too far behind a followed log is ended with
/// `Status` `Expired`.
public typealias PodLogStream = BoundedChannel<[UInt8]>
