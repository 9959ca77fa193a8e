import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { installFix } from './fixes.js';

/** The C compiler Go would use for cgo is not there: explicit cgo fails, default cgo is silently off. */
export const gd406 = defineRule({
  id: 'GD406',
  name: 'cgo-compiler-missing',
  category: 'system',
  severity: 'error',
  title: 'C compiler for cgo not found',
  requires: ['system'],
  messages: {
    explicit: 'CGO_ENABLED=1 ({source}) but CC={cc} is not found on PATH: builds that use cgo fail with `cgo: C compiler "{program}" not found`.',
    defaultOff: 'No C compiler ({cc}) on PATH, so cgo is off by default (Go 1.20+): net and os/user use pure-Go code, and -race, plugins and packages with import "C" do not build.',
  },
  fixTitles: {
    installACCompiler: 'Install a C compiler',
    installTheXcodeCommand: 'Install the Xcode command line tools',
    installAMingwW64: 'Install a MinGW-w64 gcc',
    orTurnCgoOff: 'Or turn cgo off explicitly',
  },
  sources: ['https://go.dev/doc/go1.20#cgo', 'src/cmd/go/internal/cfg/cfg.go', 'https://pkg.go.dev/cmd/cgo'],
  fixable: true,
  docs: {
    what: 'Resolves CC (go env CC, default gcc or clang) on PATH the way the go command does and reports the effective CGO_ENABLED with its reason: set explicitly, off for a cross-compile, or off because no C compiler exists (Go 1.20+).',
    why: 'With CGO_ENABLED=1 and no compiler every package with import "C" (and -race) fails to build. When CGO_ENABLED is not set, Go 1.20+ quietly turns cgo off if CC is missing, which changes the DNS resolver and user lookups and breaks -race with a confusing error.',
    fix: 'Install the C compiler (gcc; musl-dev too on Alpine; the Xcode command line tools on macOS), point CC at it, or set CGO_ENABLED=0 deliberately.',
  },
  check({ system }) {
    const { cgo } = system;
    const cc = cgo.cc;
    if (!cc || cc.path) return [];
    const fixes = [
      ...installFix(system, fixTitle('installACCompiler'), { apt: 'gcc libc6-dev', dnf: 'gcc glibc-devel', yum: 'gcc glibc-devel', apk: 'gcc musl-dev', zypper: 'gcc', pacman: 'gcc' }),
      ...(system.os.platform === 'darwin' ? [{ kind: 'command' as const, title: fixTitle('installTheXcodeCommand'), command: 'xcode-select --install', os: 'darwin', safety: 'review' as const }] : []),
      ...(system.os.platform === 'windows' ? [{ kind: 'manual' as const, title: fixTitle('installAMingwW64'), steps: ['Install MSYS2 (https://www.msys2.org/) and run in its UCRT64 shell: pacman -S mingw-w64-ucrt-x86_64-gcc', 'Add C:\\msys64\\ucrt64\\bin to Path (or set CC to the full path of gcc.exe)'], url: 'https://go.dev/wiki/cgo' }] : []),
      { kind: 'command' as const, title: fixTitle('orTurnCgoOff'), command: 'go env -w CGO_ENABLED=0', safety: 'review' as const },
    ];
    const data = { cc: cc.setting, program: cc.program, source: cgo.enabledSource ?? 'unknown' };
    if (cgo.reason === 'explicit' && cgo.enabled) return [{ messageId: 'explicit' as const, data, evidence: { cgo }, fixes }];
    if (cgo.reason === 'no-compiler') return [{ messageId: 'defaultOff' as const, severity: 'info' as const, data, evidence: { cgo }, fixes }];
    return [];
  },
});
