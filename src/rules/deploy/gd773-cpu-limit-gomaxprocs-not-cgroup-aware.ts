import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { goModFor, olderThan } from '../file-relations.js';
import { at, envVar, goEvidence, sites, where } from './shared.js';

/** The cgroup-aware GOMAXPROCS default needs Go 1.25 and a main module whose go line is 1.25 or later. */
const CGROUP_AWARE_SINCE = '1.25';

/** A CPU limit on a Go program whose runtime ignores it: GOMAXPROCS is the node's CPU count. */
export const gd773 = defineRule({
  id: 'GD773',
  name: 'cpu-limit-gomaxprocs-not-cgroup-aware',
  category: 'deploy',
  severity: 'info',
  title: 'A CPU limit on a Go program whose GOMAXPROCS does not follow it (go line before 1.25)',
  requires: ['files'],
  messages: {
    old: '{where} runs a Go program ({evidence}) with a CPU limit of {cpuRaw} ({cpus} CPU), and its module {module} says go {goLine} ({modPath}:{modLine}): below go 1.25 the runtime keeps the old default (GODEBUG containermaxprocs=0 even when built with Go 1.25 or later), so GOMAXPROCS is the node\'s CPU count and the container is throttled whenever more threads run than the quota allows.',
  },
  fixTitles: {
    makeGomaxprocsFollowThe: 'Make GOMAXPROCS follow the limit',
  },
  sources: ['https://go.dev/doc/go1.25#runtime', 'https://go.dev/blog/container-aware-gomaxprocs', 'src/internal/godebugs/table.go', 'src/runtime/cgroup_linux.go', 'https://go.dev/doc/godebug'],
  fixable: true,
  docs: {
    what: 'Reports a container with a CPU limit that runs the repository\'s Go program (it sets a Go runtime variable, or its image is named after the Go module) when that module\'s go line is below 1.25, GOMAXPROCS is not set in the container and no source imports go.uber.org/automaxprocs.',
    why: 'Go 1.25 made the default GOMAXPROCS follow the cgroup CPU limit. The change is a GODEBUG setting (containermaxprocs, internal/godebugs/table.go: Changed 25, Old 0) and GODEBUG defaults follow the main module\'s go line: a module that says go 1.24 keeps GOMAXPROCS at the number of CPUs the node has even when built with Go 1.25 or later. On a 64-CPU node with a 2-CPU limit, 64 threads share a quota of 2 CPUs per 100 ms period and the container is throttled.',
    fix: 'Raise the module\'s go line to 1.25 or later (and build with Go 1.25 or later), or set GOMAXPROCS in the container to the limit rounded up, or add //go:debug containermaxprocs=1 to the main package.',
  },
  check({ files }) {
    const out: Report<'old'>[] = [];
    if (files.goSources.automaxprocs?.length) return out;
    for (const s of sites(files)) {
      const cpu = s.container.cpuLimit;
      if (!cpu || envVar(s.container, 'GOMAXPROCS')) continue;
      if (/containermaxprocs=1/.test(envVar(s.container, 'GODEBUG')?.value ?? '')) continue;
      const mod = goModFor(files, s.file.path);
      if (!mod?.go || !olderThan(mod.go.value, CGROUP_AWARE_SINCE)) continue;
      const evidence = goEvidence(files, s);
      if (!evidence) continue;
      out.push({
        messageId: 'old',
        data: { where: where(s), evidence, cpuRaw: cpu.raw, cpus: cpu.cpus, module: mod.module?.value ?? '?', goLine: mod.go.value, modPath: mod.path, modLine: mod.go.line },
        evidence: { goLine: mod.go.value, cpuLimit: cpu.cpus },
        location: at(s, cpu.line),
        fixes: [{ kind: 'manual', title: fixTitle('makeGomaxprocsFollowThe'), steps: [`env: GOMAXPROCS=${Math.max(1, Math.ceil(cpu.cpus))}`, `or: go mod edit -go=${CGROUP_AWARE_SINCE} (and build with Go ${CGROUP_AWARE_SINCE} or later)`] }],
      });
    }
    return out;
  },
});
