import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { label, loc, rebuild, setting, REBUILD_FIX_TITLES } from './shared.js';

/** `--expect race=0|1,buildmode=MODE`: build settings recorded in build info. */
export const gd816 = defineRule({
  id: 'GD816',
  name: 'build-mode-mismatch',
  category: 'artifact',
  severity: 'error',
  title: 'Binary was built with -race or a -buildmode other than expected',
  requires: ['artifacts'],
  messages: {
    race: '{subject} was built {actual}, expected {expected}.',
    buildmode: '{subject} was built with -buildmode={actual}, expected -buildmode={expected}.',
  },
  fixTitles: {
    ...REBUILD_FIX_TITLES,
    rebuildWithRace: 'Rebuild with the race detector',
    rebuildWithoutRace: 'Rebuild without -race (check GOFLAGS too)',
  },
  sources: ['src/cmd/go/internal/load/pkg.go', 'https://go.dev/doc/articles/race_detector', 'https://pkg.go.dev/cmd/go#hdr-Build_modes'],
  fixable: true,
  docs: {
    what: 'Compares the -race and -buildmode settings that go build records in build info with race= and buildmode= given to --expect.',
    why: 'A race-enabled binary is 2 to 20 times slower, uses 5 to 10 times the memory, needs cgo and exits on the first race: a CI job that reuses a test build ships it. The build mode decides whether the result is an executable, a position-independent executable (pie, needed by some hardened platforms) or a library.',
    fix: 'Build release binaries without -race, with the -buildmode the platform needs, and check GOFLAGS for inherited flags (go env GOFLAGS).',
  },
  check({ artifacts }) {
    const want = artifacts.expect;
    if (!want || (want.race === undefined && want.buildmode === undefined)) return [];
    const out: Report<'race' | 'buildmode'>[] = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const race = setting(b, '-race') === 'true';
      if (want.race !== undefined && race !== want.race) {
        const says = (on: boolean) => (on ? 'with -race' : 'without -race');
        out.push({ messageId: 'race', data: { subject: label(b), actual: says(race), expected: says(want.race) }, location: loc(b), fixes: [rebuild({}, want.race ? ['-race'] : [], fixTitle(want.race ? 'rebuildWithRace' : 'rebuildWithoutRace'))] });
      }
      // cmd/go records "exe" for the default mode (load/pkg.go: appendSetting("-buildmode", BuildBuildmode)).
      const mode = setting(b, '-buildmode') ?? 'exe';
      const expected = want.buildmode === 'default' ? 'exe' : want.buildmode;
      if (expected !== undefined && mode !== expected) {
        out.push({ messageId: 'buildmode', data: { subject: label(b), actual: mode, expected }, location: loc(b), fixes: [rebuild({}, [`-buildmode=${expected}`])] });
      }
    }
    return out;
  },
});
