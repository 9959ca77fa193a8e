import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, envVar, sites, where } from './shared.js';

/** GOMAXPROCS set to more threads than the CPU limit lets run. */
export const gd772 = defineRule({
  id: 'GD772',
  name: 'gomaxprocs-above-cpu-limit',
  category: 'deploy',
  severity: 'warning',
  title: 'GOMAXPROCS is set above the container\'s CPU limit',
  requires: ['files'],
  messages: {
    above: '{where} sets GOMAXPROCS={value} with a CPU limit of {cpuRaw} ({cpus} CPU): {value} threads run Go code at once against a quota of {cpus} CPU per period, so the container is throttled for the rest of each 100 ms period and tail latency grows. GOMAXPROCS={suggest} matches the limit.',
  },
  fixTitles: {
    matchGomaxprocsToThe: 'Match GOMAXPROCS to the limit',
  },
  sources: ['src/runtime/proc.go', 'https://go.dev/doc/go1.25#runtime', 'https://docs.kernel.org/scheduler/sched-bwc.html', 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-cpu'],
  fixable: true,
  docs: {
    what: 'Compares a GOMAXPROCS value in a container\'s environment with its CPU limit (resources.limits.cpu, cpus, deploy.resources.limits.cpus) and reports a value above the limit rounded up.',
    why: 'A CPU limit is a CFS bandwidth quota: so much CPU time per 100 ms period. GOMAXPROCS threads run Go code in parallel (and the GC uses a quarter of them), so more threads than the quota burn it early in the period and the whole container waits for the next one. Setting GOMAXPROCS by hand also turns off Go 1.25\'s automatic, cgroup-aware default.',
    fix: 'Set GOMAXPROCS to the CPU limit rounded up (at least 1), or remove it and build with Go 1.25 or later from a module whose go line is 1.25 or later, where the default follows the limit.',
  },
  check({ files }) {
    const out: Report<'above'>[] = [];
    for (const s of sites(files)) {
      const v = envVar(s.container, 'GOMAXPROCS');
      const cpu = s.container.cpuLimit;
      if (!v?.value || !cpu || !/^\d+$/.test(v.value.trim())) continue;
      const suggest = Math.max(1, Math.ceil(cpu.cpus));
      if (Number(v.value) <= suggest) continue;
      out.push({
        messageId: 'above',
        data: { where: where(s), value: v.value.trim(), cpuRaw: cpu.raw, cpus: cpu.cpus, suggest },
        evidence: { cpuLimitLine: cpu.line },
        location: at(s, v.line),
        fixes: [{ kind: 'manual', title: fixTitle('matchGomaxprocsToThe'), steps: [`GOMAXPROCS=${suggest}`] }],
      });
    }
    return out;
  },
});
