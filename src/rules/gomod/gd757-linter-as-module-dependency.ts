import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';
import { GOLANGCI_SOURCES } from '../../knowledge/golangci-lint.js';

/** golangci-lint's module paths (v1 and v2), and the package paths of its command. */
const GOLANGCI_MODULE = /^github\.com\/golangci\/golangci-lint(\/v2)?$/;
const GOLANGCI_PACKAGE = /^github\.com\/golangci\/golangci-lint(\/v2)?(\/cmd\/golangci-lint)?$/;

/** golangci-lint as a tool directive or a direct requirement: its dependency graph joins the module's. */
export const gd757 = defineRule({
  id: 'GD757',
  name: 'linter-as-module-dependency',
  category: 'gomod',
  severity: 'warning',
  title: 'golangci-lint as a module dependency',
  requires: ['files'],
  messages: {
    tool: '`tool {path}` makes golangci-lint a dependency of {gomod}: its hundreds of modules join this module\'s graph, where minimal version selection builds it with versions it was not released with (or raises yours), which golangci-lint does not support.',
    require: '{gomod} requires {path} {version} directly (a tools.go import): its hundreds of modules join this module\'s graph, where minimal version selection builds it with versions it was not released with (or raises yours), which golangci-lint does not support.',
  },
  fixTitles: {
    installGolangciLintAs: 'Install golangci-lint as a binary',
  },
  sources: ['https://golangci-lint.run/welcome/install/#install-from-sources', 'https://go.dev/ref/mod#minimal-version-selection', ...GOLANGCI_SOURCES],
  fixable: false,
  docs: {
    what: 'Reports go.mod tool directives naming golangci-lint and direct (not `// indirect`) requirements of the golangci-lint module.',
    why: 'golangci-lint\'s install documentation says installs through go install/go get, go tool and the tools.go pattern are not guaranteed to work: the linter then builds with whatever versions of its ~300 dependencies the module graph selects. The same graph change reaches this module: shared dependencies are raised to the linter\'s versions, and modules that require this one inherit the requirement.',
    fix: 'Install a released binary (the golangci-lint-action, the install script with a version, or a package manager), and remove the tool directive (go get -tool github.com/golangci/golangci-lint/v2/cmd/golangci-lint@none) or the tools.go import, then go mod tidy.',
  },
  check({ files }) {
    const out: Report<'tool' | 'require'>[] = [];
    for (const m of files.mods) {
      if (m.kind !== 'go.mod') continue;
      const tool = m.toolDirectives?.find((t) => GOLANGCI_PACKAGE.test(t.value));
      const direct = m.requires?.find((r) => GOLANGCI_MODULE.test(r.path) && !r.indirect);
      if (!tool && !direct) continue;
      out.push({
        messageId: tool ? 'tool' : 'require',
        data: { path: tool ? tool.value : direct!.path, version: direct?.version ?? '', gomod: m.path },
        evidence: { tool: tool?.value ?? null, require: direct ? `${direct.path} ${direct.version}` : null },
        location: tool ? at(m.path, tool.line, tool.column) : at(m.path, direct!.line, direct!.column),
        fixes: [{ kind: 'manual', title: fixTitle('installGolangciLintAs'), steps: ['Use a released binary (golangci-lint-action with a pinned version, or the install script with a version).', tool ? `go get -tool ${tool.value}@none && go mod tidy` : 'Remove the tools.go import of golangci-lint, then go mod tidy.'], url: 'https://golangci-lint.run/welcome/install/' }],
      });
    }
    return out;
  },
});
