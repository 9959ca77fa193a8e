import * as path from 'node:path';
import type { Severity } from '../facts/findings.js';
import { isHostError, LocalHost, type Host } from '../collectors/host.js';

/** Per-rule override by id or name: a severity, or off. */
export type RuleConfig = Record<string, Severity | 'off'>;

export interface GodiagConfig {
  rules: RuleConfig;
  /** Module path prefixes the user marks as private (modules area). */
  privateHosts: string[];
}

export const CONFIG_NAMES = ['.godiag.yaml', '.godiag.yml', '.godiag.json'];

export class ConfigError extends Error {}

/** Find a config from dir upward; null when there is none. */
export async function findConfig(dir: string, host: Host = new LocalHost()): Promise<string | null> {
  let cur = path.resolve(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = path.join(cur, name);
      if ((await host.stat(p))?.isFile) return p;
    }
    const up = path.dirname(cur);
    if (up === cur) return null;
    cur = up;
  }
}

/** A configuration is a few lines; anything larger is not one. */
export const MAX_CONFIG_BYTES = 256 * 1024;

export async function loadConfig(file: string, host: Host = new LocalHost()): Promise<GodiagConfig> {
  const st = await host.statWhy(file);
  if (isHostError(st)) throw new ConfigError(`cannot read config ${file}: ${st.code}`);
  // A FIFO or device is never opened (a FIFO blocks, /dev/zero never ends).
  if (!st.isFile) throw new ConfigError(`config ${file} is not a regular file (${st.isFIFO ? 'a FIFO' : st.isDir ? 'a directory' : st.isDevice ? 'a device' : 'a special file'}); not read`);
  if (st.size > MAX_CONFIG_BYTES) throw new ConfigError(`config ${file} is ${st.size} bytes, more than the ${MAX_CONFIG_BYTES} a configuration can be; not read`);
  // The one guarded read: non-blocking open and a check on the descriptor, so a FIFO swapped in
  // after the stat above cannot block either.
  const text = await host.readText(file, MAX_CONFIG_BYTES);
  if (text === null) throw new ConfigError(`cannot read config ${file}: unreadable, or replaced by something that is not a regular file`);
  let raw: unknown;
  try {
    if (file.endsWith('.json')) raw = JSON.parse(text);
    else raw = (await import('./yaml-text.js')).parseYaml(text);
  } catch (e) {
    throw new ConfigError(`config ${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(e as Error).message}`);
  }
  const { ConfigSchema } = await import('./config-schema.js');
  const parsed = ConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`config ${file}: ${msg}`);
  }
  return parsed.data;
}
