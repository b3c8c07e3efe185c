/// A filter plugin held by reference, with its name and its batch form (if it has one), for
/// the per-node filter loop.
///
/// Why: calling a method on an `any FilterPlugin` read out of an array copies the existential —
/// the plugin struct and the arrays inside it, retained and released — for every node and every
/// plugin (a fifth of a SchedulingBasic cycle's retain/release). A `let` of a final class is
/// borrowed in place, so the loop pays at most one retain of the slot. The batch form is cast
/// once here rather than once per cycle.
final class FilterPluginSlot: Sendable {
    let plugin: any FilterPlugin
    let batch: (any BatchFilterPlugin)?
    let name: String

    init(_ plugin: any FilterPlugin) {
        self.plugin = plugin
        self.batch = plugin as? any BatchFilterPlugin
        self.name = plugin.name
    }
}
