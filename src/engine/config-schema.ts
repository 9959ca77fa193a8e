import { z } from 'zod';
import { SEVERITIES } from '../facts/findings.js';

const LevelSchema = z.enum([...SEVERITIES, 'off']);

/** The .godiag.yaml / .godiag.json file. Loaded only when such a file exists. */
export const ConfigSchema = z.object({
  rules: z.record(z.string(), LevelSchema).default({}),
  /** Module path prefixes the user marks as private (modules area). */
  privateHosts: z.array(z.string()).default([]),
}).strict();
