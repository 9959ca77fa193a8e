// Input checks of `godiag lint` that make a typo a usage error (exit 2) instead of a run that
// quietly checks less: the --go-version value, rule ids in the config and in inline directives,
// and a run that found no file to read.
import { UsageError } from './io.js';
import { isValidGoVersion } from '../knowledge/goversion.js';
import type { FilesFacts } from '../facts/schema/files.js';
import { notWalkedWhy, yamlNotReadCount } from '../rules/ci/gd748-tree-not-fully-read.js';
import type { RuleConfig } from '../engine/config.js';

/** `--go-version 1.22.3|go1.22.3|none` → "go1.22.3" / null / undefined (probe); anything else is a usage error. */
export function parseGoVersionFlag(v: string | undefined): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === 'none') return null;
  const go = `go${v.trim().replace(/^go/, '')}`;
  if (!/^go\d+(\.\d+){0,2}((rc|beta)\d+)?$/.test(go) || !isValidGoVersion(go)) {
    throw new UsageError(`--go-version must be a Go version such as 1.22.3 or go1.22.3, or none (got ${JSON.stringify(v)})`);
  }
  return go;
}

const RULE_REF = /^(gd\w*|[a-z][a-z0-9]*(-[a-z0-9]+)+)$/i;

/**
 * Rule ids or names in the config's rules: and in `# godiag ignore=…` directives that name no rule.
 * The full registry (doctor rules too: a config is shared) loads only when an id is not a lint rule.
 */
export async function checkRuleIds(config: RuleConfig, files: FilesFacts, lintRules: ReadonlyArray<{ id: string; name: string }>): Promise<void> {
  const lint = new Set(lintRules.flatMap((r) => [r.id.toLowerCase(), r.name]));
  const named = [
    ...Object.keys(config).map((id) => ({ id, where: 'config rules' })),
    // In a directive only what reads as a rule reference counts (GDnnn or a kebab-case name): a
    // comment that merely mentions godiag is prose, not a typo to stop the run for.
    ...files.directives.flatMap((d) => d.rules.filter((id) => RULE_REF.test(id)).map((id) => ({ id, where: `${d.file}:${d.line}` }))),
  ].filter((x, i, all) => !lint.has(x.id.toLowerCase()) && !lint.has(x.id) && all.findIndex((y) => y.id === x.id && y.where === x.where) === i);
  if (!named.length) return;
  const { findRule, RETIRED_IDS } = await import('../rules/index.js');
  const bad = named.filter((x) => !findRule(x.id) && !RETIRED_IDS.includes(x.id.toUpperCase()));
  if (bad.length) throw new UsageError(`unknown rule id${bad.length > 1 ? 's' : ''} (godiag rules lists them): ${bad.map((b) => `${b.id} (${b.where})`).join(', ')}`);
}

/** Zero files read is not "checks passed": say where nothing was found, or why what was there was not read. */
export function checkSomethingRead(files: FilesFacts, where: string): void {
  if (files.files.some((f) => !f.context)) return;
  const unread = [
    ...(files.notWalked ?? []).map((s) => `${s.count} ${s.reason === 'link' ? `symbolic link${s.count === 1 ? '' : 's'} not followed` : `director${s.count === 1 ? 'y' : 'ies'} not listed`} (${notWalkedWhy(s)}) (first: ${s.dirs[0] ?? '.'})`),
    ...(files.yamlNotRead ? [`${yamlNotReadCount(files.yamlNotRead)} YAML files not read (first: ${files.yamlNotRead.first})`] : []),
  ];
  if (unread.length) throw new UsageError(`no lint file in ${where} was read: ${unread.join('; ')}; nothing was checked (godiag explain GD748 gives the limits)`);
  throw new UsageError(`no file godiag lint reads was found in ${where} (Dockerfile, Containerfile, *.Dockerfile, .github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work, tools.go, .golangci.yml, Kubernetes manifests, Helm values, compose files); nothing was checked`);
}
