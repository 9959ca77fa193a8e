// Dockerfile → stages of positioned instructions, on dockerfile-ast (the parser behind the
// VS Code Docker language server). Never throws on bad input: unknown shapes become plain args.
import { DockerfileParser, ModifiableInstruction, type Instruction, type From, type Env, type Arg } from 'dockerfile-ast';
import type { DockerfileFacts, DockerInstruction, DockerStage } from '../../facts/schema/files.js';
import { goCommands } from '../files/go-commands.js';

type Pair = DockerInstruction['pairs'][number];

/** `--name=value` flags at the start of an instruction's arguments. */
function splitFlags(args: string): { flags: DockerInstruction['flags']; rest: string } {
  const flags: DockerInstruction['flags'] = [];
  let rest = args.trimStart();
  for (;;) {
    const m = /^--([A-Za-z][\w-]*)(?:=("[^"]*"|\S*))?\s*/.exec(rest);
    if (!m) break;
    flags.push({ name: m[1]!, value: m[2] === undefined ? null : m[2].replace(/^"|"$/g, '') });
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

/** Exec form `["go", "build"]` → `go build`; shell form unchanged. */
function execFormToShell(args: string): string {
  const t = args.trim();
  if (!t.startsWith('[')) return args;
  try {
    const arr: unknown = JSON.parse(t);
    if (Array.isArray(arr) && arr.every((x) => typeof x === 'string')) return arr.join(' ');
  } catch { /* not JSON: Docker runs it as shell form too */ }
  return args;
}

const SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash|zsh)(?:\s+-\w+)*$/;

/**
 * `RUN <<EOT` … `EOT` (BuildKit heredoc): the body is the script, run by the default shell or by the
 * shell named after the delimiter (`<<EOT bash`). Returned as one shell line, its lines joined by `;`
 * (a backslash-newline joins as the shell does), so it reads like `RUN a && b`. Any other command
 * after the delimiter (`<<EOT cat > /etc/conf`) gets the body as data: only that command is kept.
 */
export function heredocScript(args: string): string | null {
  const m = /^<<(-?)(["']?)(\w+)\2[ \t]*([^\n]*)\n/.exec(args);
  if (!m) return null;
  const [head, dash, , delim, after] = m;
  const lines = args.slice(head.length).split('\n');
  const end = lines.findIndex((l) => (dash ? l.replace(/^\t+/, '') : l) === delim);
  const body = (end < 0 ? lines : lines.slice(0, end)).map((l) => (dash ? l.replace(/^\t+/, '') : l));
  const command = after!.trim();
  if (command && !SHELLS.test(command)) return command;
  return body.join('\n').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).join(' ; ');
}

function pairsOf(ins: Instruction): Pair[] {
  const kw = ins.getKeyword();
  if (kw !== 'ENV' && kw !== 'ARG') return [];
  const props = (ins as Env | Arg).getProperties();
  return props.flatMap((p) => {
    const r = p.getNameRange();
    const first = { name: p.getName(), value: p.getValue(), line: r.start.line + 1, column: r.start.character + 1 };
    // `ARG TARGETOS TARGETARCH` declares two arguments (ARG takes several names); the parser reads
    // it as ENV's legacy `NAME value` form.
    const v = p.getValue();
    const vr = p.getValueRange();
    if (kw !== 'ARG' || p.getAssignmentOperator() !== null || v === null || !vr) return [first];
    const more: Pair[] = [];
    for (const m of v.matchAll(/\S+/g)) {
      const eq = m[0].indexOf('=');
      more.push({ name: eq < 0 ? m[0] : m[0].slice(0, eq), value: eq < 0 ? null : m[0].slice(eq + 1), line: vr.start.line + 1, column: vr.start.character + 1 + m.index });
    }
    return [{ ...first, value: null }, ...more];
  });
}

function instructionOf(ins: Instruction, lines: string[]): DockerInstruction {
  const range = ins.getRange();
  const raw = ins.getArgumentsContent() ?? '';
  const { flags, rest } = splitFlags(raw);
  // COPY/ADD/RUN/FROM flags are not part of the argument content; the parser keeps them apart.
  if (ins instanceof ModifiableInstruction) {
    for (const f of ins.getFlags()) flags.push({ name: f.getName(), value: f.getValue() });
  }
  const args = (ins.getKeyword() === 'RUN' ? heredocScript(rest) : null) ?? execFormToShell(rest);
  return {
    keyword: ins.getKeyword(),
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    args,
    flags,
    pairs: pairsOf(ins),
    source: lines.slice(range.start.line, range.end.line + 1).join('\n'),
    goCommands: ins.getKeyword() === 'RUN' ? goCommands(args).commands : [],
  };
}

/** Substitute `$NAME` / `${NAME}` / `${NAME:-default}` from known values; unknown stay as written. */
export function substituteArgs(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{(\w+)(?::?[-+]([^}]*))?\}|\$(\w+)/g, (m, braced: string | undefined, dflt: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!;
    const v = values.get(name);
    if (v !== undefined && v !== '') return v;
    if (dflt !== undefined && m.includes(':-')) return dflt;
    return m;
  });
}

export function parseDockerfile(path: string, text: string): DockerfileFacts {
  const lines = text.split(/\r?\n/);
  const doc = DockerfileParser.parse(text);
  const globalArgs: Pair[] = [];
  const stages: DockerStage[] = [];
  let current: DockerStage | null = null;
  for (const ins of doc.getInstructions()) {
    const kw = ins.getKeyword();
    if (kw === 'FROM') {
      const from = ins as From;
      const image = from.getImage();
      const ir = from.getImageRange();
      const r = from.getRange();
      const platform = from.getPlatformFlag()?.getValue() ?? null;
      const argValues = new Map(globalArgs.filter((a) => a.value !== null).map((a) => [a.name, a.value!]));
      current = {
        index: stages.length,
        name: from.getBuildStage(),
        image,
        resolvedImage: image === null ? null : substituteArgs(image, argValues),
        platform,
        line: r.start.line + 1,
        column: r.start.character + 1,
        imageColumn: (ir?.start.character ?? r.start.character) + 1,
        imageEndColumn: (ir?.end.character ?? r.end.character) + 1,
        source: lines.slice(r.start.line, r.end.line + 1).join('\n'),
        instructions: [],
      };
      stages.push(current);
      continue;
    }
    if (!current) {
      if (kw === 'ARG') globalArgs.push(...pairsOf(ins));
      continue;
    }
    current.instructions.push(instructionOf(ins, lines));
  }
  return { path, globalArgs, stages };
}
