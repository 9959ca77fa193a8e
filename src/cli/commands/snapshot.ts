import * as path from 'node:path';
import { redactDeep } from '../../engine/redact.js';
import { writeFile } from '../../collectors/host-write.js';
import { COMMON_FLAGS, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { startStatus } from '../status-line.js';
import { collectDoctorFacts, localHost, parseTimeout } from '../doctor-run.js';
import { loadUserConfig } from '../pipeline.js';
import { TARGET_FLAGS, TARGET_HELP, connectTarget, describeTarget, targetCwd, transportFrom, warnIfBroken } from '../remote-target.js';

const HELP = `usage: godiag snapshot [--cwd DIR] [-o FILE] [--timeout SECONDS] [--no-progress] [--on URL | --via CMD]

Collect everything doctor looks at into one JSON document (secrets redacted), to
analyze later (godiag analyze FILE) or compare across machines (godiag diff A B).
Run it where the problem is: a CI job, a container, a colleague's laptop, or point it there:

${TARGET_HELP}`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, { help: COMMON_FLAGS.help, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config, output: { type: 'string', short: 'o' }, timeout: { type: 'string' }, 'no-progress': COMMON_FLAGS['no-progress'], ...TARGET_FLAGS }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const transport = transportFrom(values);
  const localDir = projectDir(io, transport ? undefined : values.cwd);
  const config = await loadUserConfig(values.config, localDir);
  const timeoutMs = parseTimeout(values.timeout);
  // The document is the same bytes with or without the status line: that goes to stderr, on a terminal only.
  const target = transport ? await connectTarget(transport, io) : null;
  const cwd = target ? targetCwd(target, values.cwd) : localDir;
  const status = startStatus(io, 'snapshot', !!values['no-progress']);
  const { facts } = await collectDoctorFacts({ cwd, privateHosts: config.privateHosts, ...(timeoutMs ? { timeoutMs } : {}), progress: (step) => status.set(step) }, target ?? localHost(io.env))
    .finally(() => { status.done(); return target?.close(); });
  if (target) {
    describeTarget(facts, target);
    warnIfBroken(io, target);
  }
  const json = JSON.stringify(redactDeep(facts), null, 2) + '\n';
  if (values.output) {
    const file = path.resolve(io.cwd, values.output);
    try {
      writeFile(file, json);
    } catch (e) {
      throw new UsageError(`cannot write the snapshot to ${file}: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a directory (give a file name)' : (e as Error).message}`);
    }
  }
  else io.stdout(json);
  return 0;
}
