import type { AnyRule } from '../../engine/define-rule.js';
import { gd751 } from './gd751-go-line-newer-than-installed.js';
import { gd752 } from './gd752-toolchain-older-than-go-line.js';
import { gd753 } from './gd753-replace-to-local-path.js';
import { gd754 } from './gd754-tools-go-with-tool-directive.js';
import { gd755 } from './gd755-go-mod-does-not-parse.js';
import { gd756 } from './gd756-go-work-go-below-module.js';
import { gd757 } from './gd757-linter-as-module-dependency.js';
import { gd758 } from './gd758-tool-directive-below-go-1-24.js';
import { gd759 } from './gd759-go-work-use-without-go-mod.js';

export const GOMOD_RULES: readonly AnyRule[] = [gd751, gd752, gd753, gd754, gd755, gd756, gd757, gd758, gd759];
