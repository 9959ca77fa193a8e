import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareDotted, RACE_GLIBC_MINIMUM } from '../../knowledge/platform-minimums.js';

/** cgo binaries link against the C library they are built on: state what that means here. */
export const gd405 = defineRule({
  id: 'GD405',
  name: 'cgo-libc-floor',
  category: 'system',
  severity: 'info',
  title: 'cgo binaries built here need this C library',
  requires: ['system'],
  messages: {
    glibc: 'cgo is on and this machine has glibc {version} ({source}): binaries built here can need up to GLIBC_{version} symbols and fail with "version `GLIBC_x.y\' not found" on older systems.',
    musl: 'cgo is on and this machine uses musl{version}: binaries built here load /lib/ld-musl-*.so.1 and do not start on glibc systems ("no such file or directory").',
    raceGlibc: 'glibc {version} is older than 2.17: the race detector (go test -race) does not work here.',
  },
  fixTitles: {
    buildAStaticLibc: 'Build a static, libc-free binary when cgo is not needed',
  },
  sources: ['https://go.dev/doc/articles/race_detector#Requirements', 'https://pkg.go.dev/cmd/cgo', 'man:ld.so(8)'],
  fixable: false,
  docs: {
    what: 'With cgo enabled, reports the C library (glibc version or musl) that programs built on this machine will be linked against, read from the system files (dpkg status, the libc.so.6 link or banner, Alpine\'s package database) before any command.',
    why: 'A dynamically linked cgo binary records the highest GLIBC_x.y symbol versions it used; it will not start on a system with an older glibc, and a musl-linked binary needs the musl loader. The race detector needs glibc 2.17 or newer.',
    fix: 'Build release binaries on the oldest glibc you support (or in a matching container), or build with CGO_ENABLED=0 when nothing needs cgo.',
  },
  check({ system }) {
    const { libc, cgo } = system;
    const out: Report<'glibc' | 'musl' | 'raceGlibc'>[] = [];
    if (libc.kind === 'glibc' && libc.version && compareDotted(libc.version, RACE_GLIBC_MINIMUM.version) < 0) {
      out.push({ messageId: 'raceGlibc' as const, severity: 'warning' as const, data: { version: libc.version }, evidence: { libc } });
    }
    if (cgo.enabled !== true) return out;
    const fixes = [{ kind: 'command' as const, title: fixTitle('buildAStaticLibc'), command: 'CGO_ENABLED=0 go build ./...', shell: 'sh' as const, safety: 'safe' as const }];
    if (libc.kind === 'glibc' && libc.version) out.push({ messageId: 'glibc' as const, data: { version: libc.version, source: libc.source ?? 'system files' }, evidence: { libc, cgo: { enabled: cgo.enabled, reason: cgo.reason } }, fixes });
    if (libc.kind === 'musl') out.push({ messageId: 'musl' as const, data: { version: libc.version ? ` ${libc.version}` : '' }, evidence: { libc }, fixes });
    return out;
  },
});
