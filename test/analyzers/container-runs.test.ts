// docker/podman run lines as CI files and Makefiles write them: bind mounts found, named and
// anonymous volumes and the program's own flags not taken for mounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { containerRuns } from '../../src/analyzers/files/container-runs.js';
import { goCommands } from '../../src/analyzers/files/go-commands.js';

const binds = (line: string) => containerRuns(line).map((r) => r.binds.map((b) => `${b.flag} ${b.spec} [${b.options.join(',')}]`));

test('bind mounts: -v, --volume=, --mount type=bind; ${VAR} and $(cmd) sources stay one word', () => {
  assert.deepEqual(binds('sudo docker container run --rm -it -e A=b --name x -v ${PWD}:/src:ro,Z --volume=$(pwd)/out:/out --mount type=bind,src=/etc/app,dst=/app,readonly img'), [[
    '--volume ${PWD}:/src:ro,Z [ro,Z]', '--volume $(pwd)/out:/out []', '--mount type=bind,src=/etc/app,dst=/app,readonly [readonly]',
  ]]);
  assert.deepEqual(binds('podman --log-level debug run -v "$HOME/.cache":/cache img && docker create -v ./a:/a img'), [['--volume $HOME/.cache:/cache []'], ['--volume ./a:/a []']]);
});

test('not bind mounts: named and anonymous volumes, tmpfs mounts, flags after the image, other subcommands', () => {
  assert.deepEqual(binds('docker run -v cache:/root/.cache -v /data --mount type=tmpfs,dst=/tmp img -v /x:/y'), [[]]);
  assert.deepEqual(binds('docker build -v /a:/b . ; docker volume create -v x'), []);
  assert.deepEqual(containerRuns('docker run --privileged -v /a:/b img').map((r) => r.labelDisabled), [true]);
  assert.deepEqual(containerRuns('podman run --security-opt label=disable -v /a:/b img; podman run -v /a:/b img').map((r) => r.labelDisabled), [true, false]);
});

test('shell words: ${VAR} is one word, so a go command after it is still read', () => {
  assert.deepEqual(goCommands('GOOS=${TARGET_OS} go build -o ${OUT}/app ./cmd').commands.map((c) => [c.sub, c.env.GOOS, c.args.join(' ')]), [['build', '${TARGET_OS}', 'build -o ${OUT}/app ./cmd']]);
});
