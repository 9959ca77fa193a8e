import type { AnyRule } from '../../engine/define-rule.js';
import { gd970 } from './gd970-target-session-broken.js';

/** Rules about the session with a remote target (doctor --on URL). */
export const REMOTE_RULES: readonly AnyRule[] = [gd970];
