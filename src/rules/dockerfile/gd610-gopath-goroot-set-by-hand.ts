import { defineRule, type Report } from '../../engine/define-rule.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import { at, lineEdit } from '../../analyzers/files/relations.js';

/** ENV GOROOT / GOPATH in an image: Go finds GOROOT itself; the golang images already set GOPATH=/go. */
export const gd610 = defineRule({
  id: 'GD610',
  name: 'gopath-goroot-set-by-hand',
  category: 'dockerfile',
  severity: 'warning',
  title: 'GOROOT or GOPATH set by hand in a Dockerfile',
  requires: ['files'],
  messages: {
    goroot: '`ENV GOROOT={value}` overrides the GOROOT the go binary finds next to itself; when the path and the go binary disagree the build fails with "compile: version ... does not match go tool version" or "package fmt is not in std".',
    gopath: '`ENV GOPATH={value}` on a golang image, which already sets GOPATH=/go and puts /go/bin on PATH; installed tools may land outside PATH.',
  },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/install/source#environment', 'https://hub.docker.com/_/golang'],
  fixable: true,
  docs: {
    what: 'Reports ENV GOROOT in any stage, and ENV GOPATH in stages based on the official golang image.',
    why: 'The go command locates GOROOT from its own executable (cfg.go findGOROOT); a hand-set GOROOT goes stale when the base image or install path changes. The golang images set GOPATH=/go with /go/bin on PATH; another GOPATH moves `go install` output off PATH.',
    fix: 'Delete the ENV; call go by its path or put its bin directory on PATH instead.',
  },
  check({ files }) {
    const out: Report<'goroot' | 'gopath'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const golang = s.resolvedImage ? parseGolangImage(s.resolvedImage) !== null : false;
        for (const ins of s.instructions) {
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs) {
            if (p.name !== 'GOROOT' && !(p.name === 'GOPATH' && golang)) continue;
            const alone = ins.pairs.length === 1;
            out.push({
              messageId: p.name === 'GOROOT' ? 'goroot' : 'gopath',
              data: { value: p.value ?? '' },
              evidence: { image: s.resolvedImage },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: alone ? [lineEdit(`Remove the ENV ${p.name}`, d.path, ins.line, ins.endLine, '')] : [{ kind: 'manual', title: `Remove ${p.name} from this ENV`, steps: [`Delete ${p.name}=… and keep the other variables.`] }],
              ...(p.name === 'GOPATH' ? { severity: 'info' as const } : {}),
            });
          }
        }
      }
    }
    return out;
  },
});
