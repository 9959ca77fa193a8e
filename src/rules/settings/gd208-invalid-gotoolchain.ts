import { defineRule } from '../../engine/define-rule.js';
import { versionFromToolchain } from '../../knowledge/toolchain-names.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { originLocation, originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';

/** GOTOOLCHAIN values select.go rejects, or language versions it cannot download. */
export function gotoolchainProblem(value: string): { messageId: 'invalid' | 'langVersion'; detail: string } | null {
  if (value === '' || value === 'auto' || value === 'path' || value === 'local') return null;
  const plus = value.indexOf('+');
  const min = plus >= 0 ? value.slice(0, plus) : value;
  const suffix = plus >= 0 ? value.slice(plus + 1) : null;
  if (min !== 'local') {
    const v = versionFromToolchain(min);
    if (!v) return { messageId: 'invalid', detail: plus >= 0 ? `invalid minimum toolchain "${min}"` : 'not local, auto, path, a toolchain name like go1.22.3, or <name>+auto/+path' };
    if (/^\d+\.\d+$/.test(v) && compareGoVersions(v, '1.21') >= 0) return { messageId: 'langVersion', detail: `${min} is a language version, not a toolchain (use ${min}.0 or a later ${min}.x)` };
  }
  if (suffix !== null && suffix !== 'auto' && suffix !== 'path') return { messageId: 'invalid', detail: 'only version suffixes are +auto and +path' };
  return null;
}

export const gd208 = defineRule({
  id: 'GD208',
  name: 'invalid-gotoolchain',
  category: 'settings',
  severity: 'error',
  title: 'GOTOOLCHAIN has a value the go command rejects',
  requires: ['goenv'],
  messages: {
    invalid: 'GOTOOLCHAIN={value} (from {origin}) is invalid ({detail}): every go command fails with "go: invalid GOTOOLCHAIN".',
    langVersion: 'GOTOOLCHAIN={value} (from {origin}): {detail}; the switch fails with "invalid toolchain: ... is a language version but not a toolchain version".',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/toolchain/select.go', 'https://go.dev/doc/toolchain#config'],
  fixable: true,
  docs: {
    what: 'Validates GOTOOLCHAIN against the forms cmd/go accepts: local, auto, path, goX.Y.Z, and <name>+auto or <name>+path.',
    why: 'The go command checks GOTOOLCHAIN at start-up, before running any subcommand, so an invalid value breaks every command (only `go env GOTOOLCHAIN` and `go env -w GOTOOLCHAIN=...` still work, which is the way out). Since Go 1.21, releases are named go1.N.0, so go1.22 names no downloadable toolchain.',
    fix: 'Set a valid value where it is set (for the go env -w file: `go env -w GOTOOLCHAIN=auto`).',
  },
  check({ goenv }) {
    const s = goenv.settings.GOTOOLCHAIN;
    if (!s) return [];
    const p = gotoolchainProblem(s.value);
    if (!p) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: p.messageId, data: { value: s.value, origin: originText(goenv, s), detail: p.detail }, fixes: unsetFixes(s, 'auto'), ...(location ? { location } : {}) }];
  },
});
