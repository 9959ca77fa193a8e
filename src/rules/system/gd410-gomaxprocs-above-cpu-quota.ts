import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import { defaultGomaxprocs, GOMAXPROCS_SOURCES } from '../../knowledge/platform-minimums.js';

/** Under a cgroup CPU quota, programs from a quota-blind Go start more Ps than the quota allows. */
export const gd410 = defineRule({
  id: 'GD410',
  name: 'gomaxprocs-above-cpu-quota',
  category: 'system',
  severity: 'warning',
  title: 'GOMAXPROCS would exceed the cgroup CPU quota',
  requires: ['system'],
  messages: {
    quotaBlind: 'A program built with {go} here starts with GOMAXPROCS={procs} ({why}) but the cgroup CPU quota is {limit} CPUs ({quota}/{period} µs in {file}): expect CFS throttling and latency spikes.',
    explicit: 'GOMAXPROCS={value} is set in the environment but the cgroup CPU quota is {limit} CPUs ({quota}/{period} µs).',
  },
  fixTitles: {
    matchTheQuota: 'Match the quota',
    matchGomaxprocsToThe: 'Match GOMAXPROCS to the quota',
    optTheModuleInto: 'Opt the module into container-aware GOMAXPROCS (needs Go 1.25+)',
    onGoBefore1: 'On Go before 1.25',
  },
  sources: [...GOMAXPROCS_SOURCES, 'https://docs.kernel.org/scheduler/sched-bwc.html'],
  fixable: true,
  docs: {
    what: 'Reads the CPU bandwidth limit of this process\'s cgroup (v2 cpu.max, v1 cpu.cfs_quota_us/cpu.cfs_period_us) and computes, for each installed Go and the one GOTOOLCHAIN selects, the GOMAXPROCS a program built here would choose: Go 1.25+ takes min(CPUs, max(2, ceil(quota/period))) — but only when the main module says go ≥ 1.25 and GODEBUG does not set containermaxprocs=0; older Go uses the CPU count.',
    why: 'With more running threads than the quota, the kernel throttles the whole cgroup for the rest of each period: tail latency grows and GC pauses stretch. Go 1.25 fixed the default, but the setting follows the main module\'s go line, so a go 1.24 module built with Go 1.26 keeps the old behaviour.',
    fix: 'Build with Go 1.25+ and a go ≥ 1.25 line in go.mod, or set GOMAXPROCS to the quota, or use go.uber.org/automaxprocs on older Go.',
  },
  check({ system }) {
    const { cgroup, go } = system;
    const limit = cgroup.cpu.limit;
    const affinity = cgroup.affinityCpus ?? cgroup.onlineCpus;
    if (limit === null || affinity === null || go.mainModule?.requiresAutomaxprocs) return [];
    const ceiling = Math.max(2, Math.ceil(limit));
    const data = { limit: Number(limit.toFixed(2)), quota: cgroup.cpu.quotaUs ?? 0, period: cgroup.cpu.periodUs ?? 0, file: cgroup.cpu.source ?? 'cgroup' };
    const out: Report<'quotaBlind' | 'explicit'>[] = [];
    const envValue = go.env.GOMAXPROCS;
    if (envValue) {
      const n = Number(envValue);
      if (Number.isInteger(n) && n > ceiling) out.push({ messageId: 'explicit', data: { ...data, value: n }, evidence: { cgroup }, fixes: [{ kind: 'command', title: fixTitle('matchTheQuota'), command: `export GOMAXPROCS=${ceiling}`, shell: 'sh', safety: 'review' }] });
      return out;
    }
    const versions = new Set([...go.installs.map((g) => g.version), ...(go.selected ? [go.selected.version] : [])]);
    for (const v of versions) {
      const r = defaultGomaxprocs({ goVersion: v, mainModuleGo: go.mainModule?.go ?? null, godebug: go.env.GODEBUG, affinityCpus: affinity, cpuLimit: limit });
      if (r.procs <= ceiling) continue;
      const fixes: FixDraft[] = [{ kind: 'command', title: fixTitle('matchGomaxprocsToThe'), command: `export GOMAXPROCS=${ceiling}`, shell: 'sh', safety: 'review' }];
      if (go.mainModule && !r.cgroupAware) fixes.push({ kind: 'command', title: fixTitle('optTheModuleInto'), command: 'go get go@1.25.0', safety: 'review' });
      fixes.push({ kind: 'manual', title: fixTitle('onGoBefore1'), steps: ['import _ "go.uber.org/automaxprocs" in package main'], url: 'https://github.com/uber-go/automaxprocs' });
      out.push({ messageId: 'quotaBlind', data: { ...data, go: v, procs: r.procs, why: r.why }, evidence: { cgroup, mainModule: go.mainModule, godebug: go.env.GODEBUG }, fixes });
    }
    return out;
  },
});
