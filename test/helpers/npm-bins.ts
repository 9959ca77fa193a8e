// Third-party Go binaries published on npm, fetched with `npm pack` once and cached under
// .cache/npm-bins/<name>@<version>/ (the npm registry is reachable from tests).
import { existsSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from '../../src/collectors/exec.js';

const CACHE = path.resolve('.cache/npm-bins');

/**
 * Unpack `pkg@version` and return the package directory (…/package). Test files run in parallel
 * processes: each unpacks into its own staging directory and renames it into place, so two
 * processes asking for the same package never see each other's half-written tree.
 */
export async function npmPackage(spec: string): Promise<string> {
  const dir = path.join(CACHE, spec.replace(/\//g, '+'));
  const pkgDir = path.join(dir, 'package');
  if (existsSync(path.join(dir, '.done'))) return pkgDir;
  await fs.mkdir(CACHE, { recursive: true });
  const staging = await fs.mkdtemp(path.join(CACHE, '.staging-'));
  try {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? os.homedir(), npm_config_update_notifier: 'false' };
    const packed = await execFile('npm', ['pack', spec, '--silent', '--pack-destination', staging], { env, timeoutMs: 300_000, cwd: staging });
    if (packed.code !== 0) throw new Error(`npm pack ${spec}: ${packed.stderr || packed.error}`);
    const tgz = (await fs.readdir(staging)).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error(`npm pack ${spec} produced no tarball`);
    const untar = await execFile('tar', ['-xzf', tgz], { env, cwd: staging, timeoutMs: 120_000 });
    if (untar.code !== 0) throw new Error(`tar ${tgz}: ${untar.stderr}`);
    await fs.rm(path.join(staging, tgz));
    await fs.writeFile(path.join(staging, '.done'), spec);
    try {
      await fs.rename(staging, dir);
    } catch (e) {
      if (existsSync(path.join(dir, '.done'))) return pkgDir; // another process won the race
      // A tree left by an interrupted run of the old layout: replace it.
      await fs.rm(dir, { recursive: true, force: true });
      await fs.rename(staging, dir).catch((again) => { throw new Error(`cannot place ${spec} in ${dir}: ${(again as Error).message} (first: ${(e as Error).message})`); });
    }
    return pkgDir;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Every regular file under dir (relative paths), for finding the binaries of a package. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  }
  return out.sort();
}
