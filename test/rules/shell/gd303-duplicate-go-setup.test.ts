import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd303 } from '../../../src/rules/shell/gd303-duplicate-go-setup.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

test('GD303: an install snippet appended twice repeats lines and PATH entries', async () => {
  const snippet = 'export GOPATH=$HOME/go\nexport PATH=$PATH:/usr/local/go/bin\n';
  const shells = await analyzeHome({ '.profile': snippet + snippet }, { shells: ['sh'] });
  const found = check(gd303, factsWith({ shells }));
  assert.deepEqual(found.map((f) => f.messageId).sort(), ['duplicatePath', 'repeatedLine', 'repeatedLine']);
  const line = found.find((f) => f.messageId === 'repeatedLine' && f.message.includes('/usr/local/go/bin'))!;
  assert.equal(line.location?.line, 4);
  assert.ok(found.some((f) => f.messageId === 'duplicatePath' && f.data.dir === '/usr/local/go/bin' && f.data.count === 2));
});

test('GD303 is quiet for a guarded prepend re-read twice and for distinct lines', async () => {
  const guarded = 'case ":$PATH:" in *":/usr/local/go/bin:"*) ;; *) PATH="/usr/local/go/bin:$PATH" ;; esac\n';
  const shells = await analyzeHome({ '.profile': guarded + '. ~/.go.sh\n', '.go.sh': guarded }, { shells: ['sh'] });
  assert.deepEqual(ids(gd303, factsWith({ shells })), []);
});
