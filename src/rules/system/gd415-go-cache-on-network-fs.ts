import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { NETWORK_FS_TYPES } from '../../knowledge/network-filesystems.js';
import { moveDirFix } from './fixes.js';

export const gd415 = defineRule({
  id: 'GD415',
  name: 'go-cache-on-network-fs',
  category: 'system',
  severity: 'warning',
  title: 'Go cache on a network filesystem',
  requires: ['system'],
  messages: {
    network: '{role}={path} is on {fsType} ({source} at {mountPoint}): every build does many small reads and renames over the network.',
  },
  fixTitles: {
    moveToALocal: 'Move {role} to a local disk',
    moveToALocalExported: 'Move {role} to a local disk (it is exported in your shell startup or CI environment)',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching', 'https://go.dev/ref/mod#module-cache', 'man:nfs(5)'],
  fixable: true,
  docs: {
    what: 'Reports GOCACHE, GOMODCACHE, GOPATH and GOTMPDIR on NFS, SMB/CIFS, 9p, sshfs and similar network or host-shared filesystems (WSL drives are GD404).',
    why: 'The build cache is thousands of small files updated with rename and lock operations; on a network filesystem builds slow down by orders of magnitude, and weak locking or attribute caching can surface as spurious "file exists"/"stale NFS file handle" errors, especially with several machines sharing one cache.',
    fix: 'Keep GOCACHE and GOMODCACHE on a local disk (the defaults under $HOME may be NFS: set them explicitly), and share build results through GOCACHEPROG or a module proxy instead.',
  },
  check({ system }) {
    const roles = new Set(['GOCACHE', 'GOMODCACHE', 'GOPATH', 'GOTMPDIR']);
    return system.dirs.filter((d) => roles.has(d.role) && d.mount && NETWORK_FS_TYPES.has(d.mount.fsType) &&
      !(system.wsl.isWsl && /^\/mnt\/[a-z](\/|$)/.test(d.mount.mountPoint))).map((d) => ({
      messageId: 'network' as const,
      data: { role: d.role, path: d.path, fsType: d.mount!.fsType, source: d.mount!.source, mountPoint: d.mount!.mountPoint },
      evidence: { dir: d },
      fixes: [moveDirFix(d.role, d.source, `/var/tmp/$(id -un)/${d.role.toLowerCase()}`, fixTitle('moveToALocal', { role: d.role }), fixTitle('moveToALocalExported', { role: d.role }))],
    }));
  },
});
