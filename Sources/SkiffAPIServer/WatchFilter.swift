import Foundation
import SkiffAPI

/// Which objects one watcher or list wants: a namespace, a label selector, a field selector.
/// Turns a change into the event that watcher should see, following Kubernetes' cacher: an
/// object that stops matching is sent as `DELETED`, one that starts matching as `ADDED`.
struct WatchFilter<Object: APIObject>: Sendable {
    var namespace: String?
    var labelSelector: LabelSelectorExpression?
    var fieldSelector: FieldSelector?

    /// Parses selectors, rejecting fields this kind cannot be selected by (a `BadRequest`, as in
    /// Kubernetes: `field label not supported: spec.foo`).
    init(namespace: String?, labelSelector: String?, fieldSelector: String?) throws {
        self.namespace = (namespace?.isEmpty ?? true) ? nil : namespace
        if let labelSelector, !labelSelector.trimmingCharacters(in: .whitespaces).isEmpty {
            self.labelSelector = try LabelSelectorExpression(parsing: labelSelector)
        }
        if let fieldSelector, !fieldSelector.trimmingCharacters(in: .whitespaces).isEmpty {
            let parsed = try FieldSelector(parsing: fieldSelector)
            let supported = Object.selectableFields.union(["metadata.name", "metadata.namespace"])
            for requirement in parsed.requirements where !supported.contains(requirement.field) {
                throw Status.badRequest("field label not supported: \(requirement.field)", field: "fieldSelector")
            }
            self.fieldSelector = parsed
        }
    }

    var isEverything: Bool { namespace == nil && labelSelector == nil && fieldSelector == nil }

    func matches(_ object: Object) -> Bool {
        if let namespace, object.metadata.namespace != namespace { return false }
        if let labelSelector, !labelSelector.matches(object.metadata.labels ?? [:]) { return false }
        if let fieldSelector, !fieldSelector.matches({ object.fieldValue($0) }) { return false }
        return true
    }

    /// The event a watcher with this filter sees for one change, or nil. An event carrying
    /// `object` carries `encoding` too, shared with other watchers' events of the same change.
    func event(
        for object: Object, previous: Object?, isDelete: Bool, sharing encoding: SharedEncoding? = nil
    ) -> WatchEvent<Object>? {
        if isDelete {
            return matches(object) ? WatchEvent(type: .deleted, object: object, sharedEncoding: encoding) : nil
        }
        let now = matches(object)
        guard let previous else { return now ? WatchEvent(type: .added, object: object, sharedEncoding: encoding) : nil }
        if isEverything { return WatchEvent(type: .modified, object: object, sharedEncoding: encoding) }
        let before = matches(previous)
        switch (before, now) {
        case (true, true): return WatchEvent(type: .modified, object: object, sharedEncoding: encoding)
        case (false, true): return WatchEvent(type: .added, object: object, sharedEncoding: encoding)
        case (true, false):
            var last = previous
            last.metadata.resourceVersion = object.metadata.resourceVersion
            return WatchEvent(type: .deleted, object: last)
        case (false, false): return nil
        }
    }
}
