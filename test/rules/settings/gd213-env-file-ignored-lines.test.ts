import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd213 } from '../../../src/rules/settings/gd213-env-file-ignored-lines.js';
import { parseEnvFile } from '../../../src/collectors/env-file.js';

test('GD213 reports lines cmd/go skips or misreads', () => {
  const userFile = parseEnvFile('GOPROXY = https://x\ngoprivate=corp.com\nGOFLAGS="-mod=mod"\nGOSUMDB=off\r\n# comment\nnonsense\n', '/h/.config/go/env');
  const fs = check(gd213, factsWith({ goenv: goenv([], { userFile }) }));
  assert.deepEqual(fs.map((f) => f.location?.line), [1, 2, 3, 4, 6]);
});
test('GD213 is quiet for a file go env -w wrote', () => {
  const userFile = parseEnvFile('GOPROXY=https://proxy.golang.org,direct\nGOPRIVATE=corp.example.com\n', '/h/.config/go/env');
  assert.deepEqual(ids(gd213, factsWith({ goenv: goenv([], { userFile }) })), []);
});
