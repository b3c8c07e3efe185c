// The fields each kind may be selected by, beyond `metadata.name` and `metadata.namespace`, as the
// Kubernetes API server registers them (its `GetAttrs`/`SelectableFields` per kind).

extension Pod {
    public static var selectableFields: Set<String> {
        ["spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
         "spec.hostNetwork", "status.phase", "status.podIP", "status.nominatedNodeName"]
    }

    public func fieldValue(_ path: String) -> String? {
        switch path {
        case "spec.nodeName": return spec?.nodeName ?? ""
        case "spec.restartPolicy": return spec?.restartPolicy?.rawValue ?? ""
        case "spec.schedulerName": return spec?.schedulerName ?? ""
        case "spec.serviceAccountName": return spec?.serviceAccountName ?? ""
        case "spec.hostNetwork": return (spec?.hostNetwork ?? false) ? "true" : "false"
        case "status.phase": return status?.phase?.rawValue ?? ""
        case "status.podIP": return status?.podIP ?? ""
        case "status.nominatedNodeName": return status?.nominatedNodeName ?? ""
        default: return metadataFieldValue(path)
        }
    }
}

extension Event {
    public static var selectableFields: Set<String> {
        ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
         "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath",
         "reason", "reportingComponent", "source", "type"]
    }

    public func fieldValue(_ path: String) -> String? {
        switch path {
        case "involvedObject.kind": return involvedObject.kind ?? ""
        case "involvedObject.namespace": return involvedObject.namespace ?? ""
        case "involvedObject.name": return involvedObject.name ?? ""
        case "involvedObject.uid": return involvedObject.uid ?? ""
        case "involvedObject.apiVersion": return involvedObject.apiVersion ?? ""
        case "involvedObject.resourceVersion": return involvedObject.resourceVersion ?? ""
        case "involvedObject.fieldPath": return involvedObject.fieldPath ?? ""
        case "reason": return reason ?? ""
        case "reportingComponent": return reportingComponent ?? ""
        case "source": return source?.component ?? ""
        case "type": return type?.rawValue ?? ""
        default: return metadataFieldValue(path)
        }
    }
}

extension Node {
    public static var selectableFields: Set<String> { ["spec.unschedulable"] }

    public func fieldValue(_ path: String) -> String? {
        if path == "spec.unschedulable" { return (spec?.unschedulable ?? false) ? "true" : "false" }
        return metadataFieldValue(path)
    }
}

extension Namespace {
    public static var selectableFields: Set<String> { ["status.phase"] }

    public func fieldValue(_ path: String) -> String? {
        if path == "status.phase" { return status?.phase?.rawValue ?? "" }
        return metadataFieldValue(path)
    }
}

extension Secret {
    public static var selectableFields: Set<String> { ["type"] }

    public func fieldValue(_ path: String) -> String? {
        if path == "type" { return type?.rawValue ?? "" }
        return metadataFieldValue(path)
    }
}
