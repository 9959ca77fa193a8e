import type { Facts } from '../../facts/schema.js';
import type { Setting } from '../../facts/schema/goenv.js';
import type { ReportSection } from '../model.js';
import { shellSections } from './shell.js';
import { DEFAULT_GOSUMDB } from '../../knowledge/gosumdb.js';

/** The human summary above the findings: what runs, and settings with their provenance. */
export function doctorSections(facts: Facts, format: string): ReportSection[] {
  if (format === 'json' || format === 'sarif') return [];
  const full = format === 'markdown';
  const sections: ReportSection[] = [];
  const tc = facts.toolchains?.ok ? facts.toolchains.value : null;
  if (tc) {
    const rows = [...tc.installs, ...tc.offPath].map((g, i) => [
      g.onPath ? (i === 0 ? '→ PATH #' + g.pathIndex : 'PATH #' + g.pathIndex) : 'not on PATH',
      g.path + (g.realPath && g.realPath !== g.path ? ` → ${g.realPath}` : ''),
      g.reportedVersion ?? `? (${g.probeError ?? 'no answer'})`,
      g.installKind,
      g.goroot ?? '?',
    ]);
    sections.push({
      title: 'Go toolchains',
      lines: rows.length ? [] : ['no go found on PATH or in the usual install locations'],
      ...(rows.length ? { table: { headers: ['where', 'go', 'version', 'install', 'GOROOT'], rows } } : {}),
    });
  }
  const env = facts.goenv?.ok ? facts.goenv.value : null;
  if (env) {
    // GOMOD/GOWORK were asked from an empty directory; the Project section has the real ones.
    const shown = Object.values(env.settings).filter((s) => s.key !== 'GOMOD' && s.key !== 'GOWORK' && (full || !isStock(s)));
    const rows = shown.map((s) => [s.key, s.value, s.source + (s.shadowed.length ? ` (overrides ${s.shadowed.map((x) => x.source).join(', ')})` : '')]);
    sections.push({
      title: full ? 'go env, with where each value comes from' : 'Go settings not at their defaults',
      lines: [`user env file: ${env.userFile.path || '(none)'}${env.userFile.exists ? '' : ' (absent)'}`, ...(env.probeError ? [`go env failed: ${env.probeError}`] : [])],
      ...(rows.length ? { table: { headers: ['name', 'value', 'source'], rows } } : {}),
    });
  }
  const pr = facts.project?.ok ? facts.project.value : null;
  if (pr && (pr.gomod || pr.gowork || (pr.selection && pr.selection.action !== 'local'))) {
    const lines = [
      ...(pr.gowork ? [`go.work: ${pr.gowork.path} (go ${pr.gowork.go ?? '-'}, toolchain ${pr.gowork.toolchain ?? '-'})`] : []),
      ...(pr.gomod ? [`go.mod: ${pr.gomod.path} (module ${pr.gomod.module ?? '?'}, go ${pr.gomod.go ?? '-'}, toolchain ${pr.gomod.toolchain ?? '-'}, ${pr.gomod.requires.length} requirements)`] : []),
      ...(pr.selection ? [`go that runs here: ${pr.selection.target ?? '?'} (${pr.selection.action}): ${pr.selection.reason}`] : []),
    ];
    sections.push({ title: 'Project', lines });
  }
  // A bug report shows which go each shell context gets; the terminal view keeps to findings.
  const shells = facts.shells?.ok ? facts.shells.value : null;
  if (full && shells) sections.push(...shellSections(shells).slice(0, 1));
  return sections;
}

/**
 * Values of the go.env Go itself ships (src/go.env: GOPROXY, GOSUMDB, GOTOOLCHAIN): read from
 * $GOROOT/go.env but defaults all the same. A packager's other value there (Fedora's
 * GOTOOLCHAIN=local) is not, and stays in the table.
 */
const STOCK_GO_ENV: Record<string, string> = { GOPROXY: 'https://proxy.golang.org,direct', GOSUMDB: DEFAULT_GOSUMDB, GOTOOLCHAIN: 'auto' };

function isStock(s: Setting): boolean {
  return s.source === 'default' || (s.source === 'goroot-go.env' && STOCK_GO_ENV[s.key] === s.value);
}

/**
 * What `go bug` would tell a maintainer about the machine, first in a bug report: OS, kernel,
 * CPU, the go that runs, C library and compiler, container, cgroup limits and memory.
 */
export function hostSummary(facts: Facts): string[] {
  const lines = [`host: ${facts.host.platform}/${facts.host.arch}, collected ${facts.collectedAt}`, `cwd: ${facts.host.cwd}`];
  const winner = facts.toolchains?.ok ? facts.toolchains.value.installs[0] : undefined;
  lines.push(`go: ${winner ? `${winner.reportedVersion ?? '? (does not run)'} at ${winner.path}` : 'no go on PATH'}`);
  const sys = facts.system?.ok ? facts.system.value : null;
  if (!sys) return [...lines, `system: not collected${facts.system && !facts.system.ok ? ` (${facts.system.error})` : ''}`];
  const { os, arch, libc, cgo, container, cgroup } = sys;
  lines.push(`os: ${os.distro?.prettyName ?? os.osVersion ?? os.platform}${os.kernelRelease ? `, kernel ${os.kernelRelease}` : ''}`);
  if (arch.machine) {
    const level = arch.amd64Level ? `, CPU supports GOAMD64=${arch.amd64Level}` : '';
    const userland = arch.userland && arch.userland.goarch !== arch.goarch ? `, ${arch.userland.tool} userland ${arch.userland.name}` : '';
    lines.push(`cpu: ${arch.machine} (GOARCH ${arch.goarch ?? '?'}${level}${userland})`);
  }
  if (libc.kind !== 'unknown') lines.push(`libc: ${libc.kind}${libc.version ? ` ${libc.version}` : ''}`);
  if (cgo.cc) lines.push(`C compiler (CC=${cgo.cc.setting}): ${cgo.cc.version ?? cgo.cc.path ?? 'not found on PATH'}`);
  lines.push(`container: ${container.inContainer ? `yes${container.runtime ? ` (${container.runtime})` : ''}${container.evidence.length ? `: ${container.evidence.join('; ')}` : ''}` : 'no'}`);
  const cpu = cgroup.cpu.limit === null ? 'no CPU quota' : `CPU quota ${Number(cgroup.cpu.limit.toFixed(2))} (${cgroup.cpu.quotaUs}/${cgroup.cpu.periodUs} µs, ${cgroup.cpu.source ?? '?'})`;
  const cpus = `${cgroup.affinityCpus ?? '?'} CPUs in affinity mask, ${cgroup.onlineCpus ?? '?'} online${cgroup.cpuset.cpus ? `, cpuset ${cgroup.cpuset.cpus}` : ''}`;
  lines.push(`cgroup: ${cgroup.version ? `v${cgroup.version} ${cgroup.path ?? ''}`.trimEnd() : 'none found'}; ${cpu}; ${cpus}`);
  lines.push(`memory: ${cgroup.memory.maxBytes === null ? 'no cgroup memory limit' : `cgroup limit ${cgroup.memory.maxBytes} bytes (${cgroup.memory.source ?? '?'})`}${sys.go.env.GOMEMLIMIT ? `, GOMEMLIMIT=${sys.go.env.GOMEMLIMIT}` : ''}`);
  return lines;
}
