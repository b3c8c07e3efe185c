import Foundation
import SkiffAPI
import SkiffClient
import Testing
@testable import SkiffKubelet

@Suite("Kubelet volumes", .serialized)
struct VolumeTests {
    @Test func volumeMountsWithoutBubblewrapFailClearly() async throws {
        try await withKubeletCluster(runtime: .process(bubblewrapPath: nil)) { cluster in
            var container = shell("ls /data")
            container.volumeMounts = [VolumeMount(name: "scratch", mountPath: "/data")]
            try await cluster.run("mounts", [container]) { pod in
                pod.spec?.volumes = [Volume(name: "scratch", emptyDir: EmptyDirVolumeSource())]
            }
            let pod = try await cluster.waitForPod("mounts") { $0?.containerStatus()?.state?.waiting?.reason == "CreateContainerConfigError" }
            #expect(pod?.containerStatus()?.state?.waiting?.message == "volume mounts need bubblewrap (apt-get install bubblewrap)")
            let failed = try await cluster.waitForEvent(about: "mounts") { $0.reason == "Failed" }
            #expect(failed?.type == .warning)
            #expect(failed?.message == "Error: volume mounts need bubblewrap (apt-get install bubblewrap)")
        }
    }

    @Test(.enabled(if: Bubblewrap.locate() != nil, "bubblewrap (bwrap) is not installed: apt-get install bubblewrap"))
    func volumesAppearAtTheirMountPathsUnderBubblewrap() async throws {
        try await withKubeletCluster { cluster in
            _ = try await cluster.client.create(ConfigMap(metadata: ObjectMeta(name: "site", namespace: "default"), data: ["index.html": "hello from a configmap"]))
            _ = try await cluster.client.create(Secret(metadata: ObjectMeta(name: "keys", namespace: "default"), data: ["key": Data("k3y".utf8).base64EncodedString()]))
            let hostDirectory = cluster.directory + "/host"
            try FileManager.default.createDirectory(atPath: hostDirectory, withIntermediateDirectories: true)
            try "on the host".write(toFile: hostDirectory + "/note", atomically: true, encoding: .utf8)
            // Mount paths inside the test directory: with `--bind / /`, bwrap creates missing
            // mount points on the host, and this keeps them in the directory the test removes.
            let mounts = cluster.directory + "/mnt"
            var container = shell("cat \(mounts)/config/index.html; echo; cat \(mounts)/secret/key; echo; cat \(mounts)/host/note; echo; echo scratch > \(mounts)/scratch/file; cat \(mounts)/scratch/file")
            container.volumeMounts = [
                VolumeMount(name: "config", mountPath: mounts + "/config", readOnly: true),
                VolumeMount(name: "secret", mountPath: mounts + "/secret"),
                VolumeMount(name: "host", mountPath: mounts + "/host"),
                VolumeMount(name: "scratch", mountPath: mounts + "/scratch"),
            ]
            try await cluster.run("volumes", [container], restartPolicy: .never) { pod in
                pod.spec?.volumes = [
                    Volume(name: "config", configMap: ConfigMapVolumeSource(name: "site")),
                    Volume(name: "secret", secret: SecretVolumeSource(secretName: "keys")),
                    Volume(name: "host", hostPath: HostPathVolumeSource(path: hostDirectory)),
                    Volume(name: "scratch", emptyDir: EmptyDirVolumeSource()),
                ]
            }
            let done = try await cluster.waitForPod("volumes") { $0?.status?.phase == .succeeded || $0?.status?.phase == .failed }
            let logs = try await cluster.kubelet.logs(namespace: "default", pod: "volumes")
            #expect(done?.status?.phase == .succeeded, "logs: \(logs)")
            #expect(logs == "hello from a configmap\nk3y\non the host\nscratch\n")
        }
    }
}
