import Foundation
import SkiffAPI
import SkiffCLI
import Testing

@Suite("skiff top tables, as kubectl top prints them")
struct TopTests {
    private let now = Time(Date(timeIntervalSince1970: 0))

    private func pod(_ name: String, namespace: String = "default", _ usages: [(String, String)]) -> PodMetrics {
        PodMetrics(
            metadata: ObjectMeta(name: name, namespace: namespace), timestamp: now, window: "10s",
            containers: usages.enumerated().map { index, usage in
                ContainerMetrics(name: "c\(index)", usage: ["cpu": Quantity(stringLiteral: usage.0), "memory": Quantity(stringLiteral: usage.1)])
            }
        )
    }

    /// Millicores round up, as Go's `Quantity.MilliValue()` does (1.5m + 12m prints 14m).
    @Test func podsSumTheirContainersInMillicoresAndMebibytes() {
        let table = MetricsTable.pods(
            [pod("web-7f9c", [("1500u", "3Mi"), ("12m", "30Mi")]), pod("db", [("2", "1Gi")])], showsNamespace: false
        )
        #expect(table == """
            NAME       CPU(cores)   MEMORY(bytes)   
            web-7f9c   14m          33Mi            
            db         2000m        1024Mi          

            """)
    }

    @Test func allNamespacesAddsTheNamespaceColumn() {
        let table = MetricsTable.pods([pod("web", namespace: "kube-system", [("4m", "16Mi")])], showsNamespace: true)
        #expect(table == """
            NAMESPACE     NAME   CPU(cores)   MEMORY(bytes)   
            kube-system   web    4m           16Mi            

            """)
    }

    @Test func nodesShowPercentagesOfAllocatableAndUnknownWithoutMetrics() {
        let nodes = ["node-1", "node-2"].map { name in
            Node(
                metadata: ObjectMeta(name: name),
                status: NodeStatus(capacity: ["cpu": "4", "memory": "8Gi"], allocatable: ["cpu": "2", "memory": "4Gi"])
            )
        }
        let metrics = [
            NodeMetrics(metadata: ObjectMeta(name: "node-1"), timestamp: now, window: "10s", usage: ["cpu": "329087452n", "memory": "2748180Ki"]),
        ]
        #expect(MetricsTable.nodes(nodes, metrics: metrics) == """
            NAME     CPU(cores)   CPU(%)      MEMORY(bytes)   MEMORY(%)   
            node-1   330m         16%         2683Mi          65%         
            node-2   <unknown>    <unknown>   <unknown>       <unknown>   

            """)
    }
}
