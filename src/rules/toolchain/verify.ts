import type { AnyRule } from '../../engine/define-rule.js';
import { gd120 } from './gd120-toolchain-file-modified.js';
import { gd121 } from './gd121-toolchain-file-missing.js';
import { gd122 } from './gd122-stale-file-in-goroot.js';
import { gd123 } from './gd123-toolchain-not-verifiable.js';
import { gd124 } from './gd124-toolchain-module-altered.js';
import { gd125 } from './gd125-toolchain-verification-coverage.js';

/** Toolchain integrity (doctor --verify-toolchain): the installation against its release. */
export const VERIFY_RULES: readonly AnyRule[] = [gd120, gd121, gd122, gd123, gd124, gd125];
