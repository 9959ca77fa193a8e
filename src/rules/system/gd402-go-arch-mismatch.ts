import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import { installFix } from './fixes.js';

/** A Go toolchain built for another architecture than the machine: emulated (slow) or failing. */
export const gd402 = defineRule({
  id: 'GD402',
  name: 'go-arch-mismatch',
  category: 'system',
  severity: 'warning',
  title: 'Go toolchain architecture differs from the machine',
  requires: ['system'],
  messages: {
    emulated: '{path} is {platform}, but this machine is {machine} ({goarch}); it runs under {emulator}.',
    noEmulator: '{path} is {platform}, but this machine is {machine} ({goarch}) and no emulator is registered: it fails with "exec format error".',
    userland: 'The kernel is {machine} ({goarch}) but the {tool} userland is {userland} ({userlandGoarch}); download Go for {userlandGoarch}, not for uname -m.',
  },
  fixTitles: {
    installGoFor: 'Install Go for {platform}/{goarch}',
    orRegisterQemuUser: 'Or register qemu user emulation (slow, unsupported by Go)',
    useTheGoDownload: 'Use the {goarch} Go download',
  },
  sources: ['https://go.dev/wiki/MinimumRequirements', 'https://go.dev/doc/install/source#environment', 'man:binfmt.d(5)', 'https://support.apple.com/en-us/102527'],
  fixable: true,
  docs: {
    what: 'Compares the GOOS/GOARCH each installed go reports with the machine architecture (uname -m translated to GOARCH), and the kernel architecture with the package manager\'s userland architecture (dpkg/rpm/apk). Registered emulators (qemu binfmt_misc handlers, Rosetta 2) are named.',
    why: 'An amd64 Go on an arm64 host only runs through qemu-user or Rosetta: every compile is several times slower, the Go wiki calls QEMU user mode unsupported, and builds default to the emulated architecture. Without an emulator the binary fails with "exec format error". A 32-bit userland on a 64-bit kernel (Raspberry Pi OS) needs the 32-bit Go download although uname -m says aarch64.',
    fix: 'Install the Go build for the machine\'s architecture (https://go.dev/dl/), and cross-compile with GOARCH instead of emulating.',
  },
  check({ system }) {
    const out: Report<'emulated' | 'noEmulator' | 'userland'>[] = [];
    const { machine, goarch, userland } = system.arch;
    if (!machine || !goarch) return [];
    const qemu = system.emulation.binfmt.filter((b) => b.enabled && /qemu/i.test(b.name + (b.interpreter ?? '')));
    for (const g of system.go.installs) {
      const arch = g.platform?.split('/')[1];
      if (!arch || arch === goarch) continue;
      // 386 on amd64 and arm on arm64 run natively where the CPU supports them.
      if ((arch === '386' && goarch === 'amd64') || (arch === 'arm' && goarch === 'arm64' && system.os.platform !== 'darwin')) continue;
      const handler = qemu.find((b) => b.name.includes(arch === 'amd64' ? 'x86_64' : arch === 'arm64' ? 'aarch64' : arch));
      const emulator = system.emulation.rosetta || (system.os.platform === 'darwin' && arch === 'amd64' && goarch === 'arm64') ? 'Rosetta 2'
        : handler ? `${handler.interpreter ?? handler.name} (binfmt_misc ${handler.name})` : null;
      const fixes: FixDraft[] = [{ kind: 'manual', title: fixTitle('installGoFor', { platform: system.os.platform, goarch }), steps: [`Download go1.x.y.${system.os.platform}-${goarch} from https://go.dev/dl/ and replace ${g.path.replace(/\/bin\/go$/, '')}`], url: 'https://go.dev/dl/' }];
      if (!emulator) fixes.push(...installFix(system, fixTitle('orRegisterQemuUser'), { apt: 'qemu-user-static binfmt-support', dnf: 'qemu-user-static' }));
      out.push({
        messageId: emulator ? ('emulated' as const) : ('noEmulator' as const), severity: emulator ? 'warning' as const : 'error' as const,
        data: { path: g.path, platform: g.platform ?? arch, machine, goarch, emulator: emulator ?? 'none' },
        evidence: { arch: system.arch, binfmt: system.emulation.binfmt, rosetta: system.emulation.rosetta }, fixes,
      });
    }
    // A go that cannot run at all: its own headers say which architecture it was built for.
    for (const u of system.go.unrunnable) {
      if (!u.goarch || u.goarch === goarch || (u.goarch === '386' && goarch === 'amd64')) continue;
      out.push({
        messageId: 'noEmulator', severity: 'error',
        data: { path: u.path, platform: `${u.goos ?? system.os.platform}/${u.goarch}`, machine, goarch, emulator: 'none' },
        evidence: { arch: system.arch, probeError: u.probeError, binfmt: system.emulation.binfmt },
        fixes: [{ kind: 'manual', title: fixTitle('installGoFor', { platform: system.os.platform, goarch }), steps: [`Download go1.x.y.${system.os.platform}-${goarch} from https://go.dev/dl/ and replace ${u.path.replace(/\/bin\/go$/, '')}`], url: 'https://go.dev/dl/' }],
      });
    }
    if (userland?.goarch && userland.goarch !== goarch) {
      out.push({
        messageId: 'userland' as const, severity: 'info' as const,
        data: { machine, goarch, tool: userland.tool, userland: userland.name, userlandGoarch: userland.goarch },
        evidence: { arch: system.arch },
        fixes: [{ kind: 'manual' as const, title: fixTitle('useTheGoDownload', { goarch: userland.goarch }), steps: [`Download go1.x.y.linux-${userland.goarch}${userland.goarch === 'arm' ? 'v6l' : ''}.tar.gz from https://go.dev/dl/`], url: 'https://go.dev/dl/' }],
      });
    }
    return out;
  },
});
