// Manifests from the Kubernetes documentation (kubernetes.io/examples), as test fixtures.

enum Manifests {
    /// The pod manifests by file name.
    static let pods = [
        "http-liveness": httpLivenessPod, "exec-liveness": execLivenessPod,
        "tcp-liveness-readiness": tcpProbePod, "dapi-envars-pod": downwardAPIEnvPod,
    ]

    /// controllers/nginx-deployment.yaml
    static let nginxDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: nginx-deployment
          labels:
            app: nginx
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: nginx
          template:
            metadata:
              labels:
                app: nginx
            spec:
              containers:
              - name: nginx
                image: nginx:1.14.2
                ports:
                - containerPort: 80
        """

    /// pods/probe/http-liveness.yaml
    static let httpLivenessPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            test: liveness
          name: liveness-http
        spec:
          containers:
          - name: liveness
            image: registry.k8s.io/e2e-test-images/agnhost:2.40
            args:
            - liveness
            livenessProbe:
              httpGet:
                path: /healthz
                port: 8080
                httpHeaders:
                - name: Custom-Header
                  value: Awesome
              initialDelaySeconds: 3
              periodSeconds: 3
        """

    /// pods/probe/exec-liveness.yaml
    static let execLivenessPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          labels:
            test: liveness
          name: liveness-exec
        spec:
          containers:
          - name: liveness
            image: registry.k8s.io/busybox:1.27.2
            args:
            - /bin/sh
            - -c
            - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
            livenessProbe:
              exec:
                command:
                - cat
                - /tmp/healthy
              initialDelaySeconds: 5
              periodSeconds: 5
        """

    /// pods/probe/tcp-liveness-readiness.yaml
    static let tcpProbePod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: goproxy
          labels:
            app: goproxy
        spec:
          containers:
          - name: goproxy
            image: registry.k8s.io/goproxy:0.1
            ports:
            - containerPort: 8080
            readinessProbe:
              tcpSocket:
                port: 8080
              initialDelaySeconds: 15
              periodSeconds: 10
            livenessProbe:
              tcpSocket:
                port: 8080
              initialDelaySeconds: 15
              periodSeconds: 10
        """

    /// pods/inject/dapi-envars-pod.yaml (environment from the downward API)
    static let downwardAPIEnvPod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: dapi-envars-fieldref
        spec:
          containers:
            - name: test-container
              image: registry.k8s.io/busybox:1.27.2
              command: [ "sh", "-c"]
              args:
              - while true; do
                  echo -en '\\n';
                  printenv MY_NODE_NAME MY_POD_NAME MY_POD_NAMESPACE;
                  printenv MY_POD_IP MY_POD_SERVICE_ACCOUNT;
                  sleep 10;
                done;
              env:
                - name: MY_NODE_NAME
                  valueFrom:
                    fieldRef:
                      fieldPath: spec.nodeName
                - name: MY_POD_NAME
                  valueFrom:
                    fieldRef:
                      fieldPath: metadata.name
                - name: MY_POD_NAMESPACE
                  valueFrom:
                    fieldRef:
                      fieldPath: metadata.namespace
                - name: MY_POD_IP
                  valueFrom:
                    fieldRef:
                      fieldPath: status.podIP
                - name: MY_POD_SERVICE_ACCOUNT
                  valueFrom:
                    fieldRef:
                      fieldPath: spec.serviceAccountName
          restartPolicy: Never
        """

    /// service/simple-service.yaml
    static let service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: my-service
        spec:
          selector:
            app.kubernetes.io/name: MyApp
          ports:
            - protocol: TCP
              port: 80
              targetPort: 9376
        """

    /// The Service with a named target port from the Services concept page.
    static let namedPortService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx-service
        spec:
          selector:
            app.kubernetes.io/name: proxy
          ports:
          - name: name-of-service-port
            protocol: TCP
            port: 80
            targetPort: http-web-svc
        """

    /// controllers/job.yaml
    static let job = """
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: pi
        spec:
          template:
            spec:
              containers:
              - name: pi
                image: perl:5.34.0
                command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
              restartPolicy: Never
          backoffLimit: 4
        """

    /// application/job/cronjob.yaml
    static let cronJob = """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: hello
        spec:
          schedule: "* * * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  containers:
                  - name: hello
                    image: busybox:1.28
                    imagePullPolicy: IfNotPresent
                    command:
                    - /bin/sh
                    - -c
                    - date; echo Hello from the Kubernetes cluster
                  restartPolicy: OnFailure
        """

    /// controllers/daemonset.yaml
    static let daemonSet = """
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: fluentd-elasticsearch
          namespace: kube-system
          labels:
            k8s-app: fluentd-logging
        spec:
          selector:
            matchLabels:
              name: fluentd-elasticsearch
          template:
            metadata:
              labels:
                name: fluentd-elasticsearch
            spec:
              tolerations:
              # these tolerations are to have the daemonset runnable on control plane nodes
              # remove them if your control plane nodes should not run pods
              - key: node-role.kubernetes.io/control-plane
                operator: Exists
                effect: NoSchedule
              - key: node-role.kubernetes.io/master
                operator: Exists
                effect: NoSchedule
              containers:
              - name: fluentd-elasticsearch
                image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
                resources:
                  limits:
                    memory: 200Mi
                  requests:
                    cpu: 100m
                    memory: 200Mi
                volumeMounts:
                - name: varlog
                  mountPath: /var/log
              # it may be desirable to set a high priority class to ensure that a DaemonSet Pod
              # preempts running Pods
              # priorityClassName: important
              terminationGracePeriodSeconds: 30
              volumes:
              - name: varlog
                hostPath:
                  path: /var/log
        """

    /// application/web/web.yaml, its StatefulSet document.
    static let statefulSet = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: nginx # has to match .spec.template.metadata.labels
          serviceName: "nginx"
          replicas: 3 # by default is 1
          minReadySeconds: 10 # by default is 0
          template:
            metadata:
              labels:
                app: nginx # has to match .spec.selector.matchLabels
            spec:
              terminationGracePeriodSeconds: 10
              containers:
              - name: nginx
                image: registry.k8s.io/nginx-slim:0.24
                ports:
                - containerPort: 80
                  name: web
                volumeMounts:
                - name: www
                  mountPath: /usr/share/nginx/html
          volumeClaimTemplates:
          - metadata:
              name: www
            spec:
              accessModes: [ "ReadWriteOnce" ]
              storageClassName: "my-storage-class"
              resources:
                requests:
                  storage: 1Gi
        """

    /// application/web/web.yaml, its headless Service document.
    static let headlessService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: nginx
          labels:
            app: nginx
        spec:
          ports:
          - port: 80
            name: web
          clusterIP: None
          selector:
            app: nginx
        """
}
