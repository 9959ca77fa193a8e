import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';
import { proxyHost } from '../../knowledge/goproxy.js';

/** user:password@ inside a GOPROXY URL. */
export const gd504 = defineRule({
  id: 'GD504',
  name: 'credentials-in-goproxy',
  category: 'modules',
  severity: 'error',
  title: 'GOPROXY carries credentials in its URL',
  requires: ['modules'],
  messages: {
    userinfo: 'GOPROXY entry {url} (from {source}) has credentials in the URL; they end up in `go env` output, CI logs, bug reports and process listings.',
  },
  fixTitles: {
    ...SETTING_FIX_TITLES,
    keepTheCredentialsIn: 'Keep the credentials in ~/.netrc (chmod 600) instead',
  },
  sources: ['https://go.dev/ref/mod#private-module-proxy-auth', 'src/cmd/go/internal/auth/auth.go', 'https://go.dev/doc/go1.24#go-command'],
  fixable: true,
  docs: {
    what: 'Reports GOPROXY entries of the form https://user:token@host.',
    why: 'GOPROXY is printed by `go env` and `go bug`, copied into CI logs and visible in the environment of every process. The go command can send the same credentials from ~/.netrc (or $NETRC) or, since Go 1.24, from a GOAUTH command, without putting them in a variable.',
    fix: 'Move the credentials to a netrc entry for the proxy host (or a GOAUTH helper) and remove them from GOPROXY. Rotate the token if the value was ever logged.',
  },
  check({ modules }) {
    return modules.proxy.entries.filter((e) => e.hasUserinfo).map((e) => {
      const host = proxyHost(e.url) ?? 'proxy.example.com';
      return {
        messageId: 'userinfo' as const,
        data: { url: e.url, source: modules.sources.GOPROXY ?? 'default' },
        evidence: { GOPROXY: modules.env.GOPROXY },
        fixes: [
          { kind: 'manual' as const, title: fixTitle('keepTheCredentialsIn'), steps: [`printf 'machine ${host.replace(/:\d+$/, '')} login USER password TOKEN\\n' >> ~/.netrc && chmod 600 ~/.netrc`, 'Rotate the token if GOPROXY was ever printed in a log'], url: 'https://go.dev/ref/mod#private-module-proxy-auth' },
          ...settingFixes(modules, 'GOPROXY', modules.env.GOPROXY.replace(/\/\/[^/@,|]*@/g, '//'), 'the same proxy without credentials'),
        ],
      };
    });
  },
});
