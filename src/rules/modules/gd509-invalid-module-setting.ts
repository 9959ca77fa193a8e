import { defineRule, type Report } from '../../engine/define-rule.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';
import { DEFAULT_GOPROXY } from '../../knowledge/goproxy.js';

/** GOPROXY, GOSUMDB or GOAUTH values the go command rejects the first time it needs them. */
export const gd509 = defineRule({
  id: 'GD509',
  name: 'invalid-module-setting',
  category: 'modules',
  severity: 'error',
  title: 'GOPROXY, GOSUMDB or GOAUTH is invalid',
  requires: ['modules'],
  messages: {
    goproxy: 'GOPROXY={value} (from {source}) is rejected: {error}. Every module download fails with this error.',
    goproxyUnset: 'GOPROXY is empty: nothing sets it (no environment variable, no go env -w entry, and {gorootEnv} has no GOPROXY line), and since Go 1.21 the default lives only in that file, so every module download fails with "{error}".',
    gosumdb: 'GOSUMDB={value} (from {source}) is rejected: {error}. Every checksum lookup fails, so new dependencies cannot be added.',
    goauth: 'GOAUTH={value} (from {source}) is rejected: {error}. The go command exits the first time it needs credentials.',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['src/cmd/go/internal/modfetch/proxy.go (proxyList)', 'src/cmd/go/internal/cfg/cfg.go (GOPROXY defaults to "" without go.env)', 'src/cmd/go/internal/modfetch/sumdb.go', 'src/cmd/go/internal/auth/auth.go'],
  fixable: true,
  docs: {
    what: 'Parses GOPROXY, GOSUMDB and GOAUTH exactly as the go command does and reports values it rejects: a proxy URL without scheme or with another scheme than https, http or file; a list with no entries; a GOSUMDB that is neither a known name nor name+hash+key; GOAUTH=off combined with other commands or a relative `git` directory.',
    why: '`go env` prints these values without checking them; the error appears only when a module must be downloaded or verified, often in CI.',
    fix: 'Correct the value at its source; the defaults are GOPROXY=https://proxy.golang.org,direct, GOSUMDB=sum.golang.org, GOAUTH=netrc.',
  },
  check({ modules }) {
    const out: Report<'goproxy' | 'goproxyUnset' | 'gosumdb' | 'goauth'>[] = [];
    const src = (k: 'GOPROXY' | 'GOSUMDB' | 'GOAUTH') => modules.sources[k] ?? 'default';
    // Only a value from the environment or the go env file can be removed; one from $GOROOT/go.env, or
    // none at all, has to be written (go env -u GOPROXY would change nothing).
    const removable = (k: 'GOPROXY' | 'GOSUMDB' | 'GOAUTH') => src(k) === 'env' || src(k) === 'user-file';
    if (modules.proxy.error && src('GOPROXY') === 'default' && modules.env.GOPROXY === '') {
      out.push({ messageId: 'goproxyUnset' as const, data: { gorootEnv: '$GOROOT/go.env', error: modules.proxy.error }, fixes: settingFixes(modules, 'GOPROXY', DEFAULT_GOPROXY, 'the value Go ships in $GOROOT/go.env') });
    } else if (modules.proxy.error) out.push({ messageId: 'goproxy' as const, data: { value: JSON.stringify(modules.env.GOPROXY), source: src('GOPROXY'), error: modules.proxy.error }, fixes: settingFixes(modules, 'GOPROXY', removable('GOPROXY') ? null : DEFAULT_GOPROXY, 'back to the default') });
    if (modules.sumdb.error) out.push({ messageId: 'gosumdb' as const, data: { value: JSON.stringify(modules.env.GOSUMDB), source: src('GOSUMDB'), error: modules.sumdb.error }, fixes: settingFixes(modules, 'GOSUMDB', removable('GOSUMDB') ? null : 'sum.golang.org', 'back to sum.golang.org') });
    for (const error of modules.goauth.errors) out.push({ messageId: 'goauth' as const, data: { value: JSON.stringify(modules.env.GOAUTH), source: src('GOAUTH'), error }, fixes: settingFixes(modules, 'GOAUTH', removable('GOAUTH') ? null : 'netrc', 'back to netrc') });
    return out;
  },
});
