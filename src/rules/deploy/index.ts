import type { AnyRule } from '../../engine/define-rule.js';
import { gd770 } from './gd770-gomemlimit-vs-memory-limit.js';
import { gd771 } from './gd771-memory-limit-without-gomemlimit.js';
import { gd772 } from './gd772-gomaxprocs-above-cpu-limit.js';
import { gd773 } from './gd773-cpu-limit-gomaxprocs-not-cgroup-aware.js';
import { gd774 } from './gd774-image-arch-vs-node-arch.js';
import { gd775 } from './gd775-stdin-never-closes.js';
import { gd776 } from './gd776-tty-nobody-attached.js';
import { gd777 } from './gd777-bind-mount-without-selinux-label.js';
import { gd778 } from './gd778-exec-form-variable.js';

export const DEPLOY_RULES: readonly AnyRule[] = [gd770, gd771, gd772, gd773, gd774, gd775, gd776, gd777, gd778];
