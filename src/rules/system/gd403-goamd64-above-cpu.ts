import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { GOAMD64_SOURCES, missingFlagsFor } from '../../knowledge/platform-minimums.js';

/** GOAMD64 asks for a microarchitecture level this CPU lacks: built programs refuse to start. */
export const gd403 = defineRule({
  id: 'GD403',
  name: 'goamd64-above-cpu',
  category: 'system',
  severity: 'error',
  title: 'GOAMD64 level above what this CPU supports',
  requires: ['system'],
  messages: {
    above: 'GOAMD64={level} ({source}) but this CPU supports {cpuLevel} (missing {missing}): programs built here exit with "This program can only be run on AMD64 processors with {level} microarchitecture support."',
  },
  fixTitles: {
    removeTheGoEnv: 'Remove the go env -w setting',
    buildForThisCpu: 'Build for this CPU',
  },
  sources: [...GOAMD64_SOURCES],
  fixable: true,
  docs: {
    what: 'Compares GOAMD64 (from the environment, go env -w or go.env) with the highest x86-64 microarchitecture level the CPU flags in /proc/cpuinfo support.',
    why: 'Binaries built with GOAMD64=v2/v3/v4 check the CPU at startup (runtime asm_amd64.s) and exit with "This program can only be run on AMD64 processors with vN microarchitecture support." — go run, go test and every tool built here fail on this machine.',
    fix: 'Lower GOAMD64 to the level the CPU supports (v1 is the default), or set it only for builds that target newer servers.',
  },
  check({ system }) {
    const { GOAMD64: level, GOAMD64Source: source } = system.go.env;
    const cpuLevel = system.arch.amd64Level;
    if (!level || !cpuLevel || !/^v[234]$/.test(level) || level <= cpuLevel) return [];
    const missing = missingFlagsFor(level as 'v2' | 'v3' | 'v4', new Set(system.arch.cpuFlags));
    const fixes = source === 'user-file'
      ? [{ kind: 'command' as const, title: fixTitle('removeTheGoEnv'), command: 'go env -u GOAMD64', safety: 'safe' as const }]
      : [{ kind: 'command' as const, title: fixTitle('buildForThisCpu'), command: `export GOAMD64=${cpuLevel}`, shell: 'sh' as const, safety: 'safe' as const }];
    return [{
      messageId: 'above',
      data: { level, source: source ?? 'unknown', cpuLevel, missing: missing.join(', ') || 'unknown' },
      evidence: { cpuFlags: system.arch.cpuFlags },
      fixes,
    }];
  },
});
