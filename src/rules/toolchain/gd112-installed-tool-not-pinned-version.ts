import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { installPinnedCommand, pinnedTool } from './tool-go.js';

/** go.mod pins a tool with a tool directive, but the copy installed for shells and editors is another version. */
export const gd112 = defineRule({
  id: 'GD112',
  name: 'installed-tool-not-pinned-version',
  category: 'toolchain',
  severity: 'warning',
  title: 'An installed tool is not the version go.mod pins',
  requires: ['tools', 'project'],
  messages: {
    differs: '{command} ({path}) is {installedModule} {installed}, but {gomod} pins {module} {pinned} for it ({via}): the module\'s builds and `go tool`/`go run` use {pinned}, while the {command} that shells, editors and scripts find is {installed}.',
  },
  fixTitles: {
    installThePinnedVersion: 'Install the pinned version ({pinned}) into GOBIN',
  },
  sources: ['https://go.dev/doc/go1.24#tools', 'https://go.dev/wiki/Modules#how-can-i-track-tool-dependencies-for-a-module', 'https://go.dev/doc/modules/managing-dependencies#tools', 'src/cmd/go/internal/modload/init.go (tool directive)'],
  fixable: true,
  docs: {
    what: 'For each program in GOBIN (or GOPATH/bin) and each type-checking tool first on PATH whose main package go.mod names in a tool directive (or a tools.go file with the `tools` build constraint imports, in the module directory, tools/ or internal/tools/), compares the module version in its build info with the version go.mod requires for that package\'s module (replaced requirements are skipped).',
    why: 'A tool directive (Go 1.24+) or a tools.go import pins a tool to the module\'s requirement, and `go tool NAME` or `go run PKG` build exactly that version; a copy installed earlier with `go install NAME@other` is what shells, Makefiles and editors run, so local results differ from CI and from `go tool`.',
    fix: 'Run `go install PACKAGE` (no @version) in the module\'s directory: in module mode it builds the version go.mod requires into GOBIN; `go install tool` does it for every tool directive.',
  },
  check({ tools, project }) {
    return tools.tools.flatMap((t) => {
      const pin = pinnedTool(project, t.mainPackage);
      if (!pin || (t.module === pin.module && t.version === pin.version)) return [];
      return [{
        messageId: 'differs' as const,
        data: { command: t.command, path: t.path, installedModule: t.module || t.mainPackage, installed: t.version || '(unknown version)', gomod: pin.gomod, module: pin.module, pinned: pin.version, via: pin.via },
        evidence: { tool: t, pin },
        fixes: [{ kind: 'command' as const, title: fixTitle('installThePinnedVersion', { pinned: pin.version }), shell: 'sh' as const, command: installPinnedCommand(pin.gomod, t.mainPackage), safety: 'review' as const }],
      }];
    });
  },
});
