/// A Kubernetes `Status`: the one error type every Skiff API returns.
///
/// It has Kubernetes' JSON shape (`kind: Status`, `status: Failure`, `reason`, `code`, `message`,
/// `details.causes[].field`), so it can be printed by a CLI as kubectl does
/// (`Error from server (NotFound): pods "x" not found`) and sent unchanged to HTTP clients.
/// Use the factory functions (`.notFound`, `.invalid`, …) so reasons and codes stay consistent.
public struct Status: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    public var kind: String? = "Status"
    public var apiVersion: String? = "v1"
    public var metadata: ListMeta? = ListMeta()
    /// `Success` or `Failure`.
    public var status: String?
    public var message: String?
    public var reason: StatusReason?
    public var details: StatusDetails?
    public var code: Int?

    public init(
        status: String = "Failure", message: String, reason: StatusReason, code: Int,
        details: StatusDetails? = nil
    ) {
        self.status = status
        self.message = message
        self.reason = reason
        self.code = code
        self.details = details
    }

    public var description: String {
        "\(reason?.rawValue ?? "Unknown"): \(message ?? "")"
    }
}

/// The machine-readable reason of a `Status` (Kubernetes' `metav1.StatusReason`).
public struct StatusReason: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let badRequest: StatusReason = "BadRequest"
    public static let unauthorized: StatusReason = "Unauthorized"
    public static let forbidden: StatusReason = "Forbidden"
    public static let notFound: StatusReason = "NotFound"
    public static let alreadyExists: StatusReason = "AlreadyExists"
    public static let conflict: StatusReason = "Conflict"
    public static let gone: StatusReason = "Gone"
    public static let expired: StatusReason = "Expired"
    public static let invalid: StatusReason = "Invalid"
    public static let tooManyRequests: StatusReason = "TooManyRequests"
    public static let methodNotAllowed: StatusReason = "MethodNotAllowed"
    public static let requestEntityTooLarge: StatusReason = "RequestEntityTooLarge"
    public static let unsupportedMediaType: StatusReason = "UnsupportedMediaType"
    public static let internalError: StatusReason = "InternalError"
    public static let serviceUnavailable: StatusReason = "ServiceUnavailable"
    public static let timeout: StatusReason = "Timeout"
}

/// Extra data about a `Status`: which object it concerns and, for `Invalid`, the field causes.
public struct StatusDetails: Codable, Sendable, Hashable {
    public var name: String?
    public var group: String?
    public var kind: String?
    public var uid: String?
    public var causes: [StatusCause]?
    public var retryAfterSeconds: Int?

    public init(
        name: String? = nil, group: String? = nil, kind: String? = nil, uid: String? = nil,
        causes: [StatusCause]? = nil
    ) {
        self.name = name
        self.group = group
        self.kind = kind
        self.uid = uid
        self.causes = causes
    }
}

/// One problem with one field (`reason` is a `CauseType` such as `FieldValueInvalid`).
public struct StatusCause: Codable, Sendable, Hashable {
    public var reason: String?
    public var message: String?
    /// The field path, e.g. `spec.containers[0].name`.
    public var field: String?

    public init(reason: String?, message: String?, field: String?) {
        self.reason = reason
        self.message = message
        self.field = field
    }
}

/// The `metadata` of lists and of `Status` (Kubernetes' `metav1.ListMeta`).
public struct ListMeta: Codable, Sendable, Hashable {
    public var resourceVersion: String?
    /// Opaque token for the next page of a paginated list.
    public var `continue`: String?
    public var remainingItemCount: Int64?

    public init(resourceVersion: String? = nil, continue: String? = nil, remainingItemCount: Int64? = nil) {
        self.resourceVersion = resourceVersion
        self.continue = `continue`
        self.remainingItemCount = remainingItemCount
    }
}

extension Status {
    /// `NotFound` (404): `pods "x" not found`. `resource` is the plural (`pods`).
    public static func notFound(resource: String, group: String = "", name: String) -> Status {
        Status(
            message: "\(qualified(resource, group)) \"\(name)\" not found", reason: .notFound, code: 404,
            details: StatusDetails(name: name, group: group.isEmpty ? nil : group, kind: resource)
        )
    }

    /// `AlreadyExists` (409): `pods "x" already exists`.
    public static func alreadyExists(resource: String, group: String = "", name: String) -> Status {
        Status(
            message: "\(qualified(resource, group)) \"\(name)\" already exists", reason: .alreadyExists,
            code: 409, details: StatusDetails(name: name, group: group.isEmpty ? nil : group, kind: resource)
        )
    }

    /// `Conflict` (409) for a stale resourceVersion, worded as the Kubernetes API server words it.
    public static func conflict(resource: String, group: String = "", name: String, message: String? = nil) -> Status {
        let why = message ?? "the object has been modified; please apply your changes to the latest version and try again"
        return Status(
            message: "Operation cannot be fulfilled on \(qualified(resource, group)) \"\(name)\": \(why)",
            reason: .conflict, code: 409,
            details: StatusDetails(name: name, group: group.isEmpty ? nil : group, kind: resource)
        )
    }

    /// `Invalid` (422) with one cause per field: `Deployment.apps "web" is invalid: spec.selector: Invalid value: …`.
    public static func invalid(kind: String, group: String = "", name: String, causes: [FieldError]) -> Status {
        let kindName = group.isEmpty ? kind : "\(kind).\(group)"
        let list = causes.map(\.description).joined(separator: ", ")
        let summary = causes.count == 1 ? list : "[\(list)]"
        return Status(
            message: "\(kindName) \"\(name)\" is invalid: \(summary)", reason: .invalid, code: 422,
            details: StatusDetails(
                name: name, group: group.isEmpty ? nil : group, kind: kind,
                causes: causes.map { StatusCause(reason: $0.type.rawValue, message: $0.description, field: $0.field) }
            )
        )
    }

    /// `BadRequest` (400), e.g. a body that does not decode; `field` names where it failed.
    public static func badRequest(_ message: String, field: String? = nil) -> Status {
        Status(
            message: message, reason: .badRequest, code: 400,
            details: field.map { StatusDetails(causes: [StatusCause(reason: "FieldValueInvalid", message: message, field: $0)]) }
        )
    }

    /// `Expired` (410): a watch or continue token from a revision that has been compacted.
    public static func expired(_ message: String) -> Status {
        Status(message: message, reason: .expired, code: 410)
    }

    /// `Gone` (410).
    public static func gone(_ message: String) -> Status {
        Status(message: message, reason: .gone, code: 410)
    }

    /// `RequestEntityTooLarge` (413).
    public static func tooLarge(_ message: String) -> Status {
        Status(message: message, reason: .requestEntityTooLarge, code: 413)
    }

    /// `MethodNotAllowed` (405).
    public static func methodNotAllowed(_ message: String) -> Status {
        Status(message: message, reason: .methodNotAllowed, code: 405)
    }

    /// `Forbidden` (403), also used by admission (e.g. a namespace being terminated).
    public static func forbidden(resource: String, group: String = "", name: String, why: String) -> Status {
        Status(
            message: "\(qualified(resource, group)) \"\(name)\" is forbidden: \(why)", reason: .forbidden, code: 403,
            details: StatusDetails(name: name, group: group.isEmpty ? nil : group, kind: resource)
        )
    }

    /// `InternalError` (500); the message of the underlying error is kept.
    public static func internalError(_ message: String) -> Status {
        Status(message: "Internal error occurred: \(message)", reason: .internalError, code: 500)
    }

    /// `ServiceUnavailable` (503), e.g. a store that is closing.
    public static func unavailable(_ message: String) -> Status {
        Status(message: message, reason: .serviceUnavailable, code: 503)
    }

    /// Any error as a `Status`: a `Status` as it is, anything else as `InternalError`.
    public static func from(_ error: any Error) -> Status {
        if let status = error as? Status { return status }
        return .internalError(String(describing: error))
    }

    private static func qualified(_ resource: String, _ group: String) -> String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }
}

/// One validation failure: the field path, its type and the offending value
/// (Kubernetes' `field.Error`). Its `description` reads like the API server's.
public struct FieldError: Sendable, Hashable, CustomStringConvertible {
    /// Kubernetes' `field.ErrorType` values.
    public enum ErrorType: String, Sendable, Hashable {
        case required = "FieldValueRequired"
        case invalid = "FieldValueInvalid"
        case notSupported = "FieldValueNotSupported"
        case duplicate = "FieldValueDuplicate"
        case forbidden = "FieldValueForbidden"
        case tooLong = "FieldValueTooLong"
        case tooMany = "FieldValueTooMany"
        case notFound = "FieldValueNotFound"
    }

    public var type: ErrorType
    public var field: String
    public var value: String?
    public var detail: String

    public init(_ type: ErrorType, field: String, value: String? = nil, detail: String = "") {
        self.type = type
        self.field = field
        self.value = value
        self.detail = detail
    }

    public static func required(_ field: String, _ detail: String = "") -> FieldError {
        FieldError(.required, field: field, detail: detail)
    }
    public static func invalid(_ field: String, value: String, _ detail: String) -> FieldError {
        FieldError(.invalid, field: field, value: value, detail: detail)
    }
    public static func forbidden(_ field: String, _ detail: String) -> FieldError {
        FieldError(.forbidden, field: field, detail: detail)
    }
    public static func notSupported(_ field: String, value: String, supported: [String]) -> FieldError {
        FieldError(
            .notSupported, field: field, value: value,
            detail: "supported values: " + supported.map { "\"\($0)\"" }.joined(separator: ", ")
        )
    }
    public static func duplicate(_ field: String, value: String) -> FieldError {
        FieldError(.duplicate, field: field, value: value)
    }

    public var description: String {
        var text = "\(field): "
        switch type {
        case .required: text += "Required value"
        case .invalid: text += "Invalid value"
        case .notSupported: text += "Unsupported value"
        case .duplicate: text += "Duplicate value"
        case .forbidden: text += "Forbidden"
        case .tooLong: text += "Too long"
        case .tooMany: text += "Too many"
        case .notFound: text += "Not found"
        }
        if let value, type != .required, type != .forbidden { text += ": \"\(value)\"" }
        if !detail.isEmpty { text += ": \(detail)" }
        return text
    }
}
