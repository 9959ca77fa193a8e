import { defineRule } from '../../engine/define-rule.js';
import { compareGoVersions, isValidGoVersion } from '../../knowledge/goversion.js';
import { originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';
import type { GoEnvFacts } from '../../facts/schema/goenv.js';

/** Why an explicit GOROOT tree cannot serve the go that runs, or null: GD201 stays quiet then. */
export function gorootTreeProblem(tree: GoEnvFacts['gorootTree'], goVersion: string | null | undefined): 'missing' | 'notGoTree' | 'otherVersion' | null {
  if (!tree) return null;
  if (!tree.exists) return 'missing';
  if (!tree.hasSrcRuntime || !tree.hasPkgTool) return 'notGoTree';
  if (goVersion && tree.versionFile && isValidGoVersion(tree.versionFile) && compareGoVersions(tree.versionFile, goVersion) !== 0) return 'otherVersion';
  return null;
}

/** An explicit GOROOT that is missing, not a Go tree, or a tree of another release than the go that runs. */
export const gd202 = defineRule({
  id: 'GD202',
  name: 'goroot-invalid',
  category: 'settings',
  severity: 'error',
  title: 'GOROOT points to a missing directory, a non-Go directory, or another Go version',
  requires: ['goenv', 'toolchains'],
  messages: {
    missing: 'GOROOT={dir} (from {origin}) does not exist: every go command fails with "go: cannot find GOROOT directory: {dir}".',
    notGoTree: 'GOROOT={dir} (from {origin}) is not a Go tree (no src/runtime or pkg/tool): builds fail with "package fmt is not in std".',
    otherVersion: 'GOROOT={dir} (from {origin}) holds {treeVersion}, but the go that runs is {goVersion} ({goPath}): builds fail with `compile: version "{treeVersion}" does not match go tool version "{goVersion}"`.',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'src/cmd/go/main.go', 'https://go.dev/doc/install'],
  fixable: true,
  docs: {
    what: 'Checks an explicitly set GOROOT: the directory exists, contains src/runtime and pkg/tool, and its VERSION matches the go binary that PATH runs.',
    why: 'cmd/go trusts an explicit GOROOT without checking that it belongs to the running binary. A missing directory fails every command; a tree of another release mixes compilers and standard libraries, which fails at compile time with a version mismatch.',
    fix: 'Unset GOROOT (go finds its own), or point it at the tree of the go that runs.',
  },
  check({ goenv, toolchains }) {
    const s = goenv.settings.GOROOT;
    const tree = goenv.gorootTree;
    if (!s || (s.source !== 'env' && s.source !== 'user-file') || !tree) return [];
    const origin = originText(goenv, s);
    const evidence = { source: s.source, tree };
    const winner = toolchains.installs[0];
    const goVersion = winner?.reportedVersion;
    const problem = gorootTreeProblem(tree, goVersion);
    if (problem === 'missing' || problem === 'notGoTree') return [{ messageId: problem, data: { dir: tree.dir, origin }, evidence, fixes: unsetFixes(s) }];
    if (problem === 'otherVersion' && winner && goVersion) {
      return [{
        messageId: 'otherVersion',
        data: { dir: tree.dir, origin, treeVersion: tree.versionFile ?? '', goVersion, goPath: winner.path },
        evidence: { ...evidence, winnerGoroot: winner.goroot },
        fixes: [...unsetFixes(s), ...(winner.goroot ? unsetFixes(s, winner.goroot) : [])],
      }];
    }
    return [];
  },
});
