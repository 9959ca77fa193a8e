// Run by kill.test.ts: apply and undo a change to one file in a loop until killed.
import { readForEdit } from '../../src/fix/files.js';
import { applyChanges, undoLast } from '../../src/fix/apply.js';

const [target, home] = process.argv.slice(2) as [string, string];
const env = { HOME: home };
process.stdout.write('ready\n');
for (;;) {
  const before = readForEdit(target);
  if (before.bytes!.toString('latin1').endsWith('# applied\n')) undoLast(env);
  else applyChanges([{ before, after: Buffer.concat([before.bytes!, Buffer.from('# applied\n')]), fixes: [{ ruleId: 'GD000', title: 'test' }] }], env);
}
