// `--expect os=linux,arch=arm64,cgo=0,static,min-go=1.22.5,trimpath,vcs`: what every inspected
// binary should be. Bare keys mean true; unknown keys and bad values are usage errors.
// `platform=` takes docker's platform syntax and lists: platform=linux/amd64,linux/arm/v7 (an
// item without "=" that looks like os/arch continues the list before it).
import type { Expectations, Platform } from '../../facts/schema/artifacts.js';
import { normalizeGoVersion } from '../../knowledge/goversion.js';
import { normalizeVariant, VARIANT_SETTING } from '../../knowledge/platform-variants.js';
import { normalizeCapName } from './file-caps.js';

export const EXPECT_KEYS = ['os', 'arch', 'platform', 'cgo', 'static', 'min-go', 'trimpath', 'vcs', 'race', 'buildmode', 'cap'] as const;

/** -buildmode values cmd/go accepts (go help buildmode). */
const BUILDMODES = ['archive', 'c-archive', 'c-shared', 'default', 'shared', 'exe', 'pie', 'plugin'];

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
  let os: string | undefined;
  let arch: Omit<Platform, 'os'> | undefined;
  let previous = '';
  for (const item of values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    // docker's list syntax: platform=linux/amd64,linux/arm64 continues with bare os/arch items.
    const key = eq < 0 && previous === 'platform' && item.includes('/') ? 'platform' : (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? (key === 'platform' ? item : undefined) : item.slice(eq + 1);
    previous = key;
    const need = () => {
      if (!value) throw new ExpectError(`--expect ${key} needs a value (${key}=...)`);
      return value;
    };
    switch (key) {
      case 'os': case 'goos': os = need(); break;
      case 'arch': case 'goarch': arch = parseArch(need(), `${key}=${value}`); break;
      case 'platform': {
        const [pos, ...rest] = need().split('/');
        if (!pos || rest.length < 1 || rest.length > 2) throw new ExpectError(`--expect platform=${value}: use platform=os/arch[/variant], e.g. linux/arm/v7 (lists: platform=linux/amd64,linux/arm64)`);
        (out.platforms ??= []).push({ os: pos, ...parseArch(rest.join('/'), `platform=${value}`) });
        break;
      }
      case 'race': out.race = bool(key, value); break;
      case 'buildmode': {
        const mode = need();
        if (!BUILDMODES.includes(mode)) throw new ExpectError(`--expect buildmode=${mode}: use one of ${BUILDMODES.join(', ')}`);
        out.buildmode = mode;
        break;
      }
      case 'cap': case 'caps': {
        // cap=cap_net_bind_service, cap=net_bind_service; '+' joins several in one item.
        for (const name of need().split('+')) {
          const c = normalizeCapName(name);
          if (!c) throw new ExpectError(`--expect ${key}=${value}: ${JSON.stringify(name)} is not a Linux capability (e.g. cap_net_bind_service; see capabilities(7))`);
          if (!(out.caps ??= []).includes(c)) out.caps.push(c);
        }
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
  if (os !== undefined || arch !== undefined) {
    if (out.platforms) throw new ExpectError('--expect: give platform=os/arch[/variant] or os= and arch=, not both');
    out.platforms = [{ os: os ?? null, arch: arch?.arch ?? null, variant: arch?.variant ?? null }];
  }
  return out;
}

/** "arm/v7" → arch arm, variant v7; the variant is checked against what docker and Go know for that GOARCH. */
function parseArch(text: string, item: string): Omit<Platform, 'os'> {
  const [a, variant, extra] = text.split('/');
  if (!a || extra !== undefined) throw new ExpectError(`--expect ${item}: use arch or arch/variant, e.g. arm/v7 or amd64/v3`);
  if (variant === undefined) return { arch: a, variant: null };
  const v = normalizeVariant(a, variant);
  if (!v) {
    const known = VARIANT_SETTING[a] ? `${a} variants are ${{ arm: 'v5, v6, v7 (GOARM)', amd64: 'v1 to v4 (GOAMD64)', arm64: 'v8, v8.N, v9, v9.N (GOARM64)' }[a]}` : `${a} has no variant`;
    throw new ExpectError(`--expect ${item}: ${JSON.stringify(variant)} is not a variant of ${a}; ${known}`);
  }
  return { arch: a, variant: v };
}
