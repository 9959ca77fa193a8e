// Modules facts for rule tests, built by the collector's own pure function from settings.
import { buildModulesFacts, type ModuleHostFacts } from '../../../src/collectors/modules.js';
import type { ModulesFacts } from '../../../src/facts/schema/modules.js';
import { factsWith } from '../../helpers/rules.js';

export interface ModulesInput {
  env?: Record<string, string>;
  /** Where each setting comes from; unset keys are 'default'. */
  sources?: Record<string, string>;
  requires?: string[];
  privateHosts?: string[];
  host?: Partial<ModuleHostFacts>;
}

export function modulesFacts(input: ModulesInput = {}): ModulesFacts {
  const env = input.env ?? {};
  const requirements = (input.requires ?? []).map((p, i) => ({ path: p, version: 'v1.0.0', indirect: false, file: '/work/go.mod', line: 5 + i }));
  return buildModulesFacts(
    (k) => env[k],
    (k) => input.sources?.[k] ?? (env[k] !== undefined ? 'env' : 'default'),
    requirements,
    input.privateHosts ?? [],
    {
      netrc: { path: '/home/u/.netrc', exists: false, machines: [], hasDefault: false },
      git: { path: '/usr/bin/git', insteadOf: [], credentialHelpers: [] },
      hgPath: null,
      gitTerminalPrompt: null,
      ...input.host,
    },
  );
}

export const facts = (input: ModulesInput = {}) => factsWith({ modules: modulesFacts(input) });
