import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { exactSetupGoVersion, goModFor, olderThan, scalarAt, setupGoOutcome, ciGoToolchain, preToolchainGoRejects } from '../file-relations.js';
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
    switches: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; with setup-go@{ref} the go command switches to go{goLine}, so this cell repeats another cell instead of testing Go {version}.',
    fails: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; Go {version} cannot switch toolchains and cannot read a three-part go line or a toolchain directive, so this cell fails with "errors parsing go.mod".',
    failsLocal: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; setup-go@{ref} exports GOTOOLCHAIN=local, so this cell fails with "go.mod requires go >= {goLine}".',
    failsEnv: 'Matrix {key}: {version} is below the go {goLine} in {gomod}; the workflow sets GOTOOLCHAIN=local, so this cell fails with "go.mod requires go >= {goLine}".',
    unknownRef: 'Matrix {key}: {version} is below the go {goLine} in {gomod}: the cell fails under GOTOOLCHAIN=local (setup-go v6+, golang images) or silently runs go{goLine} instead of Go {version}.',
  },
  fixTitles: {
    matchTheMatrixTo: 'Match the matrix to go.mod',
  },
  sources: ['https://go.dev/doc/toolchain', 'src/cmd/go/internal/modload/init.go', 'https://go.dev/ref/mod#go-mod-file-go', 'https://github.com/actions/setup-go/pull/460'],
  fixable: false,
  docs: {
    what: 'Reports Go versions in CI matrices (the key setup-go reads, or keys named go/go-version/golang) that are lower than the repository go.mod go line.',
    why: 'The go line is a minimum since Go 1.21. Matrix cells below it fail (Go < 1.21 on a three-part go line or a toolchain directive, or GOTOOLCHAIN=local as setup-go v6+ exports; Go < 1.21 treats a two-part go line as advisory, so that cell is not reported) or quietly run the newer toolchain the go command downloads (setup-go v5 and earlier), so the matrix claims coverage it does not have.',
    fix: 'Drop the versions below the go line from the matrix, or lower the go line if those versions must stay supported.',
  },
  check({ files }) {
    const out: Report<'switches' | 'fails' | 'failsLocal' | 'failsEnv' | 'unknownRef'>[] = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      if (!mod?.go) continue;
      for (const { s, job, fromMatrix, ref } of setupGoVersions(c)) {
        const v = fromMatrix ? exactSetupGoVersion(s.value) : null;
        if (!v || !olderThan(v, mod.go.value)) continue;
        const outcome = setupGoOutcome(v, ref, ciGoToolchain(c, job));
        // Go before 1.21 builds a module whose two-part go line is newer: nothing fails for that.
        if (outcome === 'fails' && !preToolchainGoRejects(mod)) continue;
        out.push({
          messageId: outcome,
          data: { key: fromMatrix!, version: s.numeric && s.raw.trim() !== s.value ? `${s.raw.trim()} (read as ${v})` : v, goLine: mod.go.value, gomod: mod.path, ref: ref ?? '' },
          evidence: { job, goMod: mod.path, action: ref ? `actions/setup-go@${ref}` : null },
          location: scalarAt(c.path, s),
          fixes: [{ kind: 'manual', title: fixTitle('matchTheMatrixTo'), steps: [`Remove ${v} from matrix.${fromMatrix}, or lower the go line in ${mod.path} if Go ${v} must stay supported.`], url: 'https://go.dev/doc/toolchain' }],
          ...(outcome === 'fails' || outcome === 'failsLocal' || outcome === 'failsEnv' ? { severity: 'error' as const } : {}),
        });
      }
    }
    return out;
  },
});
