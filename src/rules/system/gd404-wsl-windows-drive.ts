import { defineRule, fixTitle } from '../../engine/define-rule.js';
import type { DirFact } from '../../facts/schema/system.js';
import { homeDefault, moveDirFix } from './fixes.js';

const WINDOWS_DRIVE = /^\/mnt\/[a-z](\/|$)/;

/** Under WSL, Go's caches or workspace on a Windows drive (/mnt/c) are slow and lose Unix semantics. */
export const gd404 = defineRule({
  id: 'GD404',
  name: 'wsl-windows-drive',
  category: 'system',
  severity: 'warning',
  title: 'Go directories on a Windows drive under WSL',
  requires: ['system'],
  messages: {
    onDrive: '{role}={path} is on the Windows drive {mount} ({fsType}) inside WSL{version}: builds are slow and file modes, case and locking differ.',
  },
  fixTitles: {
    useTheLinuxTmp: 'Use the Linux /tmp',
    useTheLinuxTmpExported: 'Use the Linux /tmp (it is exported in your shell startup or CI environment)',
    moveIntoTheLinux: 'Move {role} into the Linux filesystem',
    moveIntoTheLinuxExported: 'Move {role} into the Linux filesystem (it is exported in your shell startup or CI environment)',
  },
  sources: ['https://learn.microsoft.com/en-us/windows/wsl/filesystems', 'https://learn.microsoft.com/en-us/windows/wsl/compare-versions'],
  fixable: true,
  docs: {
    what: 'Under WSL, reports GOPATH, GOCACHE, GOMODCACHE, GOTMPDIR or TMPDIR that live on a Windows drive mounted at /mnt/<letter> (9p in WSL 2, drvfs in WSL 1).',
    why: 'Microsoft recommends keeping Linux-tool files in the Linux filesystem: in WSL 2 every access to /mnt/c crosses the 9p file server and is many times slower; Windows drives are case-insensitive by default and do not keep Unix permission bits unless mounted with metadata, so the read-only module cache and executable bits behave differently.',
    fix: 'Move the directories into the Linux filesystem (the defaults under $HOME are), and keep projects under ~ rather than /mnt/c.',
  },
  check({ system }) {
    if (!system.wsl.isWsl) return [];
    const onDrive = (d: DirFact) => d.role !== 'GOROOT' && (WINDOWS_DRIVE.test(d.path) || (!!d.mount && ['9p', 'drvfs'].includes(d.mount.fsType) && WINDOWS_DRIVE.test(d.mount.mountPoint)));
    const flagged = system.dirs.filter(onDrive);
    // A default GOMODCACHE lives in GOPATH and moves with it: one fix, not two.
    const gopathFlagged = flagged.some((d) => d.role === 'GOPATH');
    return flagged.filter((d) => !(gopathFlagged && d.role === 'GOMODCACHE' && d.source === 'default')).map((d) => ({
      messageId: 'onDrive' as const,
      data: { role: d.role, path: d.path, mount: d.mount?.mountPoint ?? d.path.slice(0, 6), fsType: d.mount?.fsType ?? 'Windows drive', version: system.wsl.version ? ` ${system.wsl.version}` : '' },
      evidence: { dir: d, wsl: system.wsl },
      fixes: [d.role === 'TMPDIR' ? moveDirFix('TMPDIR', 'env', '/tmp', fixTitle('useTheLinuxTmp'), fixTitle('useTheLinuxTmpExported')) : moveDirFix(d.role, d.source, homeDefault(d.role), fixTitle('moveIntoTheLinux', { role: d.role }), fixTitle('moveIntoTheLinuxExported', { role: d.role }))],
    }));
  },
});
