import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { formatBytes } from './fixes.js';

/** GOMEMLIMIT as runtime/debug parses it: bytes with an optional B/KiB/MiB/GiB/TiB suffix, or off. */
export function parseGomemlimit(v: string): number | null | 'off' {
  const s = v.trim();
  if (s === 'off') return 'off';
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(s);
  if (!m) return null;
  const mult = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 }[m[2] ?? 'B']!;
  return Number(m[1]) * mult;
}

/** Go does not read memory.max: without GOMEMLIMIT the GC does not see the container limit. */
export const gd411 = defineRule({
  id: 'GD411',
  name: 'gomemlimit-vs-memory-max',
  category: 'system',
  severity: 'warning',
  title: 'GOMEMLIMIT does not fit the cgroup memory limit',
  requires: ['system'],
  messages: {
    unset: 'The cgroup memory limit is {max} ({file}) and GOMEMLIMIT is not set: the Go runtime does not read it, so the heap can grow past it and the OOM killer ends the process.',
    above: 'GOMEMLIMIT={value} ({limit}) is at or above the cgroup memory limit {max}: the GC starts working harder only after the OOM killer would have struck.',
    invalid: 'GOMEMLIMIT={value} is not a valid value (bytes with an optional B, KiB, MiB, GiB or TiB suffix, or off): Go programs exit at startup.',
  },
  fixTitles: {
    setASoftLimit: 'Set a soft limit at 90% of the container limit',
  },
  sources: ['https://go.dev/doc/gc-guide#Memory_limit', 'https://pkg.go.dev/runtime#hdr-Environment_Variables', 'https://docs.kernel.org/admin-guide/cgroup-v2.html#memory-interface-files'],
  fixable: true,
  docs: {
    what: 'Compares GOMEMLIMIT in the environment with the memory limit of this process\'s cgroup (v2 memory.max, v1 memory.limit_in_bytes).',
    why: 'The Go runtime derives its CPU limit from cgroups since 1.25 but never its memory limit. Without GOMEMLIMIT the GC paces by GOGC alone; a heap that peaks at twice the live data can cross memory.max and the kernel kills the process instead of the GC collecting earlier.',
    fix: 'Set GOMEMLIMIT to about 90% of the container limit (leaving room for non-heap memory), and keep GOGC as it is.',
  },
  check({ system }) {
    const max = system.cgroup.memory.maxBytes;
    const value = system.go.env.GOMEMLIMIT;
    if (value) {
      const parsed = parseGomemlimit(value);
      if (parsed === null) return [{ messageId: 'invalid', severity: 'error', data: { value }, evidence: { GOMEMLIMIT: value } }];
      if (max === null || parsed === 'off' || parsed < max) return [];
      return [{ messageId: 'above', data: { value, limit: formatBytes(parsed), max: formatBytes(max) }, evidence: { memory: system.cgroup.memory }, fixes: [suggest(max)] }];
    }
    if (max === null) return [];
    return [{ messageId: 'unset', severity: 'info', data: { max: formatBytes(max), file: system.cgroup.memory.source ?? 'cgroup' }, evidence: { memory: system.cgroup.memory }, fixes: [suggest(max)] }];
  },
});

function suggest(max: number) {
  const mib = Math.floor((max * 0.9) / 2 ** 20);
  return { kind: 'command' as const, title: fixTitle('setASoftLimit'), command: `export GOMEMLIMIT=${mib}MiB`, shell: 'sh' as const, safety: 'review' as const };
}
