// Table cases; test/cli/doctor-installed-tools.test.ts installs the pinned staticcheck for real.
import { gd112 } from '../../../src/rules/toolchain/gd112-installed-tool-not-pinned-version.js';
import { runRuleTester } from '../../helpers/rule-tester.js';
import { factsWith } from '../../helpers/rules.js';
import { project } from '../../helpers/builders.js';
import type { InstalledTool } from '../../../src/facts/schema/tools.js';
import type { ModFileSummary } from '../../../src/facts/schema/project.js';

const tool = (o: Partial<InstalledTool>): InstalledTool => ({
  path: '/home/u/go/bin/stringer', command: 'stringer', from: 'GOPATH', mainPackage: 'golang.org/x/tools/cmd/stringer',
  module: 'golang.org/x/tools', version: 'v0.30.0', goVersion: 'go1.26.8', ...o,
});
const mod = (o: Partial<ModFileSummary>): ModFileSummary => ({
  path: '/work/go.mod', module: 'example.com/m', go: '1.26', toolchain: null, replaces: [], errors: [],
  tools: ['golang.org/x/tools/cmd/stringer'],
  requires: [{ path: 'golang.org/x/tools', version: 'v0.52.0', indirect: false, line: 5 }, { path: 'golang.org/x', version: 'v1.0.0', indirect: true, line: 6 }],
  ...o,
});
const facts = (t: InstalledTool, m: Partial<ModFileSummary> = {}) => factsWith({ tools: { tools: [t], unreadable: [], read: 1 }, project: project(null, { gomod: mod(m) }) });

runRuleTester(gd112, {
  valid: [
    { name: 'the pinned version is installed', facts: facts(tool({ version: 'v0.52.0' })) },
    { name: 'no tool directive names it', facts: facts(tool({}), { tools: [] }) },
    { name: 'the requirement is replaced', facts: facts(tool({}), { replaces: [{ from: 'golang.org/x/tools', fromVersion: null, to: '../tools', toVersion: null, line: 9 }] }) },
    { name: 'the module\'s own command (built from this checkout)', facts: facts(tool({ mainPackage: 'example.com/m/cmd/gen', version: '(devel)' }), { tools: ['example.com/m/cmd/gen'] }) },
  ],
  invalid: [
    {
      name: 'another version installed: the longest requirement provides the package',
      facts: facts(tool({})),
      errors: [{ messageId: 'differs', data: { installed: 'v0.30.0', pinned: 'v0.52.0', module: 'golang.org/x/tools', via: '`tool golang.org/x/tools/cmd/stringer`' }, fixTitles: ['Install the pinned version (v0.52.0) into GOBIN'] }],
    },
    {
      name: 'a tools.go import pins it (before tool directives)',
      facts: factsWith({ tools: { tools: [tool({})], unreadable: [], read: 1 }, project: project(null, { gomod: mod({ tools: [] }), toolsGo: [{ path: '/work/tools/tools.go', imports: ['golang.org/x/tools/cmd/stringer'] }] }) }),
      errors: [{ messageId: 'differs', data: { via: 'the import in /work/tools/tools.go', pinned: 'v0.52.0' } }],
    },
    {
      name: 'a local build ((devel)) is not the pinned release',
      facts: facts(tool({ version: '(devel)' })),
      errors: [{ messageId: 'differs', data: { installed: '(devel)' } }],
    },
  ],
});
