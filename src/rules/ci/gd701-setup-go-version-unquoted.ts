import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { scalarAt, scalarEdit } from '../file-relations.js';
import type { CiFile, Scalar } from '../../facts/schema/files.js';

const TEMPLATE_REF = /\$\{\{\s*matrix\.([\w-]+)\s*\}\}/;
const GO_KEYS = /^(go|go-?version|golang|go_version|goversion)$/i;

/**
 * The scalars that end up as a setup-go go-version: direct values and the matrix values it references
 * (filled into the template around them, such as `1.${{ matrix.go }}.x`).
 */
export function setupGoVersions(c: CiFile): Array<{ s: Scalar; job: string; fromMatrix: string | null; ref: string | null }> {
  const out: Array<{ s: Scalar; job: string; fromMatrix: string | null; ref: string | null }> = [];
  const templated = new Set<string>();
  for (const g of c.setupGo) {
    const inside = !g.matrixKey && g.version ? TEMPLATE_REF.exec(g.version.value) : null;
    if (g.version && !g.matrixKey && !inside) out.push({ s: g.version, job: g.job, fromMatrix: null, ref: g.ref });
    if (g.matrixKey) {
      for (const m of c.matrices) if (m.job === g.job && m.key === g.matrixKey) for (const s of m.values) out.push({ s, job: g.job, fromMatrix: m.key, ref: g.ref });
    }
    if (inside && g.version) {
      // `1.${{ matrix.go }}.x` with go: [21, 22]: the version is the template filled in, a string.
      const key = inside[1]!;
      templated.add(`${g.job}\0${key}`);
      for (const m of c.matrices) {
        if (m.job !== g.job || m.key !== key) continue;
        for (const v of m.values) {
          const filled = g.version.value.replace(TEMPLATE_REF, v.value);
          out.push({ s: { ...v, value: filled, raw: filled, numeric: false }, job: g.job, fromMatrix: m.key, ref: g.ref });
        }
      }
    }
  }
  // GitLab and hand-rolled jobs: matrix keys that name a Go version.
  for (const m of c.matrices) {
    if (c.setupGo.some((g) => g.job === m.job && g.matrixKey === m.key) || templated.has(`${m.job}\0${m.key}`) || !GO_KEYS.test(m.key)) continue;
    for (const s of m.values) out.push({ s, job: m.job, fromMatrix: m.key, ref: null });
  }
  return out;
}

/** go-version: 1.20 is the YAML float 1.2, so setup-go installs Go 1.2.x (or fails). */
export const gd701 = defineRule({
  id: 'GD701',
  name: 'setup-go-version-unquoted',
  category: 'ci',
  severity: 'error',
  title: 'Go version written as an unquoted YAML number',
  requires: ['files'],
  messages: {
    truncated: 'Go version {raw} is an unquoted YAML number and reads as {value}: the job asks for Go {value}, not {raw}. Quote it: \'{raw}\'.',
    number: 'Go version {raw} is an unquoted YAML number; it works only while the minor version has no trailing zero (1.20 reads as 1.2). Quote it: \'{raw}\'.',
  },
  fixTitles: {
    quoteTheVersion: 'Quote the version',
  },
  sources: ['https://yaml.org/spec/1.2.2/#10214-floating-point', 'https://github.com/actions/setup-go#supported-version-syntax'],
  fixable: true,
  docs: {
    what: 'Reports Go versions for actions/setup-go (go-version, and the matrix values it reads) and Go-version matrix keys written as plain YAML numbers.',
    why: 'YAML reads 1.20 as the float 1.2; setup-go then resolves "1.2" — an ancient or missing release — or the matrix silently tests the wrong Go. The setup-go README asks for quoted versions for this reason.',
    fix: 'Quote the version (\'1.20\'), or use go-version-file: go.mod.',
  },
  check({ files }) {
    const out: Report<'truncated' | 'number'>[] = [];
    for (const c of files.ci) {
      for (const { s, job, fromMatrix } of setupGoVersions(c)) {
        if (!s.numeric) continue;
        const truncated = s.value !== s.raw.trim();
        const fix = scalarEdit(fixTitle('quoteTheVersion'), c.path, s, `'${s.raw.trim()}'`);
        out.push({
          messageId: truncated ? 'truncated' : 'number',
          data: { raw: s.raw.trim(), value: s.value },
          evidence: { job, matrixKey: fromMatrix },
          location: scalarAt(c.path, s),
          fixes: fix ? [fix] : [{ kind: 'manual', title: fixTitle('quoteTheVersion'), steps: [`Write '${s.raw.trim()}' (a string) instead of ${s.raw.trim()}.`], url: 'https://github.com/actions/setup-go#supported-version-syntax' }],
          ...(truncated ? {} : { severity: 'warning' as const }),
        });
      }
    }
    return out;
  },
});
