import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, goEvidence, isOn as on, sites, where } from './shared.js';


/** A terminal for a server nobody attaches to: output goes through a pty the runtime drains. */
export const gd776 = defineRule({
  id: 'GD776',
  name: 'tty-nobody-attached',
  category: 'deploy',
  severity: 'info',
  title: 'A container gets a terminal (tty: true) with no stdin for anyone to attach',
  requires: ['files'],
  messages: {
    tty: '{where} sets tty: true without stdin: its program writes to a pseudo-terminal only the runtime reads: stdout and stderr merge into one stream, lines end in CRLF in the logs, and a program that checks for a terminal (isatty, golang.org/x/term.IsTerminal) switches to interactive output such as colours and progress bars; when the runtime stops draining the terminal, the program blocks in write.',
  },
  fixTitles: {
    giveServicesPlainPipes: 'Give services plain pipes',
  },
  sources: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#interactive', 'https://docs.docker.com/reference/compose-file/services/#tty', 'man:pty(7)', 'https://pkg.go.dev/golang.org/x/term#IsTerminal'],
  fixable: true,
  docs: {
    what: 'Reports a Kubernetes container or compose service that runs a Go program (it sets a Go runtime variable, or its image is named after the repository\'s Go module) with tty: true and no stdin (stdin: true, stdin_open: true): a terminal with nothing to type into it.',
    why: 'With tty: true the runtime allocates a pseudo-terminal for the container and copies what the program writes from its master side into the log. The program sees a terminal: stderr and stdout become one stream, the line discipline turns \\n into \\r\\n, and libraries that check isatty emit colour codes and redraw progress lines into the log. A pty buffer is small (a few KiB), so a program writing while the runtime is not reading (a detached docker attach, a stalled log shipper) blocks in write, as it does on any full terminal.',
    fix: 'Remove tty: true from services, or set stdin: true (stdin_open) as well when the terminal is meant for an interactive session.',
  },
  check({ files }) {
    const out: Report<'tty'>[] = [];
    for (const s of sites(files)) {
      const c = s.container;
      if (!on(c.tty) || on(c.stdin) || !goEvidence(files, s)) continue;
      out.push({ messageId: 'tty', data: { where: where(s) }, location: at(s, c.tty!.line), fixes: [{ kind: 'manual', title: fixTitle('giveServicesPlainPipes'), steps: ['remove tty: true'] }] });
    }
    return out;
  },
});
