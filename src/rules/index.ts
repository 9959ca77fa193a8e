import type { AnyRule } from '../engine/define-rule.js';
import type { Category } from '../facts/findings.js';
import { TOOLCHAIN_RULES } from './toolchain/index.js';
import { VERIFY_RULES } from './toolchain/verify.js';
import { SETTINGS_RULES } from './settings/index.js';
import { SHELL_RULES } from './shell/index.js';
import { SYSTEM_RULES } from './system/index.js';
import { MODULES_RULES } from './modules/index.js';
import { DOCKERFILE_RULES } from './dockerfile/index.js';
import { CI_RULES } from './ci/index.js';
import { GOMOD_RULES } from './gomod/index.js';
import { DEPLOY_RULES } from './deploy/index.js';
import { ARTIFACT_RULES, ARTIFACT_VULN_RULES } from './artifact/index.js';
import { RUNTIME_RULES } from './runtime/index.js';
import { HANG_RULES } from './hang/index.js';
import { REMOTE_RULES } from './remote/index.js';

/** Every rule, registered explicitly, one list per area (each area owns its index.ts), in id order. */
export const RULES: readonly AnyRule[] = [
  ...TOOLCHAIN_RULES,
  ...VERIFY_RULES,
  ...SETTINGS_RULES,
  ...SHELL_RULES,
  ...SYSTEM_RULES,
  ...MODULES_RULES,
  ...DOCKERFILE_RULES,
  ...CI_RULES,
  ...GOMOD_RULES,
  ...DEPLOY_RULES,
  // The vulnerability rules (GD84x) sit between the inspect rules' ids.
  ...[...ARTIFACT_RULES, ...ARTIFACT_VULN_RULES].sort((a, b) => (a.id < b.id ? -1 : 1)),
  ...RUNTIME_RULES,
  ...HANG_RULES,
  ...REMOTE_RULES,
];

/** Ids that once existed and must never be reused. */
export const RETIRED_IDS: readonly string[] = [];

export function findRule(idOrName: string): AnyRule | undefined {
  const key = idOrName.trim();
  return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}

export function rulesIn(categories: readonly Category[]): AnyRule[] {
  return RULES.filter((r) => categories.includes(r.category));
}
