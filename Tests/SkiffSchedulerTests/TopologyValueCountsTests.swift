import Foundation
import SkiffAPI
import Testing
@testable import SkiffScheduler

/// The interned label values (`NodeLabelColumn`) and the per-domain count arrays indexed by them
/// (`TopologyValueCounts`, `TopologyDomainCounts`) that InterPodAffinity and PodTopologySpread
/// read per node.
@Suite("Topology value counts")
struct TopologyValueCountsTests {
    /// n0 zone a rack r1, n1 zone b rack r1, n2 zone a, n3 without zone or rack.
    static func nodes() -> [NodeInfo] {
        [
            nodeInfo(makeNode("n0", labels: ["zone": "a", "rack": "r1"])),
            nodeInfo(makeNode("n1", labels: ["zone": "b", "rack": "r1"])),
            nodeInfo(makeNode("n2", labels: ["zone": "a"])),
            nodeInfo(makeNode("n3")),
        ]
    }

    // MARK: NodeLabelColumn

    @Test func columnNumbersEachDistinctValueOnce() {
        let snapshot = Snapshot(nodes: Self.nodes())
        let column = snapshot.labelColumn(for: "zone")
        #expect(column.valueIDs == [0, 1, 0, -1])
        #expect(column.values == ["a", "b"])
        #expect(column.valueID(of: "b") == 1)
        #expect(column.valueID(of: "c") == nil)
        #expect(column.intern(nil) == -1)
        #expect(column.intern("a") == 0)
        // A value no row has yet (a what-if's) gets the next id; the rows do not change.
        #expect(column.intern("c") == 2)
        #expect(column.valueIDs == [0, 1, 0, -1])
    }

    @Test func columnKeepsItsIDsWhenNodesAreRelabelled() {
        let nodes = Self.nodes()
        let snapshot = Snapshot(nodes: nodes)
        let column = snapshot.labelColumn(for: "zone")
        let epoch = column.epoch
        nodes[0].setNode(makeNode("n0", labels: ["zone": "c"]))
        nodes[1].setNode(makeNode("n1"))
        nodes[3].setNode(makeNode("n3", labels: ["zone": "b"]))
        #expect(snapshot.labelColumn(for: "zone") === column)
        // "a" keeps id 0 (n2), the new value takes a new id, the unlabelled node -1.
        #expect(column.valueIDs == [2, -1, 0, 1])
        #expect(column.values == ["a", "b", "c"])
        #expect(column.epoch == epoch)
    }

    @Test func columnRenumbersWhenTheNodeListChanges() {
        let cache = SchedulerCache()
        for node in Self.nodes() { cache.addNode(node.node!) }
        let column = cache.snapshot().labelColumn(for: "zone")
        let epoch = column.epoch
        #expect(column.values == ["a", "b"])
        cache.removeNode(name: "n0")
        let snapshot = cache.snapshot()
        #expect(snapshot.nodes.map(\.name) == ["n1", "n2", "n3"])
        #expect(snapshot.labelColumn(for: "zone") === column)
        // Numbered afresh from the rows: ids from before no longer mean the same values.
        #expect(column.epoch == epoch + 1)
        #expect(column.valueIDs == [0, 1, -1])
        #expect(column.values == ["b", "a"])
    }

    // MARK: TopologyValueCounts

    @Test func domainsExistWhileAnEntryNamesThem() {
        let column = Snapshot(nodes: Self.nodes()).labelColumn(for: "zone")
        var counts = TopologyValueCounts(column: column)
        #expect(counts.topologyKey == "zone")
        #expect(counts.isZero)
        #expect(counts.domainCount == 0)
        #expect(counts.minimum == nil)

        // Zone b exists without matching pods (spreading counts it).
        counts.record(0, valueID: 1, entries: 1)
        #expect(counts.domains == ["b": 0])
        #expect(counts.domainCount == 1)
        #expect(counts.isZero)
        #expect(counts.minimum == 0)

        counts.record(2, valueID: 0, entries: 1)
        counts.record(1, valueID: 0, entries: 1)
        #expect(counts.domains == ["a": 3, "b": 0])
        #expect(counts[valueID: 0] == 3)
        #expect(counts[valueID: 9] == 0)
        #expect(counts.contains(valueID: 1))
        #expect(!counts.contains(valueID: 9))
        #expect(!counts.isZero)
        #expect(counts.minimum == 0)

        counts.record(0, valueID: 1, entries: -1)
        counts.record(-2, valueID: 0, entries: -1)
        #expect(counts.domains == ["a": 1])
        #expect(counts.domainCount == 1)
        #expect(counts.minimum == 1)

        counts.record(-1, valueID: 0, entries: -1)
        #expect(counts.domains.isEmpty)
        #expect(counts.domainCount == 0)
        #expect(counts.isZero)
        #expect(!counts.contains(valueID: 0))
    }

    @Test func countOfANodeGoesByItsLabel() {
        let nodes = Self.nodes()
        let column = Snapshot(nodes: nodes).labelColumn(for: "zone")
        var counts = TopologyValueCounts(column: column)
        counts.record(4, valueID: 0, entries: 1)
        #expect(counts.count(of: nodes[0]) == 4)
        #expect(counts.count(of: nodes[2]) == 4)
        #expect(counts.count(of: nodes[1]) == 0)
        // Without the label: no domain at all (filters tell this apart from a zero count).
        #expect(counts.count(of: nodes[3]) == nil)
        // A node outside the snapshot with a value the column never saw.
        #expect(counts.count(of: nodeInfo(makeNode("elsewhere", labels: ["zone": "z"]))) == 0)
    }

    @Test func whatIfChangesCreateTheDomain() {
        let column = Snapshot(nodes: Self.nodes()).labelColumn(for: "zone")
        var counts = TopologyValueCounts(column: column)
        counts.adjust(by: 1, value: "b")
        #expect(counts.domains == ["b": 1])
        counts.adjust(by: -1, value: "b")
        // As a map entry would, the domain stays at zero.
        #expect(counts.domains == ["b": 0])
        #expect(counts.domainCount == 1)
        #expect(counts.isZero)
        counts.adjust(by: 2, value: "new")
        #expect(counts.domains == ["b": 0, "new": 2])
        #expect(column.valueID(of: "new") != nil)
    }

    @Test func countsKnowWhenTheirIDsAreStale() {
        let snapshot = Snapshot(nodes: Self.nodes())
        let counts = TopologyValueCounts(column: snapshot.labelColumn(for: "zone"))
        #expect(counts.isCurrent(in: snapshot))
        // A new node list renumbers the column's values.
        snapshot.nodes = Array(snapshot.nodes.dropFirst())
        #expect(!counts.isCurrent(in: snapshot))
        #expect(TopologyValueCounts(column: snapshot.labelColumn(for: "zone")).isCurrent(in: snapshot))
    }

    @Test func countsKnowWhenTheirColumnWasReplaced() {
        let snapshot = Snapshot(nodes: Self.nodes())
        let counts = TopologyValueCounts(column: snapshot.labelColumn(for: "zone"))
        // Past `NodeTable.maxLabelColumns` keys, every column is dropped and made anew on demand.
        for index in 0...NodeTable.maxLabelColumns { _ = snapshot.labelColumn(for: "key-\(index)") }
        #expect(snapshot.labelColumn(for: "zone") !== counts.column)
        #expect(!counts.isCurrent(in: snapshot))
    }

    // MARK: TopologyDomainCounts

    @Test func domainCountsHoldKeysWithDomains() {
        let nodes = Self.nodes()
        let snapshot = Snapshot(nodes: nodes)
        let zone = snapshot.labelColumn(for: "zone")
        let host = snapshot.labelColumn(for: "kubernetes.io/hostname")
        var all = TopologyDomainCounts()
        #expect(all.isZero)
        #expect(all.byKey.isEmpty)
        all.record(1, topologyKey: "zone", valueID: zone.intern("a"), entries: 1, column: zone)
        all.record(0, topologyKey: "kubernetes.io/hostname", valueID: host.intern("n1"), entries: 1, column: host)
        #expect(Set(all.byKey.keys) == ["zone", "kubernetes.io/hostname"])
        #expect(all["zone"]?.column === zone)
        #expect(!all.isZero)
        #expect(all.count("zone", of: nodes[2]) == 1)
        #expect(all.count("zone", of: nodes[1]) == 0)
        #expect(all.count("zone", of: nodes[3]) == nil)
        // A key not held: nil without the label, else 0.
        #expect(all.count("rack", of: nodes[0]) == 0)
        #expect(all.count("rack", of: nodes[2]) == nil)

        all.record(-1, topologyKey: "zone", valueID: zone.intern("a"), entries: -1, column: zone)
        #expect(all["zone"] == nil)
        // The hostname domain is still there, at zero.
        #expect(all.isZero)
        #expect(all.byKey.count == 1)
        #expect(all.isCurrent(in: snapshot))
    }

    @Test func whatIfChangesUnderANewKeyTakeTheSnapshotsColumn() {
        let nodes = Self.nodes()
        let snapshot = Snapshot(nodes: nodes)
        var all = TopologyDomainCounts()
        all.adjust(by: 1, topologyKey: "rack", node: nodes[0], snapshot: snapshot)
        #expect(all["rack"]?.column === snapshot.labelColumn(for: "rack"))
        #expect(all.count("rack", of: nodes[1]) == 1)
        #expect(all.count("rack", of: nodes[2]) == nil)
        // A node without the key changes nothing.
        all.adjust(by: 1, topologyKey: "rack", node: nodes[3], snapshot: snapshot)
        all.adjust(by: 1, topologyKey: "zone", node: nodes[3], snapshot: snapshot)
        #expect(all.byKey.keys.sorted() == ["rack"])
        all.adjust(by: -1, topologyKey: "rack", node: nodes[1], snapshot: snapshot)
        #expect(all.isZero)
        #expect(all.count("rack", of: nodes[0]) == 0)
    }
}
