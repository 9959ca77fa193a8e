import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { shQuote } from '../../knowledge/shell-quote.js';

const CAP = 'cap_net_bind_service';

/** A systemd service's Go program told to bind a port below 1024 as an unprivileged user, with nothing granting it. */
export const gd430 = defineRule({
  id: 'GD430',
  name: 'privileged-port-without-capability',
  category: 'system',
  severity: 'warning',
  title: 'A Go service binds a privileged port as an unprivileged user without CAP_NET_BIND_SERVICE',
  requires: ['system'],
  messages: {
    missing: '{unit} runs {binary} as {user} and tells it to listen on port {port} ({source}), below net.ipv4.ip_unprivileged_port_start={start}, but neither AmbientCapabilities=CAP_NET_BIND_SERVICE nor a {cap} file capability on the binary grants it: it fails with "bind: permission denied".',
    noNewPrivileges: '{unit} relies on the {cap} file capability of {binary} to listen on port {port} ({source}), but sets NoNewPrivileges=yes, under which execve grants no capability the service does not already hold: it fails with "bind: permission denied".',
    capsUnknown: '{unit} runs {binary} as {user} on port {port} ({source}) without AmbientCapabilities=CAP_NET_BIND_SERVICE, and the binary\'s file capabilities could not be read ({problem}).',
  },
  fixTitles: {
    grantTheCapabilityFrom: 'Grant the capability from the unit (survives rebuilds)',
  },
  sources: ['man:capabilities(7)', 'man:systemd.exec(5)', 'https://docs.kernel.org/networking/ip-sysctl.html', 'man:setcap(8)', 'src/net/sock_posix.go'],
  fixable: true,
  docs: {
    what: 'Reads the system\'s systemd service units (with their drop-ins) and, for a unit whose ExecStart is a Go binary, which runs as a User= other than root or with DynamicUser=, and whose arguments or Environment= name a listen port below net.ipv4.ip_unprivileged_port_start (1024 unless lowered), checks what grants the bind: AmbientCapabilities=CAP_NET_BIND_SERVICE, or the binary\'s cap_net_bind_service file capability (permitted and effective) without NoNewPrivileges=.',
    why: 'Binding a port below ip_unprivileged_port_start needs CAP_NET_BIND_SERVICE. A binary given it with setcap loses it at the next rebuild or copy (the capability is an extended attribute of the file), and under NoNewPrivileges= execve grants no file capability the service does not already hold; the Go server then exits with "listen tcp :443: bind: permission denied" after an upgrade that changed nothing else.',
    fix: 'Grant the capability from the unit (AmbientCapabilities=CAP_NET_BIND_SERVICE, with CapabilityBoundingSet= including it if the unit narrows that set), which survives rebuilds; or re-run setcap after every install; or use socket activation or a port above 1023 behind a proxy.',
  },
  check({ system }) {
    const pp = system.privilegedPorts;
    if (!pp) return [];
    const out: Report<'missing' | 'noNewPrivileges' | 'capsUnknown'>[] = [];
    for (const s of pp.services) {
      if (s.ambientCapabilities.includes(CAP)) continue;
      const first = s.ports[0]!;
      const data = { unit: s.unit, binary: s.binary, user: s.user ?? 'root', port: first.port, source: first.source, start: pp.unprivilegedPortStart ?? 1024, cap: CAP };
      const dropIn = {
        kind: 'manual' as const, title: fixTitle('grantTheCapabilityFrom'),
        steps: [`systemctl edit ${shQuote(s.unit.split('/').pop()!)}`, '[Service]', 'AmbientCapabilities=CAP_NET_BIND_SERVICE', `systemctl restart ${shQuote(s.unit.split('/').pop()!)}`],
      };
      const evidence = { ports: s.ports, ambientCapabilities: s.ambientCapabilities, fileCaps: s.fileCaps, noNewPrivileges: s.noNewPrivileges };
      const location = { file: s.unit };
      if (s.fileCaps === null) {
        out.push({ messageId: 'capsUnknown', severity: 'info', data: { ...data, problem: pp.capsProblem ?? 'no reader' }, evidence, location, fixes: [dropIn] });
        continue;
      }
      const hasCap = s.fileCaps.permitted.includes(CAP) && s.fileCaps.effective;
      if (hasCap && !s.noNewPrivileges) continue;
      out.push({ messageId: hasCap ? 'noNewPrivileges' : 'missing', data, evidence, location, fixes: [dropIn] });
    }
    return out;
  },
});
