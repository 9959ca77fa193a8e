import type { AnyRule } from '../../engine/define-rule.js';
import { gd401 } from './gd401-os-below-go-minimum.js';
import { gd402 } from './gd402-go-arch-mismatch.js';
import { gd403 } from './gd403-goamd64-above-cpu.js';
import { gd404 } from './gd404-wsl-windows-drive.js';
import { gd405 } from './gd405-cgo-libc-floor.js';
import { gd406 } from './gd406-cgo-compiler-missing.js';
import { gd407 } from './gd407-pkg-config-missing.js';
import { gd408 } from './gd408-selinux-go-dirs-mislabeled.js';
import { gd409 } from './gd409-selinux-avc-denials.js';
import { gd410 } from './gd410-gomaxprocs-above-cpu-quota.js';
import { gd411 } from './gd411-gomemlimit-vs-memory-max.js';
import { gd412 } from './gd412-go-dirs-noexec.js';
import { gd413 } from './gd413-go-dir-not-writable.js';
import { gd414 } from './gd414-go-dirs-low-space.js';
import { gd415 } from './gd415-go-cache-on-network-fs.js';
import { gd416 } from './gd416-ca-bundle-missing.js';
import { gd420 } from './gd420-helper-program-hangs.js';
import { gd425 } from './gd425-ca-certificates-expire.js';
import { gd430 } from './gd430-privileged-port-without-capability.js';
import { gd431 } from './gd431-image-privileged-port-non-root.js';
import { gd440 } from './gd440-cgo-package-with-cgo-off.js';

export const SYSTEM_RULES: readonly AnyRule[] = [
  gd401, gd402, gd403, gd404, gd405, gd406, gd407, gd408, gd409, gd410, gd411, gd412, gd413, gd414, gd415, gd416, gd420, gd425, gd430, gd431, gd440,
];
