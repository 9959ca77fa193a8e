import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit } from '../file-relations.js';

/** `RUN go env -w` writes $HOME/.config/go/env inside the image; ENV is the Dockerfile way. */
export const gd609 = defineRule({
  id: 'GD609',
  name: 'go-env-w-in-dockerfile',
  category: 'dockerfile',
  severity: 'warning',
  title: 'go env -w in a Dockerfile',
  requires: ['files'],
  messages: {
    envW: '`go {args}` writes the go env file of the build user ($HOME/.config/go/env): it is lost for other users and HOME values, and any ENV of the same name overrides it.',
  },
  fixTitles: {
    useEnvInstead: 'Use ENV instead',
  },
  sources: ['src/cmd/go/internal/envcmd/env.go', 'src/cmd/go/internal/cfg/cfg.go', 'https://docs.docker.com/reference/dockerfile/#env'],
  fixable: true,
  docs: {
    what: 'Reports RUN instructions that run `go env -w` (or -u).',
    why: 'go env -w writes os.UserConfigDir()/go/env of whoever runs the build; a later USER, another HOME in CI or at run time, or GOENV=off make the setting vanish, and a process environment variable always wins over the file (cfg.go). ENV is visible to every later instruction and to `docker inspect`.',
    fix: 'Replace `RUN go env -w KEY=value` with `ENV KEY=value`.',
  },
  check({ files }) {
    const out: Report<'envW'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== 'RUN') continue;
          const cmds = ins.goCommands.filter((c) => c.sub === 'env' && c.args.some((a) => a === '-w' || a === '-u'));
          for (const c of cmds) {
            const pairs = c.args.filter((a) => /^[A-Z0-9_]+=/.test(a));
            // Only a RUN that is nothing but `go env -w K=V ...` becomes one ENV line.
            const alone = ins.args.trim().split(/\s+/).length === c.args.length + 1 && c.args.includes('-w') && pairs.length > 0;
            out.push({
              messageId: 'envW',
              data: { args: c.args.join(' ') },
              evidence: { run: ins.args.slice(0, 200) },
              location: at(d.path, ins.line, ins.column),
              fixes: alone ? [lineEdit(fixTitle('useEnvInstead'), d.path, ins.line, ins.endLine, `ENV ${pairs.map((p) => (/\s/.test(p) ? `${p.slice(0, p.indexOf('=') + 1)}${JSON.stringify(p.slice(p.indexOf('=') + 1))}` : p)).join(' ')}`)] : [{ kind: 'manual', title: fixTitle('useEnvInstead'), steps: ['Replace the go env -w part of this RUN with an ENV KEY=value instruction above it.'] }],
            });
          }
        }
      }
    }
    return out;
  },
});
