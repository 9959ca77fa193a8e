import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { reinstallCommand, someOf, treeName, VERIFY_SOURCES } from './verify-shared.js';
import { shQuote } from '../../knowledge/shell-quote.js';

/** Files the release does not ship, inside the part of the tree the release covers. */
export const gd122 = defineRule({
  id: 'GD122',
  name: 'stale-file-in-goroot',
  category: 'toolchain',
  severity: 'error',
  title: 'The Go installation holds files its release does not ship (another release unpacked over it?)',
  requires: ['verify'],
  messages: {
    stalePackageFiles: '{tree} has {count} source file(s) in standard-library package directories that {release} does not ship: {files}. The go command compiles every such file into its package, so these packages break or change: {packages}.',
    extraFiles: '{tree} has {count} file(s) that {release} does not ship: {files}.',
  },
  fixTitles: {
    reinstallIntoAnEmpty: 'Reinstall into an empty directory',
    removeTheFilesNoPackage: 'Remove the files no package owns',
  },
  sources: [...VERIFY_SOURCES, 'https://go.dev/doc/install', 'src/go/build/build.go'],
  fixable: true,
  docs: {
    what: 'With `doctor --verify-toolchain`, lists files inside the part of the installation the release covers (src/, bin/, pkg/tool/, lib/ ...) that the release does not have. Files in directories the release never ships (test/, api/, misc/, doc/, build caches) are only counted.',
    why: 'Extracting a new release over an old one (`tar -C /usr/local -xzf` without removing /usr/local/go first, which https://go.dev/doc/install warns about) leaves the old release\'s files beside the new ones. go/build compiles every .go, .s and .c file of a package directory, so a file the new release deleted or renamed is compiled with the new ones: duplicate declarations, undefined symbols, or a silently different standard library.',
    fix: 'Remove the installation directory and extract the release into an empty directory; in a tree a distribution package owns, remove the files no package owns.',
  },
  check({ verify }) {
    return verify.toolchains.flatMap((v) => {
      const inPackages = v.extra.filter((e) => e.package && e.buildFile);
      const rest = v.extra.filter((e) => !(e.package && e.buildFile));
      // A package-owned tree keeps its packages' files: only the strays go.
      const fixFor = (files: readonly string[]) => (reinstallCommand(v) && v.extraCount === v.extra.length && files.length > 0 && files.length <= 50
        ? { kind: 'manual' as const, title: fixTitle('removeTheFilesNoPackage'), steps: [`sudo rm -- ${files.map((f) => shQuote(`${v.goroot}/${f}`)).join(' ')}`] }
        : { kind: 'manual' as const, title: fixTitle('reinstallIntoAnEmpty'), steps: [`sudo rm -rf -- ${shQuote(v.goroot)}`, `Extract the ${v.release} archive from https://go.dev/dl/ into ${v.goroot.replace(/\/[^/]+$/, '') || '/'} again`], url: 'https://go.dev/doc/install' });
      const out: Report<'stalePackageFiles' | 'extraFiles'>[] = [];
      if (inPackages.length) {
        const packages = [...new Set(inPackages.map((e) => e.package!))].sort();
        out.push({ messageId: 'stalePackageFiles' as const, data: { tree: treeName(v), count: inPackages.length, release: v.release ?? 'the release', files: someOf(inPackages.map((e) => e.path)), packages: someOf(packages) }, evidence: { files: inPackages.slice(0, 50).map((e) => e.path), packages }, fixes: [fixFor(inPackages.map((e) => e.path))] });
      }
      const restCount = v.extraCount - inPackages.length;
      if (restCount > 0) {
        out.push({ messageId: 'extraFiles' as const, severity: 'warning' as const, data: { tree: treeName(v), count: restCount, release: v.release ?? 'the release', files: someOf(rest.map((e) => e.path), restCount) }, evidence: { files: rest.slice(0, 50).map((e) => e.path) }, fixes: [fixFor(rest.map((e) => e.path))] });
      }
      return out;
    });
  },
});
