// Dockerfiles written for each case, read from a project directory by the real collector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../../src/collectors/host.js';
import { collectPrivilegedPorts } from '../../../src/collectors/system/privileged-ports.js';
import { gd431 } from '../../../src/rules/system/gd431-image-privileged-port-non-root.js';
import { check } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

const BUILD = 'FROM golang:1.24 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\n\n';

async function judge(dockerfile: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-gd431-'));
  try {
    await fs.writeFile(path.join(dir, 'Dockerfile'), dockerfile);
    const ctx = { host: new LocalHost({ PATH: '/usr/bin:/bin' }), timeoutMs: 10_000, skipped: [], hung: [] };
    const pp = await collectPrivilegedPorts(ctx, [], dir);
    return check(gd431, sys((s) => { s.privilegedPorts = pp; })).map((f) => f.message.replace(dir, '<dir>'));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

test('GD431: a non-root Go image on port 80 or 443 is noted; setcap, root, high ports and non-Go images are not', async () => {
  const [expose] = await judge(`${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nUSER nobody\nEXPOSE 80/tcp\nENTRYPOINT ["/app"]\n`);
  assert.match(expose ?? '', /<dir>\/Dockerfile runs as USER nobody and listens on port 80 \(EXPOSE 80\/tcp, line 9\)/);
  const [distroless] = await judge(`${BUILD}FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nCMD ["/app", "--listen", ":443"]\n`);
  assert.match(distroless ?? '', /USER nonroot and listens on port 443 \(--listen :443, line 8\)/);
  const [env] = await judge(`${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nENV PORT=80\nUSER 10001\nCMD ["/app"]\n`);
  assert.match(env ?? '', /USER 10001 and listens on port 80 \(PORT=80, line 8\)/);

  assert.deepEqual(await judge(`${BUILD}FROM alpine:3.20\nRUN apk add --no-cache libcap\nCOPY --from=build /app /app\nRUN setcap cap_net_bind_service=+ep /app\nUSER nobody\nEXPOSE 80\n`), []);
  assert.deepEqual(await judge(`${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nEXPOSE 80\n`), []);
  assert.deepEqual(await judge(`${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nUSER nobody\nUSER root\nEXPOSE 80\n`), []);
  assert.deepEqual(await judge(`${BUILD}FROM alpine:3.20\nCOPY --from=build /app /app\nUSER nobody\nEXPOSE 8080\nCMD ["/app", "--upstream=http://db:80"]\n`), []);
  assert.deepEqual(await judge('FROM node:22\nUSER node\nEXPOSE 80\nCMD ["node", "server.js"]\n'), []);
});
