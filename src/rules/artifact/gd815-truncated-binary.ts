import { defineRule, type Report } from '../../engine/define-rule.js';
import { label, loc } from './shared.js';

/** The headers describe more file than there is, or cannot be read at all: a cut or damaged binary. */
export const gd815 = defineRule({
  id: 'GD815',
  name: 'truncated-binary',
  category: 'artifact',
  severity: 'error',
  title: 'Binary is truncated or corrupt',
  requires: ['artifacts'],
  messages: {
    extents: '{subject} is truncated or corrupt: {first}{more}. The file has {size} bytes; what was read of it may be incomplete.',
    headers: '{path} is truncated or corrupt: {message}.',
  },
  sources: ['man:elf(5)', 'https://learn.microsoft.com/windows/win32/debug/pe-format', 'src/debug/elf/file.go', 'src/debug/pe/file.go', 'src/debug/macho/file.go'],
  fixable: false,
  docs: {
    what: 'Reports binaries whose program headers (segments), section headers or data directories (PE import and certificate tables, COFF symbols, Mach-O segments) place data past the end of the file, and files whose headers themselves are cut off or unreadable.',
    why: 'An interrupted download, a partial artifact upload or a full disk leaves a file whose headers are intact but whose body is gone. Such a file may still look like a valid, even "static", binary to a quick look, then fails at start (SIGBUS, "exec format error", "Bad EXE format") or misses its build info.',
    fix: 'Re-download or rebuild the file and compare its size and checksum with the original; check the artifact upload and download steps and the free disk space where it was written.',
  },
  check({ artifacts }) {
    const out: Report<'extents' | 'headers'>[] = [];
    for (const b of artifacts.binaries) {
      if (b.truncated.length === 0) continue;
      const more = b.truncated.length > 1 ? ` (and ${b.truncated.length - 1} more)` : '';
      out.push({ messageId: 'extents', data: { subject: label(b), first: b.truncated[0]!, more, size: b.size }, evidence: { pastEnd: b.truncated }, location: loc(b) });
    }
    for (const p of artifacts.problems) {
      if (p.kind === 'corrupt') out.push({ messageId: 'headers', data: { path: p.path, message: p.message.replace(/^corrupt or truncated: /, '') }, location: { file: p.path } });
    }
    return out;
  },
});
