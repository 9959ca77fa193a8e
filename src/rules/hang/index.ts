import type { AnyRule } from '../../engine/define-rule.js';
import { gd950 } from './gd950-output-pipe-full.js';
import { gd951 } from './gd951-pty-output-not-drained.js';
import { gd952 } from './gd952-killed-by-sigpipe.js';
import { gd953 } from './gd953-exited-on-epipe.js';
import { gd954 } from './gd954-output-socket-full.js';

export const HANG_RULES: readonly AnyRule[] = [gd950, gd951, gd952, gd953, gd954];
