import type { AnyRule } from '../../engine/define-rule.js';
import { gd201 } from './gd201-goroot-set-explicitly.js';
import { gd202 } from './gd202-goroot-invalid.js';
import { gd203 } from './gd203-gopath-overlaps-goroot.js';
import { gd204 } from './gd204-gopath-invalid-entry.js';
import { gd205 } from './gd205-gobin-not-on-path.js';
import { gd206 } from './gd206-goenv-w-overridden.js';
import { gd207 } from './gd207-go111module-off.js';
import { gd208 } from './gd208-invalid-gotoolchain.js';
import { gd209 } from './gd209-invalid-goflags.js';
import { gd210 } from './gd210-go-variable-typo.js';
import { gd211 } from './gd211-module-needs-newer-go.js';
import { gd212 } from './gd212-cross-target-in-env-file.js';
import { gd213 } from './gd213-env-file-ignored-lines.js';
import { gd214 } from './gd214-gocache-unavailable.js';
import { gd215 } from './gd215-go-env-failed.js';
import { gd216 } from './gd216-gobin-relative.js';

export const SETTINGS_RULES: readonly AnyRule[] = [
  gd201, gd202, gd203, gd204, gd205, gd206, gd207, gd208, gd209, gd210, gd211, gd212, gd213, gd214, gd215, gd216,
];
