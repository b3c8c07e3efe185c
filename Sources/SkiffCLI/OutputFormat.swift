import ArgumentParser

/// `-o`: how `get` prints objects. The default (no `-o`) is the table.
public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// The table with the kind's extra columns (pods: IP, NODE, …).
    case wide
    /// The objects as pretty JSON; several objects as a `List`.
    case json
    /// The objects as YAML; several objects as a `List`.
    case yaml
    /// `kind.group/name` per object (`deployment.apps/web`).
    case name
}
