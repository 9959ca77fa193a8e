import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import { at, imageOf, lineEdit } from '../file-relations.js';

/** GOROOT the go binary finds in the golang image (/usr/local/go/bin/go) and its ENV GOPATH. */
const GOLANG_IMAGE_DEFAULTS: Record<string, string> = { GOROOT: '/usr/local/go', GOPATH: '/go' };

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
  fixTitles: {
    removeTheEnv: 'Remove the ENV {name}',
    removeFromThisEnv: 'Remove {name} from this ENV',
  },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/install/source#environment', 'https://hub.docker.com/_/golang', 'https://github.com/docker-library/golang/blob/master/Dockerfile-linux.template'],
  fixable: true,
  docs: {
    what: 'Reports ENV GOROOT in any stage, and ENV GOPATH in stages based on the official golang image (directly or through an earlier stage), except GOROOT=/usr/local/go and GOPATH=/go on the golang image: those are the values it already uses.',
    why: 'The go command locates GOROOT from its own executable (cfg.go findGOROOT); a hand-set GOROOT goes stale when the base image or install path changes. The golang images set GOPATH=/go with /go/bin on PATH; another GOPATH moves `go install` output off PATH.',
    fix: 'Delete the ENV; call go by its path or put its bin directory on PATH instead.',
  },
  check({ files }) {
    const out: Report<'goroot' | 'gopath'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const image = imageOf(d, s);
        const golang = image ? parseGolangImage(image) : null;
        for (const ins of s.instructions) {
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs) {
            if (p.name !== 'GOROOT' && !(p.name === 'GOPATH' && golang)) continue;
            // The values the golang image already has (Linux variants): restating them changes nothing.
            if (golang && golang.variant !== 'windows' && (p.value ?? '').replace(/\/+$/, '') === GOLANG_IMAGE_DEFAULTS[p.name]) continue;
            const alone = ins.pairs.length === 1;
            out.push({
              messageId: p.name === 'GOROOT' ? 'goroot' : 'gopath',
              data: { value: p.value ?? '' },
              evidence: { image },
              location: at(d.path, p.line, p.column, p.column + p.name.length),
              fixes: alone ? [lineEdit(fixTitle('removeTheEnv', { name: p.name }), d.path, ins.line, ins.endLine, '')] : [{ kind: 'manual', title: fixTitle('removeFromThisEnv', { name: p.name }), steps: [`Delete ${p.name}=… and keep the other variables.`] }],
              ...(p.name === 'GOPATH' ? { severity: 'info' as const } : {}),
            });
          }
        }
      }
    }
    return out;
  },
});
