// The unified diff `fix` shows before anything changes; --apply writes exactly its right side.
import { createTwoFilesPatch } from 'diff';
import type { PlannedChange } from './changes.js';

export function unifiedDiff(c: PlannedChange): string {
  const name = c.before.path;
  const via = c.before.target === name ? '' : ` (link to ${c.before.target})`;
  const patch = createTwoFilesPatch(c.before.existed ? name : '/dev/null', name, c.before.bytes?.toString('utf8') ?? '', c.after.toString('utf8'), undefined, undefined, { context: 3 });
  // Keep ---/+++ and the hunks; drop the Index: and ==== lines createTwoFilesPatch puts first.
  const body = patch.slice(patch.indexOf('--- '));
  return `${via ? `# ${name}${via}\n` : ''}${body}`;
}
