import { defineRule } from '../../engine/define-rule.js';
import { originLocation, originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';

/** A relative GOBIN: go env -w accepts it, go install refuses to install anything. */
export const gd216 = defineRule({
  id: 'GD216',
  name: 'gobin-relative',
  category: 'settings',
  severity: 'error',
  title: 'GOBIN is a relative path',
  requires: ['goenv'],
  messages: {
    relative: 'GOBIN={value} (from {origin}) is relative: every `go install` fails with "cannot install, GOBIN must be an absolute path".',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/work/build.go (InstallPackages: "cannot install, GOBIN must be an absolute path")', 'src/cmd/go/internal/envcmd/env.go (checkEnvWrite does not check GOBIN)', 'https://pkg.go.dev/cmd/go#hdr-Environment_variables'],
  fixable: true,
  docs: {
    what: 'Reports a GOBIN that is not an absolute path, wherever it is set.',
    why: 'go install refuses a relative GOBIN (checked with go1.19.8 and go1.26.8), yet `go env -w GOBIN=bin` accepts it and `go env` prints it without a word, so the setting looks fine until the first install.',
    fix: 'Set an absolute directory that is on PATH (for example "$HOME/go/bin" or "$HOME/.local/bin"), or unset GOBIN to install into the first GOPATH entry\'s bin.',
  },
  check({ goenv }) {
    const s = goenv.settings.GOBIN;
    if (!s?.value || s.value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(s.value) || s.value.startsWith('\\\\')) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: 'relative', data: { value: JSON.stringify(s.value), origin: originText(goenv, s) }, fixes: unsetFixes(s), ...(location ? { location } : {}) }];
  },
});
