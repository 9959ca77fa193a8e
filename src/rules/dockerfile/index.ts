import type { AnyRule } from '../../engine/define-rule.js';
import { gd601 } from './gd601-golang-image-unpinned.js';
import { gd602 } from './gd602-golang-image-older-than-go-mod.js';
import { gd603 } from './gd603-go-env-after-download.js';
import { gd604 } from './gd604-goos-goarch-fixed-in-env.js';
import { gd605 } from './gd605-cgo-binary-in-static-image.js';
import { gd606 } from './gd606-scratch-without-ca-certificates.js';
import { gd607 } from './gd607-go-get-update-in-dockerfile.js';
import { gd608 } from './gd608-source-copied-before-download.js';
import { gd609 } from './gd609-go-env-w-in-dockerfile.js';
import { gd610 } from './gd610-gopath-goroot-set-by-hand.js';
import { gd611 } from './gd611-base-image-unpinned.js';
import { gd612 } from './gd612-from-arg-without-default.js';
import { gd613 } from './gd613-global-arg-not-redeclared.js';
import { gd614 } from './gd614-run-assignment-without-effect.js';
import { gd615 } from './gd615-build-platform-binary-for-host.js';
import { gd616 } from './gd616-final-stage-on-build-platform.js';

export const DOCKERFILE_RULES: readonly AnyRule[] = [gd601, gd602, gd603, gd604, gd605, gd606, gd607, gd608, gd609, gd610, gd611, gd612, gd613, gd614, gd615, gd616];
