// `--expect os=linux,arch=arm64,cgo=0,static,min-go=1.22.5,trimpath,vcs`: what every inspected
// binary should be. Bare keys mean true; unknown keys and bad values are usage errors.
import type { Expectations } from '../../facts/schema/artifacts.js';
import { normalizeGoVersion } from '../../knowledge/goversion.js';

export const EXPECT_KEYS = ['os', 'arch', 'cgo', 'static', 'min-go', 'trimpath', 'vcs'] as const;

export class ExpectError extends Error {}

function bool(key: string, v: string | undefined): boolean {
  if (v === undefined) return true;
  const s = v.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(s)) return true;
  if (['0', 'false', 'no', 'off'].includes(s)) return false;
  throw new ExpectError(`--expect ${key}=${v}: use ${key}, ${key}=1 or ${key}=0`);
}

/** Parse one or more --expect values (comma separated key[=value] items); later items win. */
export function parseExpectations(values: readonly string[]): Expectations | null {
  if (values.length === 0) return null;
  const out: Expectations = {};
  for (const item of values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    const key = (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? undefined : item.slice(eq + 1);
    const need = () => {
      if (!value) throw new ExpectError(`--expect ${key} needs a value (${key}=...)`);
      return value;
    };
    switch (key) {
      case 'os': case 'goos': out.os = need(); break;
      case 'arch': case 'goarch': out.arch = need(); break;
      case 'platform': {
        const [os, arch] = need().split('/');
        if (!os || !arch) throw new ExpectError(`--expect platform=${value}: use platform=GOOS/GOARCH`);
        out.os = os;
        out.arch = arch;
        break;
      }
      case 'cgo': out.cgo = bool(key, value); break;
      case 'static': out.static = bool(key, value); break;
      case 'dynamic': out.static = !bool(key, value); break;
      case 'trimpath': out.trimpath = bool(key, value); break;
      case 'min-go': case 'mingo': case 'go': {
        const v = normalizeGoVersion(need());
        if (!v) throw new ExpectError(`--expect ${key}=${value}: not a Go version (e.g. 1.22.5 or go1.22.5)`);
        out.minGo = v;
        break;
      }
      case 'vcs':
        if (value === undefined) out.vcs = true;
        else if (/^(0|false|no|off)$/i.test(value)) out.vcs = false;
        else if (/^(1|true|yes|on)$/i.test(value)) out.vcs = true;
        else if (/^[0-9a-f]{4,64}$/i.test(value)) out.vcs = value.toLowerCase();
        else throw new ExpectError(`--expect vcs=${value}: use vcs, vcs=0 or vcs=<revision prefix>`);
        break;
      default:
        throw new ExpectError(`--expect: unknown key ${JSON.stringify(key)} (known: ${EXPECT_KEYS.join(', ')})`);
    }
  }
  return out;
}
