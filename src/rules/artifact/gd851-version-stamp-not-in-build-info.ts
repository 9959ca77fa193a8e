import { defineRule } from '../../engine/define-rule.js';
import { label, loc } from './shared.js';

/** A -X version stamp that build info does not carry: tools report (devel) for a release build. */
export const gd851 = defineRule({
  id: 'GD851',
  name: 'version-stamp-not-in-build-info',
  category: 'artifact',
  severity: 'info',
  title: 'Version set with -X while build info says (devel)',
  requires: ['artifacts'],
  messages: {
    devel: '{subject} was stamped {name}={value} (-ldflags=-X), but its build info gives the main module version "{version}": go version -m, govulncheck and SBOM generators report that instead.',
  },
  sources: ['src/cmd/go/internal/load/pkg.go', 'src/cmd/link/internal/ld/data.go', 'https://go.dev/doc/go1.24#go-command'],
  fixable: false,
  docs: {
    what: 'Reports binaries whose main.version, main.Version or .../version.Version variable holds a value (read through the symbol table) while build info records the main module version as (devel).',
    why: 'Release tooling stamps the version with -X, but tools that inventory binaries read the module version from build info. Since Go 1.24 go build records the version of a tagged VCS checkout there (setBuildInfo in cmd/go/internal/load/pkg.go); older Go, -buildvcs=false or an untagged checkout leave (devel).',
    fix: 'Build with Go 1.24 or later from a clean checkout of the release tag with VCS stamping on (the default; not -buildvcs=false), or install with `go install module@version`, which records the version.',
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => b.buildInfo?.main?.version === '(devel)' && b.versionVariables.length > 0).map((b) => {
      const v = b.versionVariables[0]!;
      return {
        messageId: 'devel' as const,
        data: { subject: label(b), name: v.name, value: v.value, version: b.buildInfo!.main!.version },
        evidence: { versionVariables: b.versionVariables },
        location: loc(b),
      };
    });
  },
});
