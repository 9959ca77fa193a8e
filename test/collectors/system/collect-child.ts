// Child process for local.test.ts: joins the cgroups given as arguments (cgroup.procs files),
// then collects the system area of this very process and prints it as JSON.
import { writeFileSync } from 'node:fs';
import { LocalHost } from '../../../src/collectors/host.js';
import { systemCollector } from '../../../src/collectors/system/index.js';

for (const procs of process.argv.slice(2)) writeFileSync(procs, String(process.pid));
const value = await systemCollector.collect(new LocalHost(), { cwd: process.cwd() }, {});
process.stdout.write(JSON.stringify(value));
