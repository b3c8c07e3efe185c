/// A single cron job: jobs created on a schedule.
public struct CronJob: APIObject, HasStatus, Hashable {
    public static let resourceInfo = ResourceInfo(group: "batch", kind: "CronJob", plural: "cronjobs", shortNames: ["cj"], isNamespaced: true, categories: ["all"])

    public var apiVersion: String?
    public var kind: String?
    /// Standard object metadata.
    public var metadata: ObjectMeta
    public var spec: CronJobSpec?
    public var status: CronJobStatus?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `CronJob`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        apiVersion: String? = nil,
        kind: String? = nil,
        metadata: ObjectMeta = ObjectMeta(),
        spec: CronJobSpec? = nil,
        status: CronJobStatus? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.metadata = metadata
        self.spec = spec
        self.status = status
        self.unknownFields = unknownFields
    }
}

/// The specification of a cron job.
public struct CronJobSpec: Codable, Sendable, Hashable {
    /// The schedule, in Cron format.
    public var schedule: String
    /// The time zone of `schedule` (IANA name); the controller's when unset.
    public var timeZone: String?
    /// How late a missed run may still start.
    public var startingDeadlineSeconds: Int64?
    /// Allow (the default), Forbid or Replace.
    public var concurrencyPolicy: ConcurrencyPolicy?
    /// Whether later runs are suspended; defaults to false.
    public var suspend: Bool?
    /// The job to create.
    public var jobTemplate: JobTemplateSpec
    /// Finished jobs kept; defaults to 3.
    public var successfulJobsHistoryLimit: Int32?
    /// Failed jobs kept; defaults to 1.
    public var failedJobsHistoryLimit: Int32?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `CronJobSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        schedule: String = "",
        timeZone: String? = nil,
        startingDeadlineSeconds: Int64? = nil,
        concurrencyPolicy: ConcurrencyPolicy? = nil,
        suspend: Bool? = nil,
        jobTemplate: JobTemplateSpec = JobTemplateSpec(),
        successfulJobsHistoryLimit: Int32? = nil,
        failedJobsHistoryLimit: Int32? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.schedule = schedule
        self.timeZone = timeZone
        self.startingDeadlineSeconds = startingDeadlineSeconds
        self.concurrencyPolicy = concurrencyPolicy
        self.suspend = suspend
        self.jobTemplate = jobTemplate
        self.successfulJobsHistoryLimit = successfulJobsHistoryLimit
        self.failedJobsHistoryLimit = failedJobsHistoryLimit
        self.unknownFields = unknownFields
    }
}

/// The jobs a cron job creates.
public struct JobTemplateSpec: Codable, Sendable, Hashable {
    public var metadata: ObjectMeta?
    public var spec: JobSpec?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `JobTemplateSpec`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        metadata: ObjectMeta? = nil,
        spec: JobSpec? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.metadata = metadata
        self.spec = spec
        self.unknownFields = unknownFields
    }
}

/// The current state of a cron job.
public struct CronJobStatus: Codable, Sendable, Hashable {
    /// The running jobs.
    public var active: [ObjectReference]?
    public var lastScheduleTime: Time?
    public var lastSuccessfulTime: Time?
    /// The JSON fields Skiff does not model, kept so that they survive a round trip.
    public var unknownFields: UnknownFields?

    /// Creates a `CronJobStatus`; a field left out is nil, or empty where Kubernetes always sends it.
    public init(
        active: [ObjectReference]? = nil,
        lastScheduleTime: Time? = nil,
        lastSuccessfulTime: Time? = nil,
        unknownFields: UnknownFields? = nil
    ) {
        self.active = active
        self.lastScheduleTime = lastScheduleTime
        self.lastSuccessfulTime = lastSuccessfulTime
        self.unknownFields = unknownFields
    }
}

/// How a cron job treats a run that is due while the previous one still runs.
public struct ConcurrencyPolicy: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let allow: Self = "Allow"
    public static let forbid: Self = "Forbid"
    public static let replace: Self = "Replace"

    public static let knownValues: [Self] = [.allow, .forbid, .replace]
}
