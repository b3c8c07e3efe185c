import Foundation
import SkiffAPI

/// A kind with a describer of its own, laid out as kubectl's (`describePod`, `describeDeployment`).
/// Other kinds get `GenericDescription`.
protocol Describable: APIObject {
    /// Writes the description, without the `Events:` section (the caller appends it).
    func describe(into writer: inout DescriptionWriter, now: Date)
}
