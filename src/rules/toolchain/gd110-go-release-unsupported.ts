import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { endOfSupport } from '../../knowledge/go-releases.js';

/** The go that runs is a release the Go team no longer fixes (security fixes included). */
export const gd110 = defineRule({
  id: 'GD110',
  name: 'go-release-unsupported',
  category: 'toolchain',
  severity: 'warning',
  title: 'The go that runs is past end of support',
  requires: ['toolchains'],
  messages: {
    unsupported: '{path} is {version}, past end of support: each major release is supported until two newer ones exist, and Go 1.{newer} came out{released}, so 1.{minor} gets no security fixes (newest major known here: 1.{newest}).',
  },
  fixTitles: {
    installASupportedRelease: 'Install a supported release',
  },
  sources: ['https://go.dev/doc/devel/release#policy', 'https://go.dev/doc/devel/release', 'https://pkg.go.dev/std?tab=versions'],
  fixable: true,
  docs: {
    what: 'Compares the version of the go that PATH runs with a table of Go major releases (dates of each go1.N.0) and with the newest release seen on this machine; only the two newest majors are supported.',
    why: 'The Go team issues minor releases, security fixes included, for the two newest major releases only. Distribution packages (Debian 12 ships go1.19.8) keep an older major long after that; vulnerabilities fixed in the standard library since then stay in every binary it builds.',
    fix: 'Install a supported release (https://go.dev/dl/) and put it first on PATH; let go.mod and CI name a supported go line.',
  },
  check({ toolchains }) {
    const first = toolchains.installs[0];
    const version = first?.reportedVersion;
    if (!first || !version) return [];
    const seen = [...toolchains.installs, ...toolchains.offPath].map((g) => g.reportedVersion).filter((v): v is string => !!v);
    const eos = endOfSupport(version, seen);
    if (!eos) return [];
    return [{
      messageId: 'unsupported',
      data: { path: first.path, version, minor: Number(/^go1\.(\d+)/.exec(version)?.[1]), newer: eos.newer, released: eos.released ? ` on ${eos.released}` : '', newest: eos.newest },
      evidence: { seen },
      fixes: [{ kind: 'manual', title: fixTitle('installASupportedRelease'), steps: [`Download Go 1.${eos.newest} (or 1.${eos.newest - 1}) from https://go.dev/dl/`, 'Put its bin directory first on PATH in your login shell file'], url: 'https://go.dev/doc/install' }],
    }];
  },
});
