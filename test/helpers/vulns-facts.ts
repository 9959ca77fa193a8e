// Vulns facts for the vulnerability rules' tables.
import type { Advisory, VulnsFacts } from '../../src/facts/schema/vulns.js';

export const adv = (id: string, fixed: string | null): Advisory => ({ id, aliases: [`CVE-${id}`], summary: `summary of ${id}`, fixed });

export function vulns(over: Partial<VulnsFacts> = {}): VulnsFacts {
  return {
    db: { dir: '/m/golang.org/x/vulndb@v0.0.0-20261105234957-e22db6528018/data/osv', from: 'module-cache', version: 'v0.0.0-20261105234957-e22db6528018', entries: 4789, unreadable: 0 },
    howTo: null,
    toolchain: { goVersion: 'go1.26.8', semver: 'v1.26.8', stdlib: [], goCommand: [] },
    modules: [],
    binaries: [],
    ...over,
  };
}
