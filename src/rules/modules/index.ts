import type { AnyRule } from '../../engine/define-rule.js';
import { gd501 } from './gd501-checksum-db-off.js';
import { gd502 } from './gd502-broad-module-exemption.js';
import { gd503 } from './gd503-proxy-bypassed.js';
import { gd504 } from './gd504-credentials-in-goproxy.js';
import { gd505 } from './gd505-proxy-fallthrough.js';
import { gd506 } from './gd506-private-pattern-never-matches.js';
import { gd507 } from './gd507-private-module-leaks.js';
import { gd508 } from './gd508-private-module-no-credentials.js';
import { gd509 } from './gd509-invalid-module-setting.js';
import { gd510 } from './gd510-vcs-missing.js';
import { gd511 } from './gd511-goproxy-semicolon.js';
import { gd512 } from './gd512-govcs-forbids-fetch.js';
import { gd520 } from './gd520-gosum-missing-entry.js';
import { gd521 } from './gd521-gosum-stale-entry.js';
import { gd522 } from './gd522-gosum-cache-mismatch.js';
import { gd523 } from './gd523-gosum-malformed.js';

export const MODULES_RULES: readonly AnyRule[] = [gd501, gd502, gd503, gd504, gd505, gd506, gd507, gd508, gd509, gd510, gd511, gd512, gd520, gd521, gd522, gd523];
