/// A report of an event somewhere in the cluster (core/v1 Event).
public struct Event: APIObject, Hashable {
    public static let resourceInfo = ResourceInfo(kind: "Event", plural: "events", shortNames: ["ev"], isNamespaced: true)

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    /// The object this event is about.
    public var involvedObject: ObjectReference
    /// A short, machine understandable, CamelCase reason.
    public var reason: String?
    /// A human-readable description.
    public var message: String?
    /// The component reporting this event.
    public var source: EventSource?
    public var firstTimestamp: Time?
    public var lastTimestamp: Time?
    /// How many times this event has occurred.
    public var count: Int32?
    /// Normal or Warning.
    public var type: EventType?
    /// When this event was first observed.
    public var eventTime: MicroTime?
    public var series: EventSeries?
    /// What action was taken or failed regarding the object.
    public var action: String?
    /// A secondary object, for more complex actions.
    public var related: ObjectReference?
    /// The controller that emitted the event, such as `kubernetes.io/kubelet`. (Not optional in Kubernetes' Go type; optional here so older events decode.)
    public var reportingComponent: String?
    /// The ID of the controller instance, such as `kubelet-xyzf`.
    public var reportingInstance: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `Event`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        involvedObject: ObjectReference = ObjectReference(),
        reason: String? = nil,
        message: String? = nil,
        source: EventSource? = nil,
        firstTimestamp: Time? = nil,
        lastTimestamp: Time? = nil,
        count: Int32? = nil,
        type: EventType? = nil,
        eventTime: MicroTime? = nil,
        series: EventSeries? = nil,
        action: String? = nil,
        related: ObjectReference? = nil,
        reportingComponent: String? = nil,
        reportingInstance: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.involvedObject = involvedObject
        self.reason = reason
        self.message = message
        self.source = source
        self.firstTimestamp = firstTimestamp
        self.lastTimestamp = lastTimestamp
        self.count = count
        self.type = type
        self.eventTime = eventTime
        self.series = series
        self.action = action
        self.related = related
        self.reportingComponent = reportingComponent
        self.reportingInstance = reportingInstance
        self.unknownFields = unknownFields
    }
}

extension Event {
    /// Decodes as Go does: a missing `involvedObject` is the zero value. A watch's bookmark is an
    /// Event with nothing but its resourceVersion (`{"metadata":{…}}`); requiring the member made
    /// Events the one kind whose watchers could not be sent bookmarks. Writes are still checked by
    /// `validate()`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            apiVersion: try container.decodeIfPresent(String.self, forKey: .apiVersion),
            kind: try container.decodeIfPresent(String.self, forKey: .kind),
            metadata: try container.decode(ObjectMeta.self, forKey: .metadata),
            involvedObject: try container.decodeIfPresent(ObjectReference.self, forKey: .involvedObject) ?? ObjectReference(),
            reason: try container.decodeIfPresent(String.self, forKey: .reason),
            message: try container.decodeIfPresent(String.self, forKey: .message),
            source: try container.decodeIfPresent(EventSource.self, forKey: .source),
            firstTimestamp: try container.decodeIfPresent(Time.self, forKey: .firstTimestamp),
            lastTimestamp: try container.decodeIfPresent(Time.self, forKey: .lastTimestamp),
            count: try container.decodeIfPresent(Int32.self, forKey: .count),
            type: try container.decodeIfPresent(EventType.self, forKey: .type),
            eventTime: try container.decodeIfPresent(MicroTime.self, forKey: .eventTime),
            series: try container.decodeIfPresent(EventSeries.self, forKey: .series),
            action: try container.decodeIfPresent(String.self, forKey: .action),
            related: try container.decodeIfPresent(ObjectReference.self, forKey: .related),
            reportingComponent: try container.decodeIfPresent(String.self, forKey: .reportingComponent),
            reportingInstance: try container.decodeIfPresent(String.self, forKey: .reportingInstance),
            unknownFields: try container.decodeIfPresent(UnknownFields.self, forKey: .unknownFields)
        )
    }
}

/// The component that generates an event.
public struct EventSource: Codable, Sendable, Hashable {
    public var component: String?
    public var host: String?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EventSource`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        component: String? = nil,
        host: String? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.component = component
        self.host = host
        self.unknownFields = unknownFields
    }
}

/// Data of an event series: an event that keeps happening.
public struct EventSeries: Codable, Sendable, Hashable {
    public var count: Int32?
    public var lastObservedTime: MicroTime?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates an `EventSeries`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        count: Int32? = nil,
        lastObservedTime: MicroTime? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.count = count
        self.lastObservedTime = lastObservedTime
        self.unknownFields = unknownFields
    }
}

/// The type of an event.
public struct EventType: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let normal: Self = "Normal"
    public static let warning: Self = "Warning"

    public static let knownValues: [Self] = [.normal, .warning]
}
