import { defineRule, type Report } from '../../engine/define-rule.js';
import { exactSetupGoVersion, goModFor, olderThan, scalarAt, switchesToolchain } from '../../analyzers/files/relations.js';
import { setupGoVersions } from './gd701-setup-go-version-unquoted.js';

/** A Go matrix entry below the go line: that cell never runs the Go it names. */
export const gd703 = defineRule({
  id: 'GD703',
  name: 'matrix-below-module-minimum',
  category: 'ci',
  severity: 'warning',
  title: 'CI matrix Go version below the module minimum',
  requires: ['files'],
  messages: {
    switches: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; with Go 1.21+ the go command switches to go{goLine}, so this cell repeats another cell instead of testing Go {version}.',
    fails: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; Go {version} cannot switch toolchains, so this cell fails.',
  },
  sources: ['https://go.dev/doc/toolchain', 'https://go.dev/ref/mod#go-mod-file-go'],
  fixable: false,
  docs: {
    what: 'Reports Go versions in CI matrices (the key setup-go reads, or keys named go/go-version/golang) that are lower than the repository go.mod go line.',
    why: 'The go line is a minimum since Go 1.21. Matrix cells below it either fail (Go < 1.21) or quietly run the newer toolchain the go command downloads, so the matrix claims coverage it does not have.',
    fix: 'Drop the versions below the go line from the matrix, or lower the go line if those versions must stay supported.',
  },
  check({ files }) {
    const out: Report<'switches' | 'fails'>[] = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      if (!mod?.go) continue;
      for (const { s, job, fromMatrix } of setupGoVersions(c)) {
        const v = fromMatrix ? exactSetupGoVersion(s.value) : null;
        if (!v || !olderThan(v, mod.go.value)) continue;
        const sw = switchesToolchain(v);
        out.push({
          messageId: sw ? 'switches' : 'fails',
          data: { key: fromMatrix!, version: s.numeric && s.raw.trim() !== s.value ? `${s.raw.trim()} (read as ${v})` : v, goLine: mod.go.value, gomod: mod.path },
          evidence: { job, goMod: mod.path },
          location: scalarAt(c.path, s),
          ...(sw ? {} : { severity: 'error' as const }),
        });
      }
    }
    return out;
  },
});
