import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd817 } from '../../../src/rules/artifact/gd817-file-capability-missing.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';
import { parseGetcapOutput } from '../../../src/analyzers/binary/file-caps.js';

const app = bin({ path: 'app' });
const caps = (files: { path: string; permitted: string[]; effective: boolean }[], reader: 'getcap' | null = 'getcap', problem: string | null = null) => ({ capabilities: { reader, problem, files: files.map((f) => ({ ...f, inheritable: [] })) } });

test('GD817: missing, permitted but not effective, present', () => {
  const want = { caps: ['cap_net_bind_service'] };
  assert.deepEqual(ids(gd817, artifactsFacts([app], want, null, caps([]))), ['missing']);
  assert.deepEqual(ids(gd817, artifactsFacts([app], want, null, caps([{ path: 'app', permitted: ['cap_net_bind_service'], effective: false }]))), ['notEffective']);
  assert.deepEqual(ids(gd817, artifactsFacts([app], want, null, caps([{ path: 'app', permitted: ['cap_net_bind_service'], effective: true }]))), []);
  assert.deepEqual(ids(gd817, artifactsFacts([app], null, null, caps([]))), []);
});

test('GD817: capabilities that could not be read are an error, never a pass', () => {
  const f = check(gd817, artifactsFacts([app], { caps: ['cap_net_bind_service'] }, null, caps([], null, 'neither getcap nor getfattr is installed')));
  assert.deepEqual(f.map((x) => x.messageId), ['unknown']);
  assert.match(f[0]!.message, /could not be read.*neither getcap/);
});

test('getcap output of libcap before 2.41 ("FILE = CAPS") and after ("FILE CAPS"), names with spaces', () => {
  const asked = ['/srv/my app', '/srv/old'];
  const m = parseGetcapOutput('/srv/my app cap_net_bind_service=ep\n/srv/old = cap_net_raw+ep cap_net_bind_service+p\n', asked);
  assert.deepEqual(m.get('/srv/my app'), { permitted: ['cap_net_bind_service'], inheritable: [], effective: true });
  assert.deepEqual(m.get('/srv/old')?.permitted.sort(), ['cap_net_bind_service', 'cap_net_raw']);
});
