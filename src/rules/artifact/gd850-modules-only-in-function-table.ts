import { defineRule } from '../../engine/define-rule.js';
import { label, loc } from './shared.js';

/** Module versions that only the function table still names: build-info readers see none. */
export const gd850 = defineRule({
  id: 'GD850',
  name: 'modules-only-in-function-table',
  category: 'artifact',
  severity: 'info',
  title: 'Module versions survive only in the function table',
  requires: ['artifacts'],
  messages: {
    hidden: '{subject} has no build info, but the source paths of its function table name {count} module version(s): {modules}. Tools that read build info (go version -m, govulncheck, SBOM generators) see none of them.',
  },
  sources: ['src/runtime/symtab.go', 'src/debug/gosym/pclntab.go', 'src/cmd/go/internal/modfetch/cache.go', 'src/debug/buildinfo/buildinfo.go'],
  fixable: false,
  docs: {
    what: 'For Go binaries without build info, lists the module@version pairs found in the file table of the function table (pclntab): paths in the module cache layout (GOMODCACHE/path@version/) or, with -trimpath, path@version/.',
    why: 'Build info is the only place tools look for module versions: a binary whose build info was removed still contains the code of these versions, and a vulnerability in them goes unreported.',
    fix: 'Ship binaries with their build info (do not remove .go.buildinfo). Until then, run govulncheck on the source at the same revision: `govulncheck -mode=binary` reads build info too.',
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => !b.buildInfo && (b.recovered?.modules.length ?? 0) > 0).map((b) => {
      const mods = b.recovered!.modules;
      return {
        messageId: 'hidden' as const,
        data: { subject: label(b), count: String(mods.length), modules: mods.map((m) => `${m.path}@${m.version}`).join(', ') },
        evidence: { modules: mods.map((m) => ({ module: `${m.path}@${m.version}`, file: m.file })), pclntab: b.recovered!.pclntab },
        location: loc(b),
      };
    });
  },
});
