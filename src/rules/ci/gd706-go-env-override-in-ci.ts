import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import type { Severity } from '../../facts/findings.js';
import { scalarAt } from '../file-relations.js';

type M = 'goflags' | 'goflagsRisky' | 'goflagsInsecure' | 'goproxyDirect' | 'goproxy' | 'sumdbOff';

/**
 * GOFLAGS entries that change only output or the cache's file modes, never what is built or fetched.
 * -mod=vendor is here too: with a vendor/modules.txt (and go >= 1.14 in go.mod) it is already the
 * default of every go command, and without one the job fails; either way CI cannot quietly differ.
 */
const HARMLESS_FLAG = /^-(json|v|x|n|modcacherw|p=\d+|mod=vendor)$/;
/** GOFLAGS entries that let CI differ from a clean checkout, and how. */
const RISKY_FLAGS: Array<[RegExp, string]> = [
  [/^-mod=mod$/, '-mod=mod lets go commands rewrite go.mod/go.sum instead of failing on drift'],
];
const DEFAULT_MIRROR = 'https://proxy.golang.org';

/** Classify one CI env entry; null when it is not a module/flags override or changes nothing that matters. */
function classify(name: string, value: string): { id: M; severity: Severity; effect: string } | null {
  if (name === 'GOFLAGS') {
    if (/(^|\s)--?insecure(=\S*)?(\s|$)/.test(value)) return { id: 'goflagsInsecure', severity: 'error', effect: '' };
    const flags = value.trim().split(/\s+/).filter(Boolean);
    const risky = flags.flatMap((f) => RISKY_FLAGS.filter(([re]) => re.test(f)).map(([, effect]) => effect));
    if (risky.length) return { id: 'goflagsRisky', severity: 'warning', effect: risky.join('; ') };
    if (flags.every((f) => HARMLESS_FLAG.test(f))) return null;
    return { id: 'goflags', severity: 'info', effect: '' };
  }
  if (name === 'GOPROXY') {
    const entries = value.split(/[,|]/).map((e) => e.trim().replace(/\/+$/, '')).filter(Boolean);
    if (entries[0] === 'direct' || entries[0] === 'off') return { id: 'goproxyDirect', severity: 'warning', effect: '' };
    // The default mirror, with or without the direct fallback, is the default proxy.
    if (entries.every((e) => e === DEFAULT_MIRROR || e === 'direct' || e === 'off')) return null;
    return { id: 'goproxy', severity: 'info', effect: '' };
  }
  if ((name === 'GOSUMDB' && value.trim() === 'off') || name === 'GONOSUMDB' || name === 'GONOSUMCHECK' || name === 'GOINSECURE') return { id: 'sumdbOff', severity: 'warning', effect: '' };
  return null;
}

/** GOFLAGS/GOPROXY/GOSUMDB set in CI env blocks: CI then builds differently from developers. */
export const gd706 = defineRule({
  id: 'GD706',
  name: 'go-env-override-in-ci',
  category: 'ci',
  severity: 'warning',
  title: 'GOFLAGS/GOPROXY/checksum overrides in CI env blocks',
  requires: ['files'],
  messages: {
    goflags: '{scope} env sets GOFLAGS={value}: every go command in CI gets these flags, local builds do not.',
    goflagsRisky: '{scope} env sets GOFLAGS={value}: {effect}, so CI passes where a clean checkout fails.',
    goflagsInsecure: '{scope} env sets GOFLAGS={value}: -insecure was removed from go get in Go 1.17; the flag is still parsed, so other commands ignore it, but every `go get` fails with "go: -insecure flag is no longer supported; use GOINSECURE instead".',
    goproxyDirect: '{scope} env sets GOPROXY={value}: modules are fetched straight from their VCS hosts, without the module mirror\'s cache — slower, and broken when a repository moves or disappears.',
    goproxy: '{scope} env sets GOPROXY={value}: CI resolves modules through a different proxy than the default (https://proxy.golang.org,direct) developers use.',
    sumdbOff: '{scope} env sets {name}={value}: checksum database verification is off for the matching modules, so a tampered or force-pushed module version is accepted.',
  },
  fixTitles: {
    keepModuleSettingsWhere: 'Keep module settings where developers see them',
  },
  sources: ['https://go.dev/ref/mod#environment-variables', 'https://go.dev/ref/mod#build-commands', 'src/cmd/go/internal/modfetch/proxy.go', 'src/cmd/go/internal/modget/get.go (runGet: -insecure)', 'https://go.dev/doc/go1.17#go-get', 'https://go.dev/doc/go1.14#vendor'],
  fixable: false,
  docs: {
    what: 'Reports GOFLAGS, GOPROXY, GOSUMDB=off, GONOSUMDB and GOINSECURE set in workflow-, job- or step-level env: blocks (GitHub) and variables: (GitLab). Not reported: GOFLAGS that only change output or cache file modes (-json, -v, -x, -n, -modcacherw, -p=N) or repeat the vendoring default (-mod=vendor), harmless GOFLAGS set on one step only (they pick the tests of that step) and GOPROXY naming only the default mirror https://proxy.golang.org (with or without direct). A GitLab template\'s variables, which every job that `extends:` it inherits unless the job sets its own, are reported once, where the template sets them.',
    why: 'These change how every go command resolves and verifies modules. Set only in CI they make CI differ from developers\' machines: -mod=mod hides go.mod/go.sum drift, GOPROXY=direct bypasses the mirror, and checksum exemptions disable tamper detection. GOFLAGS=-insecure weakens nothing: go get lost the flag in Go 1.17 and now rejects it, so every go get in that CI job fails. (GONOSUMCHECK does not exist in Go at all.)',
    fix: 'Keep module settings in one documented place (go.env policy or the repository), prefer -mod=readonly in CI, and restrict GONOSUMDB/GOPRIVATE to your private module prefixes.',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const c of files.ci) {
      for (const e of c.env) {
        const k = classify(e.name, e.value.value);
        if (!k) continue;
        // A step's own GOFLAGS (-tags=integration, -race from a matrix) choose what that step
        // runs; only flags set for a whole job or workflow make every CI build differ.
        if (k.id === 'goflags' && e.scope === 'step') continue;
        const scope = e.scope === 'workflow' ? (c.kind === 'gitlab' ? 'Global' : 'Workflow') : e.scope === 'job' ? `Job ${e.definedIn ?? e.job}` : `A step of job ${e.job}`;
        out.push({
          messageId: k.id,
          data: { scope, name: e.name, value: e.value.value, effect: k.effect },
          evidence: { scope: e.scope, job: e.job },
          location: scalarAt(c.path, e.value),
          severity: k.severity,
          fixes: [{ kind: 'manual', title: fixTitle('keepModuleSettingsWhere'), steps: [`Remove ${e.name} from this env block, or document why CI needs it; prefer -mod=readonly and narrow GONOSUMDB/GOPRIVATE patterns.`], url: 'https://go.dev/ref/mod#environment-variables' }],
        });
      }
    }
    return out;
  },
});
