import type { AnyRule } from '../../engine/define-rule.js';
import { gd801 } from './gd801-wrong-target-platform.js';
import { gd802 } from './gd802-cgo-setting-mismatch.js';
import { gd803 } from './gd803-linkage-mismatch.js';
import { gd804 } from './gd804-go-version-below-minimum.js';
import { gd805 } from './gd805-trimpath-mismatch.js';
import { gd806 } from './gd806-vcs-stamp-mismatch.js';
import { gd807 } from './gd807-vcs-modified.js';
import { gd808 } from './gd808-go-binary-without-build-info.js';
import { gd809 } from './gd809-unreadable-file.js';
import { gd810 } from './gd810-loader-missing-in-image.js';
import { gd811 } from './gd811-glibc-too-old-in-image.js';
import { gd812 } from './gd812-library-missing-in-image.js';
import { gd813 } from './gd813-no-ca-certificates-in-image.js';
import { gd814 } from './gd814-nothing-checked.js';
import { gd815 } from './gd815-truncated-binary.js';
import { gd816 } from './gd816-build-mode-mismatch.js';
import { gd817 } from './gd817-file-capability-missing.js';
import { gd850 } from './gd850-modules-only-in-function-table.js';
import { gd851 } from './gd851-version-stamp-not-in-build-info.js';

export const ARTIFACT_RULES: readonly AnyRule[] = [gd801, gd802, gd803, gd804, gd805, gd806, gd807, gd808, gd809, gd810, gd811, gd812, gd813, gd814, gd815, gd816, gd817, gd850, gd851];

import { gd840 } from './gd840-binary-stdlib-advisories.js';
import { gd841 } from './gd841-binary-module-advisories.js';

/** Vulnerability matching of binaries: inspect --vuln / --vulndb only. */
export const ARTIFACT_VULN_RULES: readonly AnyRule[] = [gd840, gd841];
