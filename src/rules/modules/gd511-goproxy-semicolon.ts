import { defineRule } from '../../engine/define-rule.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** `;` is no GOPROXY separator: the entries fuse into one URL whose host cannot resolve. */
export const gd511 = defineRule({
  id: 'GD511',
  name: 'goproxy-semicolon',
  category: 'modules',
  severity: 'error',
  title: 'GOPROXY separates entries with ";", which Go does not split on',
  requires: ['modules'],
  messages: {
    semicolon: 'GOPROXY={value} (from {source}) uses ";" between entries, but the go command splits only at "," and "|": {entry} is one URL with host {host}, so every download fails with "dial tcp: lookup {host}: no such host".',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['src/cmd/go/internal/modfetch/proxy.go (proxyList: strings.IndexAny(goproxy, ",|"))', 'https://go.dev/ref/mod#goproxy-protocol'],
  fixable: true,
  docs: {
    what: 'Reports a GOPROXY entry that contains ";", as written by people used to PATH-like lists on Windows or to GOAUTH, whose commands are ";"-separated.',
    why: 'proxyList splits GOPROXY at "," (fall through on 404/410) and "|" (fall through on any error) only. The entry keeps its ";" and the rest of the list, becomes the host part of the proxy URL, and DNS cannot resolve it: every module download fails, with an error that names a host nobody wrote.',
    fix: 'Separate entries with "," (or "|" to fall through on any error).',
  },
  check({ modules }) {
    const value = modules.env.GOPROXY;
    const entry = value.split(/[,|]/).map((e) => e.trim()).find((e) => e.includes(';'));
    if (!entry) return [];
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(entry)?.[1]?.replace(/^[^@]*@/, '') ?? entry.split('/')[0]!;
    return [{
      messageId: 'semicolon',
      data: { value, source: modules.sources.GOPROXY ?? 'default', entry, host },
      evidence: { GOPROXY: value },
      fixes: settingFixes(modules, 'GOPROXY', value.replace(/\s*;\s*/g, ','), 'the same entries, separated by commas'),
    }];
  },
});
