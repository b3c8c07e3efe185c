/// A score plugin held by reference, with its weight, name and batch form (if it has one), for
/// the scheduling cycle's scoring loop. See `FilterPluginSlot` for why a class.
final class ScorePluginSlot: Sendable {
    let plugin: any ScorePlugin
    let batch: (any BatchScorePlugin)?
    let weight: Int64
    let name: String

    init(_ plugin: any ScorePlugin, weight: Int64) {
        self.plugin = plugin
        self.batch = plugin as? any BatchScorePlugin
        self.weight = weight
        self.name = plugin.name
    }
}
