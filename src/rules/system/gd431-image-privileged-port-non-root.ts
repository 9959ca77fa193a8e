import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** The project's image runs its Go server as a non-root user on a port below 1024, with no setcap. */
export const gd431 = defineRule({
  id: 'GD431',
  name: 'image-privileged-port-non-root',
  category: 'system',
  severity: 'info',
  title: 'The project\'s image runs its Go server as a non-root user on a port below 1024',
  requires: ['system'],
  messages: {
    image: '{path} runs as USER {user} and listens on port {port} ({source}, line {line}) without giving the binary cap_net_bind_service (no RUN setcap): this works under Docker and Podman, which set net.ipv4.ip_unprivileged_port_start=0 in each container, and fails with "bind: permission denied" where the runtime leaves it at 1024 (Kubernetes unless the pod or the runtime lowers it).',
  },
  fixTitles: {
    letThePodBind: 'Let the pod bind low ports',
  },
  sources: ['man:capabilities(7)', 'https://docs.kernel.org/networking/ip-sysctl.html', 'https://github.com/moby/moby/pull/41030', 'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/', 'man:setcap(8)'],
  fixable: true,
  docs: {
    what: 'Reads the Dockerfile (or Containerfile) at the root of the project in --cwd. When an image that builds Go ends in a stage whose USER is not root (or whose base is a :nonroot image) and which listens on a port below 1024 — EXPOSE, a listen flag of ENTRYPOINT/CMD, or an ENV such as PORT=80 — and no stage runs setcap cap_net_bind_service, it notes where that image can start.',
    why: 'A port below net.ipv4.ip_unprivileged_port_start needs CAP_NET_BIND_SERVICE, and a process that is not root loses its capabilities at execve unless the file carries them. Docker (since 20.10) and Podman lower the sysctl to 0 inside each container, so the image works on a laptop; Kubernetes leaves it to the pod\'s securityContext sysctls or the container runtime\'s configuration, so the same image fails there with "listen tcp :80: bind: permission denied".',
    fix: 'Listen on a port above 1023 and map it (containerPort/Service targetPort), or set net.ipv4.ip_unprivileged_port_start=0 in the pod\'s securityContext.sysctls (a safe sysctl), or give the binary the capability in the image (RUN setcap cap_net_bind_service=+ep /app, with libcap in that stage).',
  },
  check({ system }) {
    return (system.privilegedPorts?.dockerfiles ?? []).map((d) => {
      const first = d.ports[0]!;
      return {
        messageId: 'image' as const,
        data: { path: d.path, user: d.user, port: first.port, source: first.source, line: first.line },
        evidence: { ports: d.ports, userLine: d.userLine },
        location: { file: d.path, line: first.line },
        fixes: [{ kind: 'manual' as const, title: fixTitle('letThePodBind'), steps: ['securityContext:', '  sysctls:', '  - name: net.ipv4.ip_unprivileged_port_start', '    value: "0"'] }],
      };
    });
  },
});
