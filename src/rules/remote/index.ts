import type { AnyRule } from '../../engine/define-rule.js';
import { gd970 } from './gd970-target-session-broken.js';
import { gd971 } from './gd971-target-unreachable.js';

/** Rules about the session with a remote target (doctor --on URL, fleet). */
export const REMOTE_RULES: readonly AnyRule[] = [gd970, gd971];
