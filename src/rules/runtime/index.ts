import type { AnyRule } from '../../engine/define-rule.js';
import { gd901 } from './gd901-runtime-build-failed.js';
import { gd902 } from './gd902-runtime-noexec-temp.js';
import { gd903 } from './gd903-runtime-cgo-broken.js';
import { gd904 } from './gd904-runtime-module-download-failed.js';
import { gd905 } from './gd905-runtime-cross-build-failed.js';
import { gd906 } from './gd906-runtime-toolchain-switch-needed.js';

export const RUNTIME_RULES: readonly AnyRule[] = [gd901, gd902, gd903, gd904, gd905, gd906];
