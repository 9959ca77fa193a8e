import type { AnyRule } from '../../engine/define-rule.js';
import { gd301 } from './gd301-go-setup-interactive-only.js';
import { gd302 } from './gd302-login-file-skips-go-setup.js';
import { gd303 } from './gd303-duplicate-go-setup.js';
import { gd304 } from './gd304-older-go-first-in-context.js';
import { gd305 } from './gd305-goroot-export-invalid.js';
import { gd306 } from './gd306-gopath-set-to-goroot.js';
import { gd307 } from './gd307-export-overrides-go-env-w.js';
import { gd308 } from './gd308-go-env-w-in-startup-file.js';
import { gd309 } from './gd309-fish-universal-go-variable-conflict.js';
import { gd310 } from './gd310-module-settings-other-shell.js';
import { gd311 } from './gd311-shell-startup-differs-from-files.js';
import { gd312 } from './gd312-startup-file-problem.js';
import { gd313 } from './gd313-startup-file-unreadable.js';

export const SHELL_RULES: readonly AnyRule[] = [gd301, gd302, gd303, gd304, gd305, gd306, gd307, gd308, gd309, gd310, gd311, gd312, gd313];
