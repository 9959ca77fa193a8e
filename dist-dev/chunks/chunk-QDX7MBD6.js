import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  ARTIFACT_RULES,
  ARTIFACT_VULN_RULES
} from "./chunk-I4IKHWZ2.js";
import {
  CI_RULES,
  DEPLOY_RULES,
  DOCKERFILE_RULES,
  GOMOD_RULES
} from "./chunk-Z5KYQY4S.js";
import {
  HANG_RULES
} from "./chunk-76J5DVE5.js";
import {
  RUNTIME_RULES,
  SETTINGS_RULES,
  SYSTEM_RULES,
  TOOLCHAIN_RULES,
  VERIFY_RULES
} from "./chunk-TUA3ZO57.js";
import {
  MODULES_RULES
} from "./chunk-T4FF3R5O.js";
import {
  REMOTE_RULES,
  SHELL_RULES
} from "./chunk-NKKUPBPJ.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/index.ts
var RULES = [
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
  ...[...ARTIFACT_RULES, ...ARTIFACT_VULN_RULES].sort((a, b) => a.id < b.id ? -1 : 1),
  ...RUNTIME_RULES,
  ...HANG_RULES,
  ...REMOTE_RULES
];
var RETIRED_IDS = [];
function findRule(idOrName) {
  const key = idOrName.trim();
  return RULES.find((r) => r.id.toLowerCase() === key.toLowerCase() || r.name === key);
}
__name(findRule, "findRule");
function rulesIn(categories) {
  return RULES.filter((r) => categories.includes(r.category));
}
__name(rulesIn, "rulesIn");

export {
  RULES,
  RETIRED_IDS,
  findRule,
  rulesIn
};
