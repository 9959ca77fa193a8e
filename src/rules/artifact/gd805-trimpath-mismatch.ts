import { defineRule, type Report } from '../../engine/define-rule.js';
import { label, loc, rebuild, setting, REBUILD_FIX_TITLES } from './shared.js';

/** `--expect trimpath`: reproducible builds need -trimpath; its absence leaks build paths. */
export const gd805 = defineRule({
  id: 'GD805',
  name: 'trimpath-mismatch',
  category: 'artifact',
  severity: 'error',
  title: 'Binary was built without -trimpath when it was expected (or the reverse)',
  requires: ['artifacts'],
  messages: {
    missing: '{subject} was built without -trimpath: file system paths of the build machine are embedded.',
    unexpected: '{subject} was built with -trimpath, expected without.',
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies', 'src/cmd/go/internal/load/pkg.go'],
  fixable: true,
  docs: {
    what: 'Checks the -trimpath build setting recorded in each Go binary\'s build info against trimpath given to --expect.',
    why: 'Without -trimpath the binary embeds absolute source paths (home directories, CI workspace names) in panics and debug info, and two builds of the same commit on different machines differ, which breaks reproducible-build checks.',
    fix: 'Add -trimpath to the go build flags (or GOFLAGS=-trimpath in the build environment).',
  },
  check({ artifacts }) {
    const want = artifacts.expect?.trimpath;
    if (want === undefined) return [];
    const out: Report<'missing' | 'unexpected'>[] = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const has = setting(b, '-trimpath') === 'true';
      if (want && !has) out.push({ messageId: 'missing' as const, data: { subject: label(b) }, location: loc(b), fixes: [rebuild({}, ['-trimpath'])] });
      if (!want && has) out.push({ messageId: 'unexpected' as const, data: { subject: label(b) }, location: loc(b) });
    }
    return out;
  },
});
