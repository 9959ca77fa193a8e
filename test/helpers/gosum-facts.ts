// Project and gosum facts for the go.sum rules' tables.
import type { GoSumFacts } from '../../src/facts/schema/gosum.js';
import type { ModFileSummary, ProjectFacts } from '../../src/facts/schema/project.js';
import type { AnyRule } from '../../src/engine/define-rule.js';
import { check, factsWith } from './rules.js';

export function gomod(over: Partial<ModFileSummary> = {}): ModFileSummary {
  return {
    path: '/p/go.mod', module: 'example.com/p', go: '1.22', toolchain: null, tools: [], errors: [], replaces: [],
    requires: [{ path: 'golang.org/x/text', version: 'v0.3.6', indirect: false, line: 7 }, { path: 'golang.org/x/sys', version: 'v0.1.0', indirect: true, line: 8 }],
    ...over,
  };
}

export const sumLine = (path: string, version: string, goMod: boolean, line: number, hash = 'h1:x=') => ({ path, version, goMod, hash, line });

export function gosum(over: Partial<GoSumFacts> = {}): GoSumFacts {
  return {
    path: '/p/go.sum', exists: true, workspace: false, malformed: [],
    lines: [sumLine('golang.org/x/text', 'v0.3.6', false, 1), sumLine('golang.org/x/text', 'v0.3.6', true, 2), sumLine('golang.org/x/sys', 'v0.1.0', true, 3)],
    cache: { gomodcache: '/m', checked: 3, notInCache: 0, mismatches: [] },
    ...over,
  };
}

export function run(rule: AnyRule, sum: GoSumFacts, mod: ModFileSummary = gomod()) {
  const project: ProjectFacts = { cwd: '/p', gomod: mod, gowork: null, hasVendor: false, selection: null };
  return check(rule, factsWith({ project, gosum: sum }));
}
