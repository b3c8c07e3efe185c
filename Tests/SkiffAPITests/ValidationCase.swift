import SkiffAPI
import Testing

/// One row of a validation table: a change to a valid object and the errors it must cause, each
/// written `field type` (`spec.containers[0].name required`).
struct ValidationCase<Object: APIObject>: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let change: @Sendable (inout Object) -> Void
    let expected: [String]

    init(_ name: String, _ expected: [String], _ change: @escaping @Sendable (inout Object) -> Void) {
        testDescription = name
        self.expected = expected
        self.change = change
    }

    /// The errors of `valid` after the change, with `validate()` or, given `old`, `validateUpdate`.
    func errors(applyingTo valid: Object, validate: (Object) -> [FieldError] = { $0.validate() }) -> [String] {
        var object = valid
        change(&object)
        return summarize(validate(object))
    }
}

/// `field type` for each error, as the tables write them.
func summarize(_ errors: [FieldError]) -> [String] {
    errors.map { "\($0.field) \($0.type)" }
}
