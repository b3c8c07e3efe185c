import SkiffAPI

/// What a full replacement from a manifest must carry over from the live object, because the
/// server (or a controller) owns it: the `status`, and a Service's allocated cluster IPs when the
/// manifest leaves them out. kubectl's three-way merge keeps these by not mentioning them.
enum ServerOwnedFields {
    static func carry<Object: APIObject>(from live: Object, into desired: inout Object) {
        if let source = live as? any HasStatus {
            desired = transferStatus(from: source, to: desired)
        }
        if let liveService = live as? Service, var service = desired as? Service {
            var spec = service.spec ?? ServiceSpec()
            if (spec.clusterIP ?? "").isEmpty { spec.clusterIP = liveService.spec?.clusterIP }
            if (spec.clusterIPs ?? []).isEmpty { spec.clusterIPs = liveService.spec?.clusterIPs }
            service.spec = spec
            desired = service as? Object ?? desired
        }
    }

    private static func transferStatus<Source: HasStatus, Object>(from source: Source, to target: Object) -> Object {
        guard var copy = target as? Source else { return target }
        copy.status = source.status
        return copy as? Object ?? target
    }
}
