import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import { byFile, loc } from './shared.js';

/** `--expect cap=cap_net_bind_service`: the file must carry the capability, permitted and effective. */
export const gd817 = defineRule({
  id: 'GD817',
  name: 'file-capability-missing',
  category: 'artifact',
  severity: 'error',
  title: 'Binary lacks a file capability it is expected to carry',
  requires: ['artifacts'],
  messages: {
    missing: 'The binary carries no {caps} file capability{have}: it runs without it (binding a port below 1024 as a non-root user fails with "bind: permission denied").',
    notEffective: 'The binary has {caps} in its permitted set but not the effective bit ({have}): a Go program does not raise its own capabilities, so it runs without them.',
    unknown: 'File capabilities could not be read, so --expect cap={caps} cannot be checked: {problem}.',
  },
  fixTitles: {
    giveTheBinaryThe: 'Give the binary the capability (after every build and copy)',
  },
  sources: ['man:capabilities(7)', 'man:setcap(8)', 'man:getcap(8)', 'https://github.com/torvalds/linux/blob/master/include/uapi/linux/capability.h', 'src/syscall/exec_linux.go'],
  fixable: true,
  docs: {
    what: 'Reads the security.capability extended attribute of each Linux binary (with getcap, or getfattr) and compares it with cap= given to --expect: every capability named must be in the permitted set with the effective bit set.',
    why: 'setcap stores capabilities in an extended attribute of the file, not in the program: a rebuild writes a new file and `cp`, `go build -o`, `install` or an image layer without xattrs leave it without them, so a server that bound :443 as a non-root user yesterday fails with "listen tcp :443: bind: permission denied". A capability in the permitted set only is not enough for a Go binary: the runtime never calls capset to raise it, so the effective bit must be set (=ep).',
    fix: 'Set the capability after every build and copy (`setcap cap_net_bind_service=+ep BINARY`), copy with attributes (`cp --preserve=xattr`, Docker `COPY` keeps none from the context: run setcap in the image), or grant it from the service manager instead (systemd AmbientCapabilities=CAP_NET_BIND_SERVICE).',
  },
  check({ artifacts }) {
    const want = artifacts.expect?.caps;
    if (!want?.length) return [];
    const caps = artifacts.capabilities;
    const linux = byFile(artifacts.binaries).map((slices) => slices[0]!).filter((b) => b.format === 'elf');
    if (linux.length === 0) return [];
    if (!caps || caps.reader === null) {
      return [{ messageId: 'unknown', data: { caps: want.join('+'), problem: caps?.problem ?? 'no capability reader ran' } }];
    }
    const out: Report<'missing' | 'notEffective'>[] = [];
    for (const b of linux) {
      const has = caps.files.find((f) => f.path === b.path);
      const missing = want.filter((c) => !has?.permitted.includes(c));
      const fixes = [{ kind: 'command' as const, title: fixTitle('giveTheBinaryThe'), command: `sudo setcap ${want.join(',')}=+ep ${shQuote(b.path)}`, shell: 'sh' as const, os: 'linux', safety: 'review' as const }];
      const have = has ? `${has.permitted.join(',') || 'none permitted'}${has.effective ? ', effective' : ', not effective'}` : '';
      if (missing.length) out.push({ messageId: 'missing', data: { caps: missing.join(', '), have: has ? ` (it has ${have})` : '' }, evidence: { reader: caps.reader, fileCaps: has ?? null }, location: loc(b), fixes });
      else if (!has!.effective) out.push({ messageId: 'notEffective', data: { caps: want.join(', '), have }, evidence: { reader: caps.reader, fileCaps: has }, location: loc(b), fixes });
    }
    return out;
  },
});
