import type { AnyRule } from '../../engine/define-rule.js';
import { gd701 } from './gd701-setup-go-version-unquoted.js';
import { gd702 } from './gd702-ci-go-older-than-go-mod.js';
import { gd703 } from './gd703-matrix-below-module-minimum.js';
import { gd704 } from './gd704-go-install-latest.js';
import { gd705 } from './gd705-golangci-lint-too-old.js';
import { gd706 } from './gd706-go-env-override-in-ci.js';
import { gd707 } from './gd707-go-env-w-in-makefile.js';
import { gd708 } from './gd708-go-get-update-all.js';
import { gd709 } from './gd709-goos-without-goarch.js';
import { gd710 } from './gd710-cross-build-without-cgo-disabled.js';
import { gd711 } from './gd711-ci-file-does-not-parse.js';
import { gd712 } from './gd712-golangci-lint-version-latest.js';
import { gd713 } from './gd713-setup-go-old-major.js';
import { gd714 } from './gd714-ci-golang-image-unpinned.js';
import { gd715 } from './gd715-go-get-to-install.js';
import { gd749 } from './gd749-file-not-analysed.js';

export const CI_RULES: readonly AnyRule[] = [gd701, gd702, gd703, gd704, gd705, gd706, gd707, gd708, gd709, gd710, gd711, gd712, gd713, gd714, gd715, gd749];
