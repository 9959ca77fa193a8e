import type { AnyRule } from '../../engine/define-rule.js';
import { gd101 } from './gd101-no-go-on-path.js';

export const TOOLCHAIN_RULES: readonly AnyRule[] = [gd101];
