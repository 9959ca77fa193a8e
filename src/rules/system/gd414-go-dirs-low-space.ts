import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { formatBytes } from './fixes.js';

/** Below this, a module download plus a large link can fail with "no space left on device". */
export const LOW_SPACE_BYTES = 1024 ** 3;

export const gd414 = defineRule({
  id: 'GD414',
  name: 'go-dirs-low-space',
  category: 'system',
  severity: 'warning',
  title: 'Little free space for Go caches or temp files',
  requires: ['system'],
  messages: {
    low: '{roles} on {mountPoint} have only {free} free of {total}: builds can fail with "no space left on device".',
  },
  fixTitles: {
    trimTheBuildCache: 'Trim the build cache',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching', 'man:df(1)'],
  fixable: true,
  docs: {
    what: 'Reports filesystems holding GOCACHE, GOMODCACHE, GOPATH, GOTMPDIR or TMPDIR with less than 1 GiB free (df -Pk).',
    why: 'The build cache grows with every build and Go 1.24+ also caches go run binaries; linking a large program writes hundreds of megabytes into the work directory. A full disk makes builds fail midway with "no space left on device" or corrupt cache entries.',
    fix: 'Trim the build cache with `go clean -cache` (and the module cache with `go clean -modcache`), or move the caches to a larger filesystem.',
  },
  check({ system }) {
    const byMount = new Map<string, typeof system.dirs>();
    for (const d of system.dirs) {
      if (d.role === 'GOROOT' || d.freeBytes === null || d.freeBytes >= LOW_SPACE_BYTES) continue;
      const key = d.mount?.mountPoint ?? d.examined ?? d.path;
      byMount.set(key, [...(byMount.get(key) ?? []), d]);
    }
    return [...byMount.entries()].map(([mountPoint, ds]) => ({
      messageId: 'low' as const,
      data: { roles: ds.map((d) => d.role).join(', '), mountPoint, free: formatBytes(ds[0]!.freeBytes!), total: formatBytes(ds[0]!.totalBytes ?? 0) },
      evidence: { dirs: ds },
      fixes: [{ kind: 'command' as const, title: fixTitle('trimTheBuildCache'), command: 'go clean -cache', safety: 'safe' as const }],
    }));
  },
});
