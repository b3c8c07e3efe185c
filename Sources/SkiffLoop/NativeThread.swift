import Glibc

/// Starting a joinable OS thread that runs a Swift closure: what the event loop, the worker
/// thread and the store's writer thread share. The closure travels as the pthread argument,
/// retained until the thread takes it.
public enum NativeThread {
    /// Starts a thread running `body` and returns it (join it, or detach it). Throws the
    /// `pthread_create` error (as a negative `UVError` code) if no thread could start; `body` is
    /// then released without running.
    public static func start(_ body: @escaping @Sendable () -> Void) throws(UVError) -> pthread_t {
        let argument = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { argument in
            Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
            return nil
        }, argument)
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(argument).release()
            throw UVError(code: -result, operation: "pthread_create")
        }
        return thread
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
