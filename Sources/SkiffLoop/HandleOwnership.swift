import CLibUV
import Glibc

// How a libuv handle stays alive and who frees it (RUNTIME-NOTES item 6).
//
// Every handle Skiff creates is `calloc`ed and its `data` field holds a retained
// `HandleOwnership`: the owning Swift object plus what to do once libuv has finished with the
// handle. The only place a handle is freed is `HandleOwnership.closeCallback`, which every
// `uv_close` in SkiffLoop uses; this is what lets `EventLoop.shutdown()` close handles it knows
// nothing about with one `uv_walk`. The owner, in turn, holds the raw pointer, so the pair forms a
// deliberate cycle that the close callback breaks.

/// The Swift side of one libuv handle. Loop-thread only, so it needs no synchronisation.
final class HandleOwnership {
    /// The object libuv callbacks are routed to (a `TCPConnection`, a `ChildProcess`, …).
    let owner: AnyObject
    /// Runs once, in the close callback, before the memory is freed: the owner fails pending
    /// continuations and drops closures here.
    let onClose: () -> Void

    private init(owner: AnyObject, onClose: @escaping () -> Void) {
        self.owner = owner
        self.onClose = onClose
    }

    /// Allocates zeroed memory for a handle of type `Handle`. Free it with `close` (or, if the
    /// handle was never initialised by libuv, with `free`).
    static func allocate<Handle>(_ type: Handle.Type) -> UnsafeMutablePointer<Handle> {
        guard let raw = calloc(1, MemoryLayout<Handle>.stride) else {
            preconditionFailure("out of memory allocating a libuv handle")
        }
        return raw.bindMemory(to: Handle.self, capacity: 1)
    }

    /// Makes `owner` reachable from `handle` and keeps it alive until the handle is closed.
    static func attach<Handle>(
        _ handle: UnsafeMutablePointer<Handle>, owner: AnyObject, onClose: @escaping () -> Void = {}
    ) {
        let uvHandle = skiff_handle(handle)
        precondition(uvHandle.pointee.data == nil, "handle already has an owner")
        uvHandle.pointee.data = Unmanaged.passRetained(HandleOwnership(owner: owner, onClose: onClose)).toOpaque()
    }

    /// The owner attached to `handle`, which the caller knows to be an `Owner`.
    static func owner<Owner: AnyObject>(of handle: UnsafeMutableRawPointer?, as _: Owner.Type) -> Owner {
        let data = skiff_handle(handle!).pointee.data!
        return unsafeDowncast(Unmanaged<HandleOwnership>.fromOpaque(data).takeUnretainedValue().owner, to: Owner.self)
    }

    /// Starts closing `handle` unless it is already closing. Loop thread only.
    static func close<Handle>(_ handle: UnsafeMutablePointer<Handle>) {
        let uvHandle = skiff_handle(handle)
        if uv_is_closing(uvHandle) == 0 {
            uv_close(uvHandle, closeCallback)
        }
    }

    /// Ends every handle's life: runs the owner's `onClose`, releases the owner, frees the memory.
    static let closeCallback: uv_close_cb = { handle in
        guard let handle else { return }
        if let data = handle.pointee.data {
            handle.pointee.data = nil
            let ownership = Unmanaged<HandleOwnership>.fromOpaque(data).takeRetainedValue()
            ownership.onClose()
        }
        free(handle)
    }
}
