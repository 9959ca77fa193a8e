import { defineRule, fixTitle, type Report, type Drafted } from '../../engine/define-rule.js';
import { GOLANGCI_SOURCES, golangciSupports, parseToolVersion } from '../../knowledge/golangci-lint.js';
import { at, goModFor, golangciConfigFor, scalarAt, scalarEdit } from '../file-relations.js';
import type { EditFix, Location } from '../../facts/findings.js';
import type { FilesFacts, Scalar } from '../../facts/schema/files.js';

type M = 'tooOld' | 'configV2' | 'configV1';

interface Pin { file: string; version: string; location: Location; scalar: Scalar | null }

const INSTALL = /golangci-lint(?:\/v\d+)?\/cmd\/golangci-lint@(v?\d+(?:\.\d+){0,2})\b/;
const SCRIPT = /golangci-lint.*install\.sh.*?\s(v\d+\.\d+(?:\.\d+)?)\b/;

/** Every place a golangci-lint version is pinned: the GitHub action, go install, the install script. */
function pins(files: FilesFacts): Pin[] {
  const out: Pin[] = [];
  for (const c of files.ci) {
    for (const g of c.golangciLint) {
      if (g.version) out.push({ file: c.path, version: g.version.value, location: scalarAt(c.path, g.version), scalar: g.version });
    }
    for (const s of c.scripts) {
      const m = INSTALL.exec(s.text) ?? SCRIPT.exec(s.text);
      if (m) out.push({ file: c.path, version: m[1]!, location: at(c.path, s.line, s.column), scalar: null });
    }
  }
  for (const mk of files.makefiles) {
    for (const r of mk.recipes) {
      const m = INSTALL.exec(r.expanded) ?? SCRIPT.exec(r.expanded);
      if (m) out.push({ file: mk.path, version: m[1]!, location: at(mk.path, r.line, r.column), scalar: null });
    }
  }
  return out;
}

/** golangci-lint pinned to a release that predates the module's Go, or that cannot read its config. */
export const gd705 = defineRule({
  id: 'GD705',
  name: 'golangci-lint-too-old',
  category: 'ci',
  severity: 'error',
  title: 'golangci-lint version cannot handle the module',
  requires: ['files'],
  messages: {
    tooOld: 'golangci-lint {version} predates Go {go} support (added in {since}); with go {goLine} in {gomod} it fails with "the Go language version ... used to build golangci-lint is lower than the targeted Go version" or crashes in its analyzers.',
    configV2: 'golangci-lint {version} is v1, but {config} is a v2 configuration (version: "2"); v1 cannot read it.',
    configV1: 'golangci-lint {version} is v2, but {config} has no `version: "2"`; v2 refuses v1 configurations (run `golangci-lint migrate`).',
  },
  fixTitles: {
    useGolangciLint: 'Use golangci-lint {since}',
    upgradeToGolangciLint: 'Upgrade to golangci-lint {since} or later',
    useGolangciLintV2: 'Use golangci-lint v2',
    convertTheConfiguration: 'Convert the configuration',
  },
  sources: [...GOLANGCI_SOURCES, 'https://golangci-lint.run/docs/product/migration-guide/'],
  fixable: true,
  docs: {
    what: 'Finds golangci-lint versions pinned in golangci/golangci-lint-action (version:), `go install …/cmd/golangci-lint@vX` and the install.sh script, and compares them with a table of the first release supporting each Go version (from the golangci-lint release notes) and with the format version of the .golangci.yml golangci-lint would find from where the pin runs (the repository root of a workflow, the directory of a Makefile, and their parents).',
    why: 'golangci-lint analyzes code with the go/types of the Go it was built with; a release older than the module\'s Go refuses to run (since v1.60.3) or panics on new syntax. v1 and v2 use different configuration formats.',
    fix: 'Pin at least the release named in the finding; when crossing from v1 to v2, run `golangci-lint migrate` on the configuration and use golangci-lint-action v7 or later.',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const p of pins(files)) {
      const have = parseToolVersion(p.version);
      if (!have) continue;
      const mod = goModFor(files, p.file);
      const verdict = mod?.go ? golangciSupports(p.version, mod.go.value) : null;
      if (verdict && !verdict.ok) {
        const sameMajor = parseToolVersion(verdict.need.since)![0] === have[0];
        const edit: Drafted<EditFix> | null = p.scalar && sameMajor ? scalarEdit(fixTitle('useGolangciLint', { since: verdict.need.since }), p.file, p.scalar, verdict.need.since) : null;
        out.push({
          messageId: 'tooOld',
          data: { version: p.version, go: verdict.need.go, since: verdict.need.since, goLine: mod!.go!.value, gomod: mod!.path },
          evidence: { pinnedAt: p.location, goMod: mod!.path },
          location: p.location,
          fixes: edit ? [edit] : [{ kind: 'manual', title: fixTitle('upgradeToGolangciLint', { since: verdict.need.since }), steps: ['Run `golangci-lint migrate` to convert the configuration to v2.', 'Use golangci/golangci-lint-action@v7 or later for v2.'], url: 'https://golangci-lint.run/docs/product/migration-guide/' }],
        });
        continue;
      }
      const config = golangciConfigFor(files, p.file);
      if (!config) continue;
      const v2config = config.configVersion === '2';
      if (have[0] === 1 && v2config) out.push({ messageId: 'configV2', data: { version: p.version, config: config.path }, location: p.location, fixes: [{ kind: 'manual', title: fixTitle('useGolangciLintV2'), steps: ['Pin golangci-lint v2.x (golangci/golangci-lint-action@v7 or later).'], url: 'https://golangci-lint.run/docs/product/migration-guide/' }] });
      if (have[0]! >= 2 && !v2config) out.push({ messageId: 'configV1', data: { version: p.version, config: config.path }, location: p.location, fixes: [{ kind: 'command', title: fixTitle('convertTheConfiguration'), command: 'golangci-lint migrate', safety: 'review' }] });
    }
    return out;
  },
});
