import { test } from 'node:test';
import assert from 'node:assert/strict';

test('GD605 judges the build whose output is copied, and its fix edits that build, not an earlier go install', async () => {
  const { analyzeFiles } = await import('../../../src/analyzers/files/analyze.js');
  const { gd605 } = await import('../../../src/rules/dockerfile/gd605-cgo-binary-in-static-image.js');
  const { factsWith, check } = await import('../../helpers/rules.js');
  const dockerfile = [
    'FROM golang:1.23 AS build',
    'COPY . .',
    'RUN CGO_ENABLED=0 go install github.com/google/go-licenses@v1.6.0 && go build -o /out/server ./cmd/server',
    'FROM scratch',
    'COPY --from=build /out/server /server',
  ].join('\n');
  const files = analyzeFiles('/r', [{ path: 'Dockerfile', text: dockerfile }]);
  const [f, ...rest] = check(gd605, factsWith({ files }));
  assert.equal(rest.length, 0);
  assert.equal(f!.location?.line, 5);
  const fix = f!.fixes[0]!;
  assert.equal(fix.kind, 'edit');
  assert.equal(fix.kind === 'edit' && fix.replacement, 'RUN CGO_ENABLED=0 go install github.com/google/go-licenses@v1.6.0 && CGO_ENABLED=0 go build -o /out/server ./cmd/server');
  assert.match(f!.message, /go build at line 3/);
});
