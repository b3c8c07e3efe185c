import SkiffAPI
import SkiffLoop

/// The typed events of one watch, bounded like every watch (see `BoundedChannel`): a consumer that
/// falls behind is ended with a `Status` `Expired` (410) and should re-list.
public typealias WatchStream<Object: APIObject> = BoundedChannel<WatchEvent<Object>>
