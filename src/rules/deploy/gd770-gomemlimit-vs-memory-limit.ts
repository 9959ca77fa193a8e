import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { bytesText, goMemLimitText, parseGoMemLimit } from '../../knowledge/quantities.js';
import { at, envVar, sites, where } from './shared.js';

/** GOMEMLIMIT the runtime refuses, or set at or above the container's memory limit. */
export const gd770 = defineRule({
  id: 'GD770',
  name: 'gomemlimit-vs-memory-limit',
  category: 'deploy',
  severity: 'warning',
  title: 'GOMEMLIMIT is malformed, or at or above the container\'s memory limit',
  requires: ['files'],
  messages: {
    malformed: '{where} sets GOMEMLIMIT={value}, which the Go runtime does not accept (digits with an optional B, KiB, MiB, GiB or TiB suffix, or off): the program dies at start-up with "malformed GOMEMLIMIT".',
    atOrAbove: '{where} sets GOMEMLIMIT={value} ({limitText}) {relation} its memory limit {memRaw} ({memText}): the kernel kills the container (OOM) before the Go GC works harder to stay under it. About 90 % of the limit leaves room for memory the Go runtime does not count: GOMEMLIMIT={suggest}.',
  },
  fixTitles: {
    writeTheLimitIn: 'Write the limit in a unit Go reads',
    leaveHeadroomUnderThe: 'Leave headroom under the container limit',
  },
  sources: ['src/runtime/mgcpacer.go', 'src/runtime/string.go', 'https://go.dev/doc/gc-guide#Memory_limit', 'https://pkg.go.dev/runtime/debug#SetMemoryLimit', 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
  fixable: true,
  docs: {
    what: 'Reads GOMEMLIMIT from the environment of each container of a Kubernetes workload (a Helm chart template too, rendered with its chart\'s values.yaml where the values are plain), Helm values entry or compose service, with the container\'s memory limit (resources.limits.memory, mem_limit, deploy.resources.limits.memory). Reports a value the runtime rejects, and a limit at or above the container\'s (resourceFieldRef limits.memory gives exactly the limit).',
    why: 'GOMEMLIMIT is a soft limit on the memory the Go runtime manages; the container limit is a hard one enforced by the kernel. Set at or above the container limit, the GC starts working harder only when the cgroup is already full, and the OOM killer ends the process first. The runtime parses GOMEMLIMIT strictly (runtime/string.go parseByteCount): 1G, 512M or 1.5GiB make it throw "malformed GOMEMLIMIT" before main runs.',
    fix: 'Set GOMEMLIMIT to about 90 % of the container\'s memory limit, in a unit Go reads (460MiB for 512Mi), leaving headroom for memory outside the Go heap (cgo, stacks of blocked threads, mapped files).',
  },
  check({ files }) {
    const out: Report<'malformed' | 'atOrAbove'>[] = [];
    for (const s of sites(files)) {
      const v = envVar(s.container, 'GOMEMLIMIT');
      if (!v) continue;
      const mem = s.container.memoryLimit;
      const fromLimit = v.resourceField === 'limits.memory';
      if (v.value !== null && !v.value.includes('{{') && !v.value.includes('$')) {
        const parsed = parseGoMemLimit(v.value);
        if (parsed.malformed) {
          const fixed = /^(\d+)\s*([KMGT])i?B?$/i.exec(v.value.trim());
          const step = fixed ? `GOMEMLIMIT=${fixed[1]}${fixed[2]!.toUpperCase()}iB` : 'GOMEMLIMIT=<digits><B|KiB|MiB|GiB|TiB>, e.g. 460MiB';
          out.push({ messageId: 'malformed', severity: 'error', data: { where: where(s), value: v.value }, location: at(s, v.line), fixes: [{ kind: 'manual', title: fixTitle('writeTheLimitIn'), steps: [step] }] });
          continue;
        }
        if (!mem || parsed.bytes === null || parsed.bytes < mem.bytes) continue;
        out.push(report(s, v.line, v.value, parsed.bytes, mem));
      } else if (fromLimit && mem) {
        out.push(report(s, v.line, 'resourceFieldRef limits.memory', mem.bytes, mem));
      }
    }
    return out;

    function report(s: Parameters<typeof where>[0], line: number, value: string, bytes: number, mem: { bytes: number; raw: string; line: number }): Report<'atOrAbove'> {
      const suggest = goMemLimitText(Math.floor((mem.bytes * 0.9) / 2 ** 20) * 2 ** 20);
      return {
        messageId: 'atOrAbove',
        data: { where: where(s), value, limitText: bytesText(bytes), relation: bytes === mem.bytes ? 'equals' : 'is above', memRaw: mem.raw, memText: bytesText(mem.bytes), suggest },
        evidence: { gomemlimitBytes: bytes, memoryLimitBytes: mem.bytes, memoryLimitLine: mem.line },
        location: at(s, line),
        fixes: [{ kind: 'manual', title: fixTitle('leaveHeadroomUnderThe'), steps: [`GOMEMLIMIT=${suggest} (about 90 % of ${mem.raw})`] }],
      };
    }
  },
});
