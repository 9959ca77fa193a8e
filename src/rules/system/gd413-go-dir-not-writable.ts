import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { homeDefault, moveDirFix } from './fixes.js';
import { shQuote } from '../../knowledge/shell-quote.js';

const WRITTEN: ReadonlySet<string> = new Set(['GOCACHE', 'GOMODCACHE', 'GOPATH', 'GOTMPDIR', 'TMPDIR']);

/** Caches the go command must write are owned by someone else (root after `sudo go ...`) or read-only. */
export const gd413 = defineRule({
  id: 'GD413',
  name: 'go-dir-not-writable',
  category: 'system',
  severity: 'error',
  title: 'Go cache or work directory not writable',
  requires: ['system'],
  messages: {
    foreignOwner: '{role}={path} is owned by uid {owner}, not by you (uid {uid}): usually left by `sudo go …`; go fails with "permission denied" writing to it.',
    readOnly: '{role}={path} is not writable ({why}).',
  },
  fixTitles: {
    takeTheDirectoryBack: 'Take the directory back',
    pointAtAWritable: 'Point {role} at a writable directory',
    pointAtAWritableExported: 'Point {role} at a writable directory (it is exported in your shell startup or CI environment)',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching', 'https://go.dev/ref/mod#module-cache', 'man:chown(1)'],
  fixable: true,
  docs: {
    what: 'Checks that GOCACHE, GOMODCACHE, GOPATH, GOTMPDIR and TMPDIR (or, for ones not created yet, their nearest existing parent) are writable by the current user: owner, mode bits and read-only mounts.',
    why: 'Running `sudo go build` or `sudo go install` once creates root-owned cache entries in the user\'s cache; afterwards every build as the user fails with "open …/go-build/…: permission denied" or "mkdir …: permission denied".',
    fix: 'Give the directories back to the user with chown -R (the module cache is read-only by design: make it writable with chmod -R u+w first if you delete it), or point the variable at a directory the user owns.',
  },
  check({ system }) {
    const uid = system.user.uid;
    const out: Report<'foreignOwner' | 'readOnly'>[] = [];
    for (const d of system.dirs) {
      if (!WRITTEN.has(d.role) || d.writable !== false) continue;
      const examined = d.examined ?? d.path;
      const sticky = d.role === 'TMPDIR';
      if (uid !== null && d.ownerUid !== null && d.ownerUid !== uid && !sticky) {
        out.push({
          messageId: 'foreignOwner' as const,
          data: { role: d.role, path: examined, owner: d.ownerUid, uid },
          evidence: { dir: d },
          fixes: [{ kind: 'command' as const, title: fixTitle('takeTheDirectoryBack'), command: `sudo chown -R "$(id -u):$(id -g)" ${shQuote(examined)}`, shell: 'sh' as const, safety: 'review' as const }],
        });
      } else {
        const why = d.mount?.options.includes('ro') ? `${d.mount.mountPoint} is mounted read-only` : `mode ${(d.mode ?? 0).toString(8)}`;
        out.push({
          messageId: 'readOnly' as const,
          data: { role: d.role, path: examined, why },
          evidence: { dir: d },
          fixes: [moveDirFix(d.role, d.role === 'TMPDIR' ? 'env' : d.source, homeDefault(d.role), fixTitle('pointAtAWritable', { role: d.role }), fixTitle('pointAtAWritableExported', { role: d.role }))],
        });
      }
    }
    return out;
  },
});
