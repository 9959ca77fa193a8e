import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, goEvidence, isOn as on, sites, where } from './shared.js';


/** stdin kept open with nobody to close it: a program that reads to EOF waits for ever. */
export const gd775 = defineRule({
  id: 'GD775',
  name: 'stdin-never-closes',
  category: 'deploy',
  severity: 'info',
  title: 'stdin is kept open without stdinOnce or a terminal: a read to EOF never returns',
  requires: ['files'],
  messages: {
    k8s: '{where} sets stdin: true without stdinOnce: true or tty: true: the runtime keeps the container\'s stdin open across attaches and never closes it, so a Go program that reads stdin to EOF (io.ReadAll(os.Stdin), bufio.Scanner until false) blocks for ever.',
    compose: '{where} sets stdin_open: true without tty: true: its stdin stays open with nothing attached (docker run -i), so a Go program that reads stdin to EOF (io.ReadAll(os.Stdin), bufio.Scanner until false) blocks for ever.',
  },
  fixTitles: {
    closeStdinAfterOne: 'Close stdin after one client, or drop it',
  },
  sources: ['https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#interactive', 'https://docs.docker.com/reference/compose-file/services/#stdin_open', 'https://pkg.go.dev/io#ReadAll'],
  fixable: true,
  docs: {
    what: 'Reports a container that runs a Go program (it sets a Go runtime variable, or its image is named after the repository\'s Go module): a Kubernetes container with stdin: true and neither stdinOnce: true nor tty: true, and a compose service with stdin_open: true and no tty: true.',
    why: 'With stdin: true the runtime gives the container a stdin stream that stays open whether or not a client is attached; stdinOnce: true closes it after the first attach detaches. A program that reads until EOF (io.ReadAll(os.Stdin), a bufio.Scanner loop, json.Decoder until io.EOF) never gets EOF and never starts its real work; nothing in the logs says why.',
    fix: 'Remove stdin: true (stdin_open) when nothing writes to it, set stdinOnce: true when one client feeds it once (kubectl attach, kubectl run -i), or feed the input from a file or volume.',
  },
  check({ files }) {
    const out: Report<'k8s' | 'compose'>[] = [];
    for (const s of sites(files)) {
      const c = s.container;
      if (!on(c.stdin) || on(c.stdinOnce) || on(c.tty) || !goEvidence(files, s)) continue;
      out.push({ messageId: s.workload.kind === 'compose service' ? 'compose' : 'k8s', data: { where: where(s) }, location: at(s, c.stdin!.line), fixes: [{ kind: 'manual', title: fixTitle('closeStdinAfterOne'), steps: [s.workload.kind === 'compose service' ? 'remove stdin_open: true' : 'stdinOnce: true  (or remove stdin: true)'] }] });
    }
    return out;
  },
});
