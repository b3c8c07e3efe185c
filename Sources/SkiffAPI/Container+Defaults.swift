// Defaults of containers and probes, after Kubernetes' `SetDefaults_Container`,
// `SetDefaults_ContainerPort`, `SetDefaults_Probe` and `SetDefaults_HTTPGetAction`.

extension Container {
    static let defaultTerminationMessagePath = "/dev/termination-log"

    /// imagePullPolicy from the image's tag, terminationMessagePath and policy, port protocols
    /// TCP, and probe defaults.
    public mutating func applyDefaults() {
        // Skiff deviation: with no image (a process container) there is nothing to pull, so the
        // policy stays unset instead of becoming Always.
        if imagePullPolicy == nil, let image {
            imagePullPolicy = Self.imageTag(image) == "latest" ? .always : .ifNotPresent
        }
        if terminationMessagePath == nil { terminationMessagePath = Self.defaultTerminationMessagePath }
        if terminationMessagePolicy == nil { terminationMessagePolicy = .file }
        for index in ports?.indices ?? 0..<0 where ports![index].protocol == nil { ports![index].protocol = .tcp }
        livenessProbe?.applyDefaults()
        readinessProbe?.applyDefaults()
        startupProbe?.applyDefaults()
        lifecycle?.postStart?.httpGet?.applyDefaults()
        lifecycle?.preStop?.httpGet?.applyDefaults()
    }

    /// The tag of an image reference as Kubernetes' `parsers.ParseImageName` reads it: `latest`
    /// when there is neither a tag nor a digest, empty when there is only a digest.
    /// Works on the UTF-8 view: every create defaults its containers, and splitting into
    /// `Character` arrays was a visible part of it.
    static func imageTag(_ image: String) -> Substring {
        let utf8 = image.utf8
        let nameEnd = utf8.firstIndex(of: UInt8(ascii: "@")) ?? utf8.endIndex
        let name = utf8[..<nameEnd]
        let componentStart = name.lastIndex(of: UInt8(ascii: "/")).map { utf8.index(after: $0) } ?? name.startIndex
        let lastComponent = utf8[componentStart..<nameEnd]
        if let colon = lastComponent.lastIndex(of: UInt8(ascii: ":")) {
            return Substring(utf8[utf8.index(after: colon)..<nameEnd])
        }
        return nameEnd != utf8.endIndex ? "" : "latest"
    }

    /// `requests` defaults to `limits` for every resource with a limit but no request.
    mutating func defaultRequestsToLimits() {
        guard let limits = resources?.limits, !limits.isEmpty else { return }
        if resources!.requests == nil { resources!.requests = [:] }
        for (name, limit) in limits where resources!.requests![name] == nil { resources!.requests![name] = limit }
    }

    /// With host networking, a port's hostPort is its containerPort.
    mutating func defaultHostPortsToContainerPorts() {
        for index in ports?.indices ?? 0..<0 where ports![index].hostPort == nil || ports![index].hostPort == 0 {
            ports![index].hostPort = ports![index].containerPort
        }
    }
}

extension Probe {
    /// timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3.
    public mutating func applyDefaults() {
        if timeoutSeconds == nil { timeoutSeconds = 1 }
        if periodSeconds == nil { periodSeconds = 10 }
        if successThreshold == nil { successThreshold = 1 }
        if failureThreshold == nil { failureThreshold = 3 }
        httpGet?.applyDefaults()
    }
}

extension HTTPGetAction {
    /// path `/`, scheme HTTP.
    public mutating func applyDefaults() {
        if path == nil { path = "/" }
        if scheme == nil { scheme = .http }
    }
}
