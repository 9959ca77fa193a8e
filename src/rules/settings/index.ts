import type { AnyRule } from '../../engine/define-rule.js';

export const SETTINGS_RULES: readonly AnyRule[] = [];
