import { defineRule } from '../../engine/define-rule.js';
import { originLocation, originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';
import { gorootTreeProblem } from './gd202-goroot-invalid.js';

/** GOROOT set by hand: harmless while it matches, the first thing to break on the next upgrade. */
export const gd201 = defineRule({
  id: 'GD201',
  name: 'goroot-set-explicitly',
  category: 'settings',
  severity: 'info',
  title: 'GOROOT is set explicitly',
  requires: ['goenv'],
  messages: {
    explicit: 'GOROOT={value} is set by {origin}; the go command finds its own GOROOT, so this setting only matters once it goes stale.',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/install'],
  fixable: true,
  docs: {
    what: 'Reports GOROOT set in the environment or by `go env -w` while it still names a working tree of the running release (a broken one is GD202).',
    why: 'Since long before modules the go command locates GOROOT from its own executable (exe/../.., then after resolving symlinks). An explicit GOROOT overrides that, and after an upgrade or a switch of install it points at another release: builds then fail with "compile: version ... does not match go tool version ...", or "package fmt is not in GOROOT".',
    fix: 'Remove the GOROOT export from shell startup files, CI configuration and Dockerfiles (or run `go env -u GOROOT`) and let go find its own.',
  },
  check({ goenv }) {
    const s = goenv.settings.GOROOT;
    if (!s || (s.source !== 'env' && s.source !== 'user-file')) return [];
    // A GOROOT that is already broken is GD202's error; saying "only matters once stale" too would repeat it.
    if (gorootTreeProblem(goenv.gorootTree, goenv.goVersion)) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: 'explicit', data: { value: s.value, origin: originText(goenv, s) }, fixes: unsetFixes(s), ...(location ? { location } : {}) }];
  },
});
