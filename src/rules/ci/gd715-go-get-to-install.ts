import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';
import type { GoCommand } from '../../facts/schema/files.js';
import type { FilesFacts } from '../../facts/schema/files.js';

/** A shell text; its environment (CI env blocks, Dockerfile ENV before it) is worked out only when asked. */
interface Script { file: string; line: number; column: number; text: string; commands: GoCommand[]; env: () => Record<string, string> }

/** Every shell text of the linted files, in file order: CI scripts, Makefile recipes, Dockerfile RUNs. */
function scripts(files: FilesFacts): Script[] {
  const out: Script[] = [];
  for (const c of files.ci) for (const s of c.scripts) out.push({ file: c.path, line: s.line, column: s.column, text: s.text, commands: s.goCommands, env: () => Object.fromEntries(c.env.filter((e) => (e.scope !== 'step' || e.step === s.step) && (e.scope === 'workflow' || e.job === s.job)).map((e) => [e.name, e.value.value])) });
  for (const m of files.makefiles) for (const r of m.recipes) out.push({ file: m.path, line: r.line, column: r.column, text: r.expanded, commands: r.goCommands, env: () => ({}) });
  for (const d of files.dockerfiles) {
    for (const s of d.stages) {
      s.instructions.forEach((i, n) => {
        if (i.keyword !== 'RUN') return;
        const env = () => Object.fromEntries(s.instructions.slice(0, n).filter((x) => x.keyword === 'ENV').flatMap((x) => x.pairs.filter((p) => p.value !== null).map((p) => [p.name, p.value!])));
        out.push({ file: d.path, line: i.line, column: i.column, text: i.args, commands: i.goCommands, env });
      });
    }
  }
  return out;
}

/** The command a `go get` target would install: its last path element (`.../cmd/benchstat@v1` → benchstat). */
function commandName(target: string): string {
  return target.replace(/@.*$/, '').replace(/\/\.\.\.$/, '').split('/').pop() ?? '';
}

/** Targets of a module-mode `go get` that are meant as commands to run, not dependencies to add. */
function installTargets(c: GoCommand, env: () => Record<string, string>, laterText: string, installed: Set<string>): string[] {
  if (c.sub !== 'get' || c.args.includes('-d') || (c.env.GO111MODULE ?? env().GO111MODULE) === 'off') return [];
  const targets = c.args.slice(c.args.indexOf('get') + 1).filter((a) => !a.startsWith('-') && a.includes('.') && a.includes('/') && !a.startsWith('.'));
  // Paths are removed first, so `golint` counts only as a command word, not inside .../lint/golint.
  const words = laterText.replace(/\S*\/\S*/g, ' ');
  return targets.filter((t) => {
    const name = commandName(t);
    if (!name || installed.has(t.replace(/@.*$/, ''))) return false; // the same file installs it (an old-Go branch)
    return t.includes('/cmd/') || new RegExp(`(^|[\\s;&|(])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[\\s;&|)]|$)`).test(words);
  });
}

/** `go get tool` to install a command: since Go 1.18 go get only edits go.mod. */
export const gd715 = defineRule({
  id: 'GD715',
  name: 'go-get-to-install',
  category: 'ci',
  severity: 'warning',
  title: 'go get used to install a command',
  requires: ['files'],
  messages: {
    get: '`go get {target}` installs nothing since Go 1.18: in module mode go get only changes go.mod and go.sum (and outside a module it fails), so `{name}` is not built by this line; the later call runs whatever {name} is on PATH, or fails with "command not found".',
  },
  fixTitles: {
    installWithGoInstall: 'Install with go install',
  },
  sources: ['https://go.dev/doc/go1.18#go-get', 'https://go.dev/doc/go-get-install-deprecation', 'src/cmd/go/internal/modget/get.go'],
  fixable: false,
  docs: {
    what: 'Reports module-mode `go get` (no GO111MODULE=off, no -d) in CI scripts, Makefile recipes and Dockerfile RUNs whose target is a command: a path with /cmd/, or one whose last element is run as a command later in the same file. Not reported when the same file also `go install`s that path (a branch for old Go versions).',
    why: 'Go 1.16 deprecated building with go get and Go 1.18 removed it: go get now adds the module to go.mod (dirtying the checkout, or failing outside a module with "go.mod file not found") and builds nothing. Scripts written for GOPATH-era Go silently stop installing their tools.',
    fix: 'Use go install path@vX.Y.Z (outside go.mod), or go get -tool path@vX.Y.Z and `go tool name` (Go 1.24+).',
  },
  check({ files }) {
    const out: Report<'get'>[] = [];
    // `get` as a word of its own (not apt-get): most trees have none, and nothing more is done.
    const GET = /(?:^|[\s;&|(])get(?=\s|$)/;
    const anyGet = files.ci.some((c) => c.scripts.some((x) => GET.test(x.text))) || files.makefiles.some((m) => m.recipes.some((r) => GET.test(r.expanded)))
      || files.dockerfiles.some((d) => d.stages.some((st) => st.instructions.some((i) => i.keyword === 'RUN' && GET.test(i.args))));
    if (!anyGet) return out;
    // Only the lines with a get are parsed, and only their file's later lines searched.
    const all = scripts(files);
    const gets = all.map((x, n) => ({ x, n })).filter(({ x }) => GET.test(x.text));
    const byFile = new Map<string, number[]>();
    all.forEach((x, n) => (byFile.get(x.file) ?? byFile.set(x.file, []).get(x.file)!).push(n));
    const installed = new Set(all.filter((x) => x.text.includes('install')).flatMap((x) => x.commands.filter((c) => c.sub === 'install').flatMap((c) => c.args.filter((a) => a.includes('/')).map((a) => a.replace(/@.*$/, '')))));
    for (const { x: s, n } of gets) {
      const commands = s.commands.filter((c) => c.sub === 'get');
      if (!commands.length) continue;
      const later = byFile.get(s.file)!.filter((i) => i > n).map((i) => all[i]!.text).join('\n');
      for (const c of commands) {
        for (const target of installTargets(c, s.env, `${s.text.slice(c.offset)}\n${later}`, installed)) {
          const name = commandName(target);
          out.push({
            messageId: 'get',
            data: { target, name },
            evidence: { text: s.text.slice(0, 200) },
            location: at(s.file, s.line, s.column),
            fixes: [{ kind: 'manual', title: fixTitle('installWithGoInstall'), steps: [`Replace it with go install ${target.replace(/@.*$/, '')}@vX.Y.Z (a released version).`], url: 'https://go.dev/doc/go-get-install-deprecation' }],
          });
        }
      }
    }
    return out;
  },
});
