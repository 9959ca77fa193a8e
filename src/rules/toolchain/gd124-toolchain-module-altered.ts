import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { VERIFY_SOURCES } from './verify-shared.js';

/** The reference itself does not hash to what go recorded when it downloaded it. */
export const gd124 = defineRule({
  id: 'GD124',
  name: 'toolchain-module-altered',
  category: 'toolchain',
  severity: 'error',
  title: 'The toolchain module in the module cache differs from what go downloaded',
  requires: ['verify'],
  messages: {
    altered: '{path} hashes to {computed}, but go recorded {recorded} in its .ziphash when it downloaded and checked it: the module cache was changed after the download, so it cannot vouch for {goroot}.',
  },
  fixTitles: {
    emptyTheModuleCache: 'Empty the module cache and download again',
  },
  sources: [...VERIFY_SOURCES, 'src/cmd/go/internal/modfetch/fetch.go', 'https://go.dev/ref/mod#module-cache'],
  fixable: true,
  docs: {
    what: 'Recomputes the h1: hash (golang.org/x/mod/sumdb/dirhash Hash1) of the golang.org/toolchain zip or extraction used as reference, and compares it with the .ziphash go wrote when it downloaded the module and checked it against the checksum database.',
    why: 'The module cache is trusted after download: go does not re-check it. A changed zip or extraction means the cache was altered, by hand or by something else; a toolchain that go runs from the cache (GOTOOLCHAIN) then runs altered code.',
    fix: 'Remove the module from the cache (`go clean -modcache`, or delete that module\'s directory and zip) and download it again.',
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.recordedHash && v.reference.computedHash && v.reference.recordedHash !== v.reference.computedHash).map((v) => ({
      messageId: 'altered' as const,
      data: { path: v.reference.paths[0] ?? '', computed: v.reference.computedHash!, recorded: v.reference.recordedHash!, goroot: v.goroot },
      evidence: { module: v.reference.module },
      fixes: [{ kind: 'command' as const, title: fixTitle('emptyTheModuleCache'), command: 'go clean -modcache', safety: 'destructive' as const }],
    }));
  },
});
