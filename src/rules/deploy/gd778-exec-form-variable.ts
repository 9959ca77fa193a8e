import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, envVar, sites, where } from './shared.js';

/** $NAME or ${NAME} (not Kubernetes' $(NAME), not compose's own interpolation of host variables). */
const SHELL_VAR = /(?<!\$)\$(\{[A-Za-z_][A-Za-z0-9_]*[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)/;
const SHELLS = /(^|[\\/])(sh|bash|ash|dash|zsh|ksh|fish|powershell|pwsh|cmd)(\.exe)?$/i;
/** sh -c, powershell -Command / -c / -EncodedCommand, cmd /c: the words after are a script the shell expands. */
const SCRIPT_FLAG = /^(-\w*c\w*|-command|-encodedcommand|\/c|\/k)$/i;

/** Words run through a shell (sh -c '...', powershell -Command) expand variables; an exec form does not. */
function viaShell(words: readonly string[]): boolean {
  return words.some((w, i) => SHELLS.test(w) && words.slice(i + 1).some((x) => SCRIPT_FLAG.test(x)));
}

interface ExecWords { words: string[]; line: number; field: string }

/** A variable reference no shell will expand in an exec-form command. */
export function unexpanded(exec: readonly ExecWords[]): { word: string; name: string; line: number; field: string } | null {
  const all = exec.flatMap((e) => e.words);
  if (viaShell(all)) return null;
  for (const e of exec) {
    for (const w of e.words) {
      const m = SHELL_VAR.exec(w);
      if (m) return { word: w, name: m[1]!.replace(/^\{|[:}].*$/g, ''), line: e.line, field: e.field };
    }
  }
  return null;
}

/** Exec-form command arrays (Kubernetes command/args, compose lists, Dockerfile JSON form) with $VAR. */
export const gd778 = defineRule({
  id: 'GD778',
  name: 'exec-form-variable',
  category: 'deploy',
  severity: 'warning',
  title: 'An exec-form command holds $VAR, which no shell expands',
  requires: ['files'],
  messages: {
    k8s: '{where} passes "{word}" in {field}: Kubernetes runs the command without a shell and expands only $(NAME), so the program receives the text "{word}" instead of the value of {name}.',
    compose: '{where} passes "{word}" in its {field} list, and {name} is set in the service\'s environment: compose replaces ${name} from the shell and .env file of whoever runs compose (empty when unset, with a warning), not from the container\'s environment, and the exec form runs no shell inside the container.',
    dockerfile: '{file}:{line} {keyword} uses the exec (JSON) form with "{word}": Docker runs it without a shell, so the program receives the text "{word}" instead of the value of {name}.',
  },
  fixTitles: {
    expandItInsideThe: 'Expand it inside the container',
    useTheSyntaxKubernetes: 'Use the syntax Kubernetes expands',
    letAShellExpand: 'Let a shell expand it',
  },
  sources: ['https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#use-environment-variables-to-define-arguments', 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form', 'https://docs.docker.com/reference/compose-file/interpolation/', 'src/os/exec/exec.go'],
  fixable: true,
  docs: {
    what: 'Reports $NAME and ${NAME} in exec-form commands: a Kubernetes container\'s command and args, a compose service\'s command or entrypoint list whose variable is set only in the service\'s environment, and the JSON form of a Dockerfile\'s ENTRYPOINT and CMD. Commands that run sh -c are left alone.',
    why: 'An exec-form command is handed to execve word by word: no shell parses it, so $PORT reaches the Go program as the four characters "$PORT" (flag parsing then fails with "invalid value \\"$PORT\\"", or the server listens on a literal address). Kubernetes expands only its own $(NAME) syntax from the container\'s env; compose interpolates ${NAME} when it reads the file, from the environment of the compose command, not the service\'s environment: list.',
    fix: 'Kubernetes: write $(NAME). Dockerfile: use the shell form, or ["sh", "-c", "exec /app --port \\"$PORT\\""]. Compose: set the value in .env, or run through sh -c with $$NAME. Go programs can also read the variable themselves (os.Getenv).',
  },
  check({ files }) {
    const out: Report<'k8s' | 'compose' | 'dockerfile'>[] = [];
    for (const s of sites(files)) {
      const hit = unexpanded(s.container.exec.filter((e) => !e.words.some((w) => w.includes('{{'))));
      if (!hit) continue;
      if (s.workload.kind === 'compose service') {
        // Compose interpolates from the host first: only a variable the author put in the container's env is a mistake for sure.
        if (!envVar(s.container, hit.name)) continue;
        out.push({ messageId: 'compose', data: { where: where(s), word: hit.word, field: hit.field, name: hit.name }, location: at(s, hit.line), fixes: [{ kind: 'manual', title: fixTitle('expandItInsideThe'), steps: [`${hit.field}: ["sh", "-c", "exec ... ${hit.word.replace(/\$/g, '$$$$')}"]  ($$ keeps compose from interpolating)`, `or set ${hit.name} in .env for compose to interpolate`] }] });
      } else {
        out.push({ messageId: 'k8s', data: { where: where(s), word: hit.word, field: hit.field, name: hit.name }, location: at(s, hit.line), fixes: [{ kind: 'manual', title: fixTitle('useTheSyntaxKubernetes'), steps: [`"${hit.word.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, '$($1)')}"`] }] });
      }
    }
    for (const d of files.dockerfiles) {
      for (const st of d.stages) {
        for (const ins of st.instructions) {
          if (ins.keyword !== 'ENTRYPOINT' && ins.keyword !== 'CMD') continue;
          const json = ins.source.replace(/^\s*\w+\s+/, '').trim();
          if (!json.startsWith('[')) continue;
          let words: unknown;
          try { words = JSON.parse(json.replace(/\\\r?\n/g, ' ')); } catch { continue; }
          if (!Array.isArray(words) || !words.every((w) => typeof w === 'string')) continue;
          const hit = unexpanded([{ words: words as string[], line: ins.line, field: ins.keyword }]);
          if (hit) out.push({ messageId: 'dockerfile', data: { file: d.path, line: ins.line, keyword: ins.keyword, word: hit.word, name: hit.name }, location: { file: d.path, line: ins.line, column: ins.column }, fixes: [{ kind: 'manual', title: fixTitle('letAShellExpand'), steps: [`${ins.keyword} ["sh", "-c", "exec ${(words as string[]).join(' ')}"]`, `or the shell form: ${ins.keyword} ${(words as string[]).join(' ')}`] }] });
        }
      }
    }
    return out;
  },
});
