import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** Services, cron jobs and bare containers often have no HOME: then go has no build cache. */
export const gd214 = defineRule({
  id: 'GD214',
  name: 'gocache-unavailable',
  category: 'settings',
  severity: 'error',
  title: 'Go has no build cache',
  requires: ['goenv'],
  messages: {
    noHome: 'HOME is not set and neither is GOCACHE or XDG_CACHE_HOME: builds fail with "build cache is required, but could not be located", and GOPATH is empty too.',
    off: 'GOCACHE=off: builds fail with "build cache is disabled by GOCACHE=off, but required".',
  },
  fixTitles: {
    setExplicitDirectoriesSystemd: 'Set explicit directories (systemd: Environment= lines; Dockerfile: ENV)',
    reEnableTheCache: 'Re-enable the cache',
  },
  sources: ['src/cmd/go/internal/cache/default.go', 'https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching'],
  fixable: true,
  docs: {
    what: 'Reports an empty or disabled GOCACHE, typically because HOME is unset (systemd services, cron, `env -i`, minimal containers).',
    why: 'Since Go 1.12 the build cache is required. Go derives it from GOCACHE, else XDG_CACHE_HOME or HOME; with none of them every build fails, and the default GOPATH (for the module cache) is missing as well.',
    fix: 'Set HOME for the service, or set GOCACHE, GOPATH (and GOMODCACHE) to writable absolute directories.',
  },
  check({ goenv }) {
    const cache = goenv.settings.GOCACHE?.value ?? '';
    const fixes = [
      { kind: 'command' as const, title: fixTitle('setExplicitDirectoriesSystemd'), shell: 'sh' as const, command: 'export GOCACHE=/var/cache/go-build GOPATH=/var/lib/go', safety: 'review' as const },
    ];
    if (cache === 'off') return [{ messageId: 'off', fixes: [{ kind: 'command' as const, title: fixTitle('reEnableTheCache'), command: 'unset GOCACHE   # or go env -u GOCACHE', safety: 'safe' as const }] }];
    if (cache === '' && !goenv.osEnv.HOME && !goenv.osEnv.XDG_CACHE_HOME && !goenv.probeError) return [{ messageId: 'noHome', evidence: { GOCACHE: cache, GOPATH: goenv.settings.GOPATH?.value ?? '' }, fixes }];
    return [];
  },
});
