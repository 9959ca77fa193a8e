import { defineRule } from '../../engine/define-rule.js';
import { isPublicProxy, privateReason, settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** go.mod requirements that look private but go to public proxies or the public checksum DB. */
export const gd507 = defineRule({
  id: 'GD507',
  name: 'private-module-leaks',
  category: 'modules',
  severity: 'warning',
  title: 'A private-looking requirement is not covered by GOPRIVATE/GONOPROXY/GONOSUMDB',
  requires: ['modules'],
  messages: {
    leaks: '{module} looks private ({reason}) but is requested from {where}: its path leaks to a public service and the fetch fails with 404/410 or "verifying module".',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#private-modules', 'src/cmd/go/internal/modfetch/proxy.go', 'src/cmd/go/internal/modfetch/fetch.go'],
  fixable: true,
  docs: {
    what: 'For every requirement of the current go.mod/go.work whose host is an IP address, an internal name (.internal, .corp, .local, .lan ...) or a prefix listed in privateHosts of the godiag config, checks the route the go command would take: a public proxy first, or the public checksum database.',
    why: 'Unless GOPRIVATE (or GONOPROXY and GONOSUMDB) covers a path, the go command asks proxy.golang.org for it and checks new versions against sum.golang.org. That discloses the private module\'s path, and the public services answer 404/410 ("verifying module: ... reading https://sum.golang.org/lookup/...: 404 Not Found").',
    fix: 'Add the private prefixes to GOPRIVATE, keeping its current entries (go env -w GOPRIVATE=existing,corp.example.com), so they are fetched directly and skipped by the checksum database. Every finding proposes the same merged list, so applying one or all keeps every prefix.',
  },
  check({ modules }) {
    const leaks = [];
    for (const req of modules.requirements) {
      const reason = privateReason(req.path, modules.privateHosts);
      const route = modules.routes.find((r) => r.module === req.path);
      if (!reason || !route || route.error) continue;
      const firstProxy = route.steps[0]?.kind === 'proxy' && isPublicProxy(route.steps[0].url) ? route.steps[0].url : null;
      const sumdb = route.sumdb.consulted && route.sumdb.name === 'sum.golang.org' ? 'sum.golang.org' : null;
      if (!firstProxy && !sumdb) continue;
      const prefix = modules.privateHosts.find((h) => req.path.startsWith(h)) ?? req.path.split('/')[0]!;
      leaks.push({ req, reason, route, firstProxy, sumdb, prefix });
    }
    // One GOPRIVATE for all of them: each finding's fix sets the same merged list, so applying
    // several (or one) never drops a prefix another finding added.
    const prefixes = [...new Set(leaks.map((l) => l.prefix))];
    const merged = [...(modules.env.GOPRIVATE ? modules.env.GOPRIVATE.split(',') : []), ...prefixes].filter(Boolean).join(',');
    const why = `${prefixes.join(', ')} ${prefixes.length > 1 ? 'are' : 'is'} fetched directly and not checked against sum.golang.org`;
    return leaks.map(({ req, reason, route, firstProxy, sumdb }) => ({
      messageId: 'leaks' as const,
      data: { module: req.path, reason, where: [firstProxy, sumdb && `the checksum database ${sumdb}`].filter(Boolean).join(' and ') },
      evidence: { route: route.steps.map((s) => s.url), sumdb: route.sumdb, GOPRIVATE: modules.env.GOPRIVATE, GONOPROXY: modules.env.GONOPROXY, GONOSUMDB: modules.env.GONOSUMDB },
      location: { file: req.file, line: req.line },
      fixes: settingFixes(modules, 'GOPRIVATE', merged, why, 'safe'),
    }));
  },
});
