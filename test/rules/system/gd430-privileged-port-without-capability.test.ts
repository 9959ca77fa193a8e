// Real systemd unit files over a real Go server binary: some given cap_net_bind_service with real
// setcap, one under NoNewPrivileges. The collector reads them through the LocalHost, GD430 judges,
// and the binary itself, run as nobody (setpriv), shows the kernel agrees with each verdict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../../src/collectors/host.js';
import { execFile } from '../../../src/collectors/exec.js';
import { collectPrivilegedPorts } from '../../../src/collectors/system/privileged-ports.js';
import { parseServiceUnit } from '../../../src/analyzers/systemd/unit.js';
import { gd430 } from '../../../src/rules/system/gd430-privileged-port-without-capability.js';
import { check } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

const GO = '/usr/local/go/bin/go';
const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir() };
const PORT = 997;
const SERVER = `package main

import (
	"flag"
	"fmt"
	"net"
	"os"
)

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	flag.Parse()
	l, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	l.Close()
	fmt.Println("listening")
}
`;

let dir = '';
let units = '';
const bin = (name: string) => path.join(dir, name);

async function run(file: string, args: string[], what: string) {
  const r = await execFile(file, args, { env, timeoutMs: 120_000 });
  assert.ok(r.ok, `${what} did not start: ${r.error}`);
  return r;
}

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-gd430-'));
  await fs.chmod(dir, 0o755); // nobody must be able to run the binaries
  await fs.writeFile(bin('main.go'), SERVER);
  await fs.writeFile(bin('go.mod'), 'module example.test/server\n\ngo 1.22\n');
  const b = await execFile(GO, ['build', '-o', bin('plain'), '.'], { env: { ...env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off', GOCACHE: path.join(os.tmpdir(), 'godiag-gd430-cache') }, cwd: dir, timeoutMs: 120_000 });
  assert.equal(b.code, 0, `go build failed: ${b.stderr}`);
  await fs.copyFile(bin('plain'), bin('capped'));
  const s = await run('/usr/sbin/setcap', ['cap_net_bind_service=+ep', bin('capped')], 'setcap (libcap2-bin)');
  assert.equal(s.code, 0, `setcap needs root: ${s.stderr}`);
  units = path.join(dir, 'units');
  await fs.mkdir(path.join(units, 'ambient-dropin.service.d'), { recursive: true });
  const unit = (exec: string, extra = '') => `[Unit]\nDescription=test\n\n[Service]\nUser=nobody\n${extra}ExecStart=${exec}\n\n[Install]\nWantedBy=multi-user.target\n`;
  await fs.writeFile(path.join(units, 'plain.service'), unit(`${bin('plain')} -addr :${PORT}`));
  await fs.writeFile(path.join(units, 'ambient.service'), unit(`${bin('plain')} -addr :${PORT}`, 'AmbientCapabilities=CAP_NET_BIND_SERVICE\n'));
  await fs.writeFile(path.join(units, 'ambient-dropin.service'), unit(`${bin('plain')} \\\n  -addr=0.0.0.0:${PORT}`));
  await fs.writeFile(path.join(units, 'ambient-dropin.service.d', 'caps.conf'), '[Service]\nAmbientCapabilities=CAP_NET_BIND_SERVICE\n');
  await fs.writeFile(path.join(units, 'capped.service'), unit(`${bin('capped')} -addr :${PORT}`));
  await fs.writeFile(path.join(units, 'capped-nnp.service'), unit(`${bin('capped')} -addr :${PORT}`, 'NoNewPrivileges=yes\n'));
  await fs.writeFile(path.join(units, 'root.service'), unit(`${bin('plain')} -addr :${PORT}`).replace('User=nobody\n', ''));
  // The user comes from a drop-in only (spaces around '=' are allowed): the unit must still be read as unprivileged.
  await fs.writeFile(path.join(units, 'dropin-user.service'), unit(`${bin('plain')} -addr :${PORT}`).replace('User=nobody\n', ''));
  await fs.mkdir(path.join(units, 'dropin-user.service.d'), { recursive: true });
  await fs.writeFile(path.join(units, 'dropin-user.service.d', 'user.conf'), '[Service]\nUser = nobody\n');
  await fs.writeFile(path.join(units, 'high-port.service'), unit(`${bin('plain')} -addr :8080`));
  await fs.writeFile(path.join(units, 'not-go.service'), unit(`/bin/sleep --port ${PORT}`));
  await fs.writeFile(path.join(units, 'client.service'), unit(`${bin('plain')} --upstream=http://db:80`));
});

after(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('GD430 reports the units the kernel refuses, and only those', async () => {
  const ctx = { host: new LocalHost(env), timeoutMs: 10_000, skipped: [], hung: [] };
  const pp = await collectPrivilegedPorts(ctx, [units]);
  assert.ok(pp);
  assert.equal(pp.unitsRead, 10);
  assert.equal(pp.capsReader, 'getcap');
  const facts = sys((s) => { s.privilegedPorts = pp; });
  const found = check(gd430, facts).map((f) => `${path.basename(f.location!.file!)} ${f.messageId}`).sort();
  assert.deepEqual(found, ['capped-nnp.service noNewPrivileges', 'dropin-user.service missing', 'plain.service missing']);
  const [msg] = check(gd430, facts).filter((f) => f.messageId === 'missing');
  assert.match(msg!.message, new RegExp(`listen on port ${PORT} \\(-addr :${PORT}\\), below net.ipv4.ip_unprivileged_port_start=1024`));

  // The kernel's verdicts, as nobody: plain is refused, capped binds, capped under no_new_privs is refused.
  // setpriv still holds root's permitted set when it execs, so under no_new_privs a file
  // capability would not count as gained; a shell in between starts with none, as a systemd
  // service with User= does (commoncap.c cap_bprm_creds_from_file: __cap_gained).
  const asNobody = ['--reuid=65534', '--regid=65534', '--clear-groups'];
  const viaShell = ['/bin/sh', '-c', 'exec "$0" "$@"'];
  const start = await fs.readFile('/proc/sys/net/ipv4/ip_unprivileged_port_start', 'utf8');
  assert.equal(start.trim(), '1024', 'this test needs the kernel default net.ipv4.ip_unprivileged_port_start=1024');
  const plain = await run('setpriv', [...asNobody, ...viaShell, bin('plain'), '-addr', `127.0.0.1:${PORT}`], 'setpriv');
  assert.match(plain.stdout, /bind: permission denied/);
  const capped = await run('setpriv', [...asNobody, ...viaShell, bin('capped'), '-addr', `127.0.0.1:${PORT}`], 'setpriv');
  assert.equal(capped.stdout.trim(), 'listening', capped.stdout + capped.stderr);
  const nnp = await run('setpriv', [...asNobody, '--no-new-privs', ...viaShell, bin('capped'), '-addr', `127.0.0.1:${PORT}`], 'setpriv');
  assert.match(nnp.stdout, /bind: permission denied/);
});

test('unit parsing: continuations, drop-ins in order, empty assignments reset, + prefix runs privileged', () => {
  const u = parseServiceUnit(['[Service]\nUser=app\nAmbientCapabilities=CAP_NET_RAW\nExecStart=/bin/x \\\n  --listen :443\n', '[Service]\nAmbientCapabilities=\nAmbientCapabilities=CAP_NET_BIND_SERVICE\nEnvironment="PORT=80" MODE=x\n']);
  assert.deepEqual(u.execStart, ['/bin/x', '--listen', ':443']);
  assert.deepEqual(u.ambientCapabilities, ['cap_net_bind_service']);
  assert.deepEqual(u.environment, { PORT: '80', MODE: 'x' });
  assert.equal(parseServiceUnit(['[Service]\nUser=app\nExecStart=+/bin/x\n']).execPrefixes, '+');
});
