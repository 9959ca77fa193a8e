import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import type { SelinuxLabel } from '../../facts/schema/system.js';
import { shQuote } from '../../knowledge/shell-quote.js';

/** Types that mean "no proper rule" or "moved here from a temp dir". */
const SUSPECT_TYPES = new Set(['unlabeled_t', 'file_t', 'default_t', 'user_tmp_t', 'tmp_t']);

/** The type a Go directory should carry when the policy has no rule for its path. */
function wantedType(l: SelinuxLabel): string {
  if (l.role === 'GOROOT') return 'usr_t';
  if (l.role === 'TMPDIR' || l.role === 'GOTMPDIR') return 'user_tmp_t';
  if (l.role === 'GOCACHE' && /\/\.cache(\/|$)/.test(l.path)) return 'cache_home_t';
  return 'user_home_t';
}

function isTempRole(role: string): boolean {
  return role === 'TMPDIR' || role === 'GOTMPDIR';
}

/** SELinux labels on GOROOT/GOPATH/GOCACHE/GOMODCACHE/GOTMPDIR that differ from the policy or are unusable. */
export const gd408 = defineRule({
  id: 'GD408',
  name: 'selinux-go-dirs-mislabeled',
  category: 'system',
  severity: 'error',
  title: 'Go directories carry the wrong SELinux label',
  requires: ['system'],
  messages: {
    mismatch: '{role}={path} is labelled {type} but the policy says {expectedType} (SELinux {mode}); confined tools and services are denied access.',
    noRule: '{role}={path} is labelled {type} and the policy has no rule for this path (SELinux {mode}); give it a file-context rule.',
  },
  fixTitles: {
    restoreThePolicyLabel: 'Restore the policy label',
    labelItAndApply: 'Label it {type} and apply',
  },
  sources: ['man:restorecon(8)', 'man:semanage-fcontext(8)', 'man:matchpathcon(8)', 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/troubleshooting-problems-related-to-selinux_using-selinux'],
  fixable: true,
  docs: {
    what: 'With SELinux enforcing or permissive, reads the label of GOROOT, GOPATH, GOCACHE, GOMODCACHE, GOTMPDIR and TMPDIR (ls -Z) and compares its type with what the policy assigns to that path (matchpathcon). Labels such as unlabeled_t, default_t or a temp type on a cache are reported even when the policy cannot be asked.',
    why: '`mv` keeps the source label: a cache moved from /tmp stays user_tmp_t, a directory created outside the policy\'s paths gets default_t. Confined domains (systemd services, CI runners, containers) are then denied with AVC records while the mode bits look fine, and `go build` fails with "permission denied".',
    fix: 'Restore the policy\'s label with `restorecon -Rv <path>`; for a path the policy does not know, add a rule with `semanage fcontext -a -t <type> "<path>(/.*)?"` first.',
  },
  check({ system }) {
    const { selinux } = system;
    if (selinux.mode !== 'enforcing' && selinux.mode !== 'permissive') return [];
    const severity = selinux.mode === 'enforcing' ? 'error' as const : 'warning' as const;
    const out: Report<'mismatch' | 'noRule'>[] = [];
    for (const l of selinux.labels) {
      if (!l.type) continue;
      const expectedSane = l.expectedType && !SUSPECT_TYPES.has(l.expectedType);
      const restore: FixDraft = { kind: 'command', title: fixTitle('restoreThePolicyLabel'), command: `sudo restorecon -Rv ${shQuote(l.path)}`, os: 'rhel', safety: 'review' };
      if (expectedSane && l.type !== l.expectedType) {
        out.push({ messageId: 'mismatch' as const, severity, data: { role: l.role, path: l.path, type: l.type, expectedType: l.expectedType!, mode: selinux.mode }, evidence: { label: l }, fixes: [restore] });
        continue;
      }
      // No usable policy answer: flag labels that are wrong for any Go directory.
      const suspect = SUSPECT_TYPES.has(l.type) && !(isTempRole(l.role) && (l.type === 'user_tmp_t' || l.type === 'tmp_t'));
      if (!suspect || (expectedSane && l.type === l.expectedType)) continue;
      const type = wantedType(l);
      out.push({
        messageId: 'noRule' as const, severity, data: { role: l.role, path: l.path, type: l.type, mode: selinux.mode }, evidence: { label: l },
        fixes: [{ kind: 'command' as const, title: fixTitle('labelItAndApply', { type }), command: `sudo semanage fcontext -a -t ${type} ${shQuote(`${l.path}(/.*)?`)} && sudo restorecon -Rv ${shQuote(l.path)}`, os: 'rhel', safety: 'review' as const }],
      });
    }
    return out;
  },
});
