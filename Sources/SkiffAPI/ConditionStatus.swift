/// The status of a condition: True, False or Unknown.
public struct ConditionStatus: OpenStringEnum {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `true`: Self = "True"
    public static let `false`: Self = "False"
    public static let unknown: Self = "Unknown"

    public static let knownValues: [Self] = [.`true`, .`false`, .unknown]
}
