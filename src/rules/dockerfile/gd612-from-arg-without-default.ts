import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/** Arguments BuildKit sets itself; they need no default. */
const AUTOMATIC = new Set(['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT']);

/** `FROM golang:${GO_VERSION}` with `ARG GO_VERSION` and no default: an empty tag unless every build passes it. */
export const gd612 = defineRule({
  id: 'GD612',
  name: 'from-arg-without-default',
  category: 'dockerfile',
  severity: 'warning',
  title: 'FROM uses an ARG that has no default',
  requires: ['files'],
  messages: {
    noDefault: '`FROM {image}` uses ${name}, declared (line {argLine}) without a default: a build without --build-arg {name}=… fails with "invalid reference format" or pulls an unintended image.',
    undeclared: '`FROM {image}` uses ${name}, which no ARG before the first FROM declares: FROM sees only global ARGs, so it expands to an empty string.',
  },
  fixTitles: {
    giveTheArgA: 'Give the ARG a default',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact', 'https://docs.docker.com/reference/build-checks/undefined-arg-in-from/'],
  fixable: false,
  docs: {
    what: 'Reports variables in FROM lines that are global ARGs without a default value, or that no global ARG declares (BuildKit\'s automatic platform arguments excepted; ${NAME:-default} forms are fine).',
    why: 'FROM expands only ARGs declared before the first FROM. Without a default the value is empty unless every `docker build` passes --build-arg: `golang:` is an invalid reference, and `$REGISTRY/app` silently becomes `/app`.',
    fix: 'Give the ARG a default (ARG GO_VERSION=1.23) or write ${GO_VERSION:-1.23} in the FROM line.',
  },
  check({ files }) {
    const out: Report<'noDefault' | 'undeclared'>[] = [];
    for (const d of files.dockerfiles) {
      const globals = new Map(d.globalArgs.map((a) => [a.name, a]));
      for (const s of d.stages) {
        if (!s.image) continue;
        for (const m of s.image.matchAll(/\$\{(\w+)(:?[-+][^}]*)?\}|\$(\w+)/g)) {
          const name = m[1] ?? m[3]!;
          if (m[2] || AUTOMATIC.has(name)) continue;
          const arg = globals.get(name);
          if (arg && arg.value !== null && arg.value !== '') continue;
          out.push({
            messageId: arg ? 'noDefault' : 'undeclared',
            data: { image: s.image, name, argLine: arg?.line ?? 0 },
            evidence: { stage: s.name ?? s.index, variable: name },
            location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
            fixes: [{ kind: 'manual', title: fixTitle('giveTheArgA'), steps: [arg ? `Change line ${arg.line} to ARG ${name}=<default>.` : `Add ARG ${name}=<default> before the first FROM.`], url: 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact' }],
          });
        }
      }
    }
    return out;
  },
});
