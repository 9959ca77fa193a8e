import type { AnyRule } from '../../engine/define-rule.js';
import { gd101 } from './gd101-no-go-on-path.js';
import { gd102 } from './gd102-first-go-not-newest.js';
import { gd103 } from './gd103-version-file-mismatch.js';
import { gd104 } from './gd104-go-probe-failed.js';
import { gd105 } from './gd105-broken-go-on-path.js';
import { gd106 } from './gd106-snap-go-auto-refresh.js';
import { gd107 } from './gd107-relative-path-entry.js';
import { gd109 } from './gd109-effective-toolchain-differs.js';
import { gd110 } from './gd110-go-release-unsupported.js';
import { gd111 } from './gd111-tool-built-with-older-go.js';
import { gd112 } from './gd112-installed-tool-not-pinned-version.js';

export const TOOLCHAIN_RULES: readonly AnyRule[] = [gd101, gd102, gd103, gd104, gd105, gd106, gd107, gd109, gd110, gd111, gd112];
