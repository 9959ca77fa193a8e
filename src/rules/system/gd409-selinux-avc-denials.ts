import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { shQuote } from '../../knowledge/shell-quote.js';

/** Recent AVC denials of go, compile, link or test binaries. */
export const gd409 = defineRule({
  id: 'GD409',
  name: 'selinux-avc-denials',
  category: 'system',
  severity: 'error',
  title: 'SELinux denied Go tools',
  requires: ['system'],
  messages: {
    denied: '{count} AVC denial(s) for {comm}: {{perms}} on {target} ({tclass}, {ttype}) from {stype}; last at {time}.',
  },
  fixTitles: {
    restoreTheLabelOf: 'Restore the label of the denied path',
    lastResortReviewA: 'Last resort: review a local policy module',
  },
  sources: ['man:ausearch(8)', 'man:audit2allow(1)', 'man:restorecon(8)', 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/troubleshooting-problems-related-to-selinux_using-selinux'],
  fixable: true,
  docs: {
    what: 'Reads the audit log (/var/log/audit/audit.log, or `ausearch -m avc -ts recent`) when it is readable and groups AVC denials whose command is go, compile, link, asm, cgo, vet or a test binary, or whose target is a go-build directory.',
    why: 'An AVC denial is SELinux refusing an access the file modes allow; for the go command it surfaces as "permission denied" or "fork/exec ...: permission denied" with nothing in the error pointing at SELinux.',
    fix: 'Fix the label of the target path (restorecon, semanage fcontext) — GD408 names them. A local policy module from audit2allow is the last resort, after reviewing what it allows.',
  },
  check({ system }) {
    const { selinux } = system;
    if (!selinux.audit.readable || selinux.audit.denials.length === 0) return [];
    const groups = new Map<string, typeof selinux.audit.denials>();
    for (const d of selinux.audit.denials) {
      const key = [d.comm, d.perms.join(' '), d.tclass, d.tcontext.split(':')[2], d.scontext.split(':')[2]].join('|');
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    return [...groups.values()].map((ds) => {
      const last = ds[ds.length - 1]!;
      const target = last.path ?? last.name ?? '?';
      const fixes = [];
      if (last.path) fixes.push({ kind: 'command' as const, title: fixTitle('restoreTheLabelOf'), command: `sudo restorecon -Rv ${shQuote(last.path)}`, os: 'rhel', safety: 'review' as const });
      fixes.push({ kind: 'command' as const, title: fixTitle('lastResortReviewA'), command: `sudo ausearch -m avc -c ${shQuote(last.comm)} --raw | audit2allow -m go-local`, os: 'rhel', safety: 'review' as const });
      return {
        messageId: 'denied' as const,
        severity: selinux.mode === 'enforcing' ? 'error' as const : 'warning' as const,
        data: { count: ds.length, comm: last.comm, perms: ` ${last.perms.join(' ')} `, target, tclass: last.tclass, ttype: last.tcontext.split(':')[2] ?? last.tcontext, stype: last.scontext.split(':')[2] ?? last.scontext, time: last.time ?? 'unknown' },
        evidence: { source: selinux.audit.source, denials: ds.slice(-5) },
        fixes,
      };
    });
  },
});
