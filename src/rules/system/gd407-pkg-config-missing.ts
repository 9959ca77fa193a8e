import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { installFix } from './fixes.js';

/** `#cgo pkg-config:` directives need the pkg-config program. */
export const gd407 = defineRule({
  id: 'GD407',
  name: 'pkg-config-missing',
  category: 'system',
  severity: 'error',
  title: 'pkg-config needed by cgo but not found',
  requires: ['system'],
  messages: {
    missing: '{count} file(s) in this module use `#cgo pkg-config:` (first: {file}) but {program} is not on PATH: go build fails with `exec: "{program}": executable file not found in $PATH`.',
  },
  fixTitles: {
    installPkgConfig: 'Install pkg-config',
  },
  sources: ['https://pkg.go.dev/cmd/cgo', 'src/cmd/go/internal/work/exec.go'],
  fixable: true,
  docs: {
    what: 'Looks for `#cgo pkg-config:` directives in the main module\'s Go files and checks that PKG_CONFIG (default pkg-config) is on PATH while cgo is enabled.',
    why: 'The go command runs pkg-config --cflags and --libs for those packages before compiling; without the program the build stops.',
    fix: 'Install pkg-config (pkgconf) and the -dev/-devel package of the library named in the directive, or set PKG_CONFIG to the right wrapper when cross-compiling.',
  },
  check({ system }) {
    const { pkgConfig, enabled } = system.cgo;
    if (enabled !== true || pkgConfig.path || pkgConfig.neededBy.length === 0) return [];
    const program = pkgConfig.setting.trim().split(/\s+/)[0] ?? 'pkg-config';
    return [{
      messageId: 'missing',
      data: { count: pkgConfig.neededBy.length, file: pkgConfig.neededBy[0]!, program },
      evidence: { pkgConfig },
      fixes: installFix(system, fixTitle('installPkgConfig'), { apt: 'pkg-config', dnf: 'pkgconf-pkg-config', yum: 'pkgconfig', apk: 'pkgconf', zypper: 'pkg-config', pacman: 'pkgconf', brew: 'pkgconf' }),
    }];
  },
});
