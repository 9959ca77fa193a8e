import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd210 } from '../../../src/rules/settings/gd210-go-variable-typo.js';

test('GD210 names the variable that was meant', () => {
  const fs = check(gd210, factsWith({ goenv: goenv([], { osEnv: { GONOSUMCHECK: '1', GO_PROXY: 'x', GOPRVATE: 'corp.com' } }) }));
  assert.deepEqual(fs.map((f) => [f.data.name, f.data.meant]), [['GONOSUMCHECK', 'GONOSUMDB'], ['GO_PROXY', 'GOPROXY'], ['GOPRVATE', 'GOPRIVATE']]);
});
test('GD210 leaves real Go variables and other tools alone', () => {
  assert.deepEqual(ids(gd210, factsWith({ goenv: goenv([], { osEnv: { GOPROXY: 'x', GOMAXPROCS: '2', GO_VERSION: '1.22', GOPLS_LOG: '1', GORELEASER_CURRENT_TAG: 'v1', GOLANGCI_LINT_CACHE: '/c' } }) })), []);
});
