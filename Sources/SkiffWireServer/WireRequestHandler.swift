import SkiffAPI
import SkiffAPIServer
import SkiffClient
import SkiffWire

/// Turns one decoded `WireRequest` into a call on the `APIServer`: finds the kind from the
/// resource name and opens it to call the server's generic methods.
///
/// Contract: every failure is thrown as a `Status` for the peer — an unknown resource is
/// `NotFound`, a body that does not fit its kind or a verb/subresource pair that does not exist
/// is `BadRequest` / `MethodNotAllowed`, and the server's own errors pass through unchanged.
/// Nothing here closes a connection.
struct WireRequestHandler: WireRequestServing {
    let server: APIServer
    let registry: KindRegistry

    func handle(_ request: WireRequest) async throws -> WireOutcome {
        // metrics.k8s.io is not a stored kind: the API server gathers it from the nodes.
        switch (request.verb, request.resource) {
        case (.list, WireRequest.podMetricsResource):
            return try encode(try await server.podMetrics(namespace: request.namespace))
        case (.list, WireRequest.nodeMetricsResource):
            return try encode(try await server.nodeMetrics())
        default:
            break
        }
        guard let type = registry.type(named: request.resource) else {
            throw Status(
                message: "the server could not find the requested resource (\(request.resource))",
                reason: .notFound, code: 404, details: StatusDetails(kind: request.resource)
            )
        }
        return try await handle(request, as: type)
    }

    private func handle<Object: APIObject>(_ request: WireRequest, as type: Object.Type) async throws -> WireOutcome {
        switch (request.verb, request.subresource) {
        case (.create, nil):
            return try encode(try await server.create(try body(Object.self, of: request)))
        case (.create, .binding?):
            guard Object.self == Pod.self else { throw notAllowed(request) }
            try await server.bind(try body(Binding.self, of: request))
            return .payload([])
        case (.get, nil):
            return try encode(try await server.get(Object.self, name: try name(of: request), namespace: request.namespace))
        case (.get, .scale?):
            guard let scalable = Object.self as? any Scalable.Type else { throw notAllowed(request) }
            return try encode(try await getScale(scalable, request))
        case (.list, nil):
            return try encode(try await server.list(
                Object.self, namespace: request.namespace, options: request.listOptions ?? ListOptions()
            ))
        case (.update, nil):
            return try encode(try await server.update(try body(Object.self, of: request)))
        case (.update, .status?):
            guard let withStatus = Object.self as? any HasStatus.Type else { throw notAllowed(request) }
            return try encode(try await updateStatus(withStatus, request))
        case (.update, .scale?):
            guard let scalable = Object.self as? any Scalable.Type else { throw notAllowed(request) }
            return try encode(try await updateScale(scalable, request))
        case (.patch, _):
            guard let text = request.patch, let patchType = request.patchType else {
                throw Status.badRequest("a patch request needs a patch and a patchType", field: "patch")
            }
            return try encode(try await server.patch(
                Object.self, name: try name(of: request), namespace: request.namespace,
                patch: Patch(type: patchType, body: Array(text.utf8)), subresource: request.subresource
            ))
        case (.delete, nil):
            return try encode(try await server.delete(
                Object.self, name: try name(of: request), namespace: request.namespace,
                options: request.deleteOptions ?? DeleteOptions()
            ))
        case (.watch, nil):
            let stream = try await server.watch(
                Object.self, namespace: request.namespace, options: request.watchOptions ?? WatchOptions()
            )
            return .stream(WireStreamRelay(
                next: { actor in
                    guard let event = try await stream.next(isolation: actor) else { return nil }
                    return try WireWatchEvent(event).payload()
                },
                cancel: { stream.cancel() }
            ))
        case (.get, .log?):
            guard Object.self == Pod.self else { throw notAllowed(request) }
            let stream = try await server.podLogs(
                name: try name(of: request), namespace: request.namespace, options: request.logOptions ?? PodLogOptions()
            )
            return .stream(WireStreamRelay(
                next: { actor in try await stream.next(isolation: actor) },
                cancel: { stream.cancel() }
            ))
        default:
            throw notAllowed(request)
        }
    }

    private func getScale<Object: Scalable>(_ type: Object.Type, _ request: WireRequest) async throws -> Scale {
        try await server.getScale(Object.self, name: try name(of: request), namespace: request.namespace)
    }

    private func updateScale<Object: Scalable>(_ type: Object.Type, _ request: WireRequest) async throws -> Scale {
        try await server.updateScale(Object.self, scale: try body(Scale.self, of: request))
    }

    private func updateStatus<Object: HasStatus>(_ type: Object.Type, _ request: WireRequest) async throws -> Object {
        try await server.updateStatus(try body(Object.self, of: request))
    }

    private func body<Body: Decodable>(_ type: Body.Type, of request: WireRequest) throws -> Body {
        guard let body = request.body else {
            throw Status.badRequest("the request has no body", field: "body")
        }
        // JSONCodec reports a body that does not fit as BadRequest naming the field path.
        return try body.decode(as: Body.self)
    }

    private func name(of request: WireRequest) throws -> String {
        guard let name = request.name, !name.isEmpty else {
            throw Status.badRequest("resource name may not be empty", field: "metadata.name")
        }
        return name
    }

    private func encode(_ value: some Encodable) throws -> WireOutcome {
        .payload(try JSONCodec.encode(value))
    }

    private func notAllowed(_ request: WireRequest) -> Status {
        let target = request.subresource.map { "\(request.resource)/\($0.rawValue)" } ?? request.resource
        return .methodNotAllowed("\(request.verb.rawValue) is not supported on \(target)")
    }
}
