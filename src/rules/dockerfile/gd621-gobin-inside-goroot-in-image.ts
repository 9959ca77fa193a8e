import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import { at, imageOf, lineEdit } from '../file-relations.js';

/** Where the golang images unpack Go (their GOROOT): docker-library/golang Dockerfile-linux.template. */
const GOLANG_IMAGE_GOROOT = '/usr/local/go';

const trimSlash = (p: string) => p.replace(/\/+$/, '');

/** ENV GOBIN inside the stage's GOROOT: `go install` writes into the toolchain tree. */
export const gd621 = defineRule({
  id: 'GD621',
  name: 'gobin-inside-goroot-in-image',
  category: 'dockerfile',
  severity: 'warning',
  title: 'GOBIN points into the Go installation (GOROOT) in a Dockerfile',
  requires: ['files'],
  messages: {
    installInside: '`GOBIN={value} go install` writes into GOROOT {goroot}: the tool lands among the toolchain\'s own programs (a tool named go or gofmt replaces them) and the command fails for a non-root USER, as the Go tree belongs to root; /go/bin (GOPATH/bin) is already on PATH in the golang image.',
    inside: '`ENV GOBIN={value}` is inside GOROOT {goroot}: `go install` writes tools among the toolchain\'s own programs (a tool named go or gofmt replaces them) and fails for a non-root USER, as the Go tree belongs to root; the golang image already puts GOPATH/bin (/go/bin) on PATH for tools.',
  },
  fixTitles: {
    removeTheEnv: 'Remove the ENV GOBIN',
    removeFromThisEnv: 'Remove GOBIN from this ENV',
    installOutsideGoroot: 'Install the tool outside GOROOT',
  },
  sources: ['https://go.dev/ref/mod#go-install', 'src/cmd/go/internal/cfg/cfg.go', 'https://github.com/docker-library/golang/blob/master/Dockerfile-linux.template'],
  fixable: true,
  docs: {
    what: 'Reports ENV GOBIN, or GOBIN given to a `go install` of a RUN line, set to the GOROOT of its stage or a directory below it: under the ENV GOROOT the stage sets, or under /usr/local/go on the official golang image (directly or through an earlier stage). Not reported: adding a Go bin directory to PATH that is already there (`ENV PATH=/usr/local/go/bin:$PATH` on the golang image): the go command and exec.LookPath take the first match, so a repeated entry changes nothing.',
    why: '`go install` writes binaries to GOBIN. Inside GOROOT they sit among go, gofmt and the toolchain\'s other programs (a tool of the same name replaces one), need write access to the installation — root in the golang images, so a later non-root USER cannot install — and are copied along wherever the Go tree is copied (`COPY --from=builder /usr/local/go`).',
    fix: 'Remove ENV GOBIN: tools then go to $GOPATH/bin (/go/bin on the golang image, already on PATH), or point it at a directory of its own that is on PATH.',
  },
  check({ files }) {
    const out: Report<'inside' | 'installInside'>[] = [];
    const inside = (goroot: string | null, gobin: string | undefined): gobin is string => {
      const v = trimSlash(gobin ?? '');
      return !!goroot && !!v && (v === goroot || v.startsWith(`${goroot}/`));
    };
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const image = imageOf(d, s);
        let goroot: string | null = image && parseGolangImage(image) ? GOLANG_IMAGE_GOROOT : null;
        for (const ins of s.instructions) {
          // GOBIN set for one command of a RUN (`GOBIN=... go install`, `export GOBIN=...`).
          const install = ins.goCommands.find((g) => g.sub === 'install' && inside(goroot, g.env.GOBIN));
          if (install) {
            out.push({
              messageId: 'installInside', data: { value: install.env.GOBIN!, goroot: goroot! }, evidence: { image, goroot }, location: at(d.path, ins.line, ins.column),
              fixes: [{ kind: 'manual', title: fixTitle('installOutsideGoroot'), steps: ['Drop GOBIN=… from the command (the tool goes to $GOPATH/bin, /go/bin on the golang image, already on PATH), or set it to a directory of its own on PATH such as /usr/local/bin.'] }],
            });
          }
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs) {
            if (p.name === 'GOROOT' && p.value?.startsWith('/')) goroot = trimSlash(p.value);
            const gobin = p.value ?? undefined;
            if (p.name !== 'GOBIN' || !inside(goroot, gobin)) continue;
            out.push({
              messageId: 'inside',
              data: { value: gobin, goroot: goroot! },
              evidence: { image, goroot },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: ins.pairs.length === 1
                ? [lineEdit(fixTitle('removeTheEnv'), d.path, ins.line, ins.endLine, '')]
                : [{ kind: 'manual', title: fixTitle('removeFromThisEnv'), steps: ['Delete GOBIN=… and keep the other variables.'] }],
            });
          }
        }
      }
    }
    return out;
  },
});
