// The fix for an unpinned `path@latest` in a Dockerfile RUN or a CI step: name a version.
import { fixTitle, type Drafted } from '../engine/define-rule.js';
import type { ManualFix } from '../facts/findings.js';

/** Title of pinFix, for the fixTitles of the rules that offer it. */
export const PIN_FIX_TITLES = { pinVersion: 'Pin a version' };

export function pinFix(target: string): Drafted<ManualFix> {
  const mod = target.slice(0, target.lastIndexOf('@'));
  return {
    kind: 'manual',
    title: fixTitle('pinVersion'),
    steps: [`Pick a release from https://pkg.go.dev/${mod}?tab=versions and use ${mod}@vX.Y.Z.`, `On Go 1.24+: go get -tool ${mod}@vX.Y.Z, then run it with go tool.`],
    url: 'https://go.dev/ref/mod#go-install',
  };
}
