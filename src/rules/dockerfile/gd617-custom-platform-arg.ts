import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';
import type { DockerfileFacts, DockerStage } from '../../facts/schema/files.js';

/** The platform ARGs BuildKit sets by itself for each target (and build) platform. */
const AUTOMATIC = new Set(['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT']);
const TARGET_VARS = ['GOOS', 'GOARCH'] as const;

/** The ARG names a value references: $NAME, ${NAME}, ${NAME:-x}, ${NAME%%/...}. */
function referencedArgs(value: string): string[] {
  return [...value.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1]!);
}

/** ARGs in scope in a stage (global ones are usable only once redeclared, but a default still tells intent). */
function argsOf(d: DockerfileFacts, s: DockerStage): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const a of d.globalArgs) out.set(a.name, a.value);
  for (const i of s.instructions) if (i.keyword === 'ARG') for (const p of i.pairs) out.set(p.name, p.value ?? out.get(p.name) ?? null);
  return out;
}

/** GOOS/GOARCH from a custom ARG (ARCH, PLATFORM) instead of TARGETOS/TARGETARCH: empty or fixed unless every build passes it. */
export const gd617 = defineRule({
  id: 'GD617',
  name: 'custom-platform-arg',
  category: 'dockerfile',
  severity: 'warning',
  title: 'GOOS/GOARCH from a custom ARG instead of TARGETOS/TARGETARCH',
  requires: ['files'],
  messages: {
    custom: '{name} comes from ARG {arg}, which no build sets by itself: `docker buildx build --platform` sets TARGETOS/TARGETARCH, not {arg}, so without --build-arg {arg}=… {name} is {fallback}.',
  },
  fixTitles: {
    useTheAutomaticPlatform: 'Use the automatic platform ARGs',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope', 'https://docs.docker.com/build/building/multi-platform/#cross-compilation', 'src/go/build/build.go'],
  fixable: false,
  docs: {
    what: 'Reports ENV GOOS/GOARCH and `GOOS=… GOARCH=… go …` in RUN whose value comes from an ARG other than the automatic platform ARGs (TARGETOS, TARGETARCH, TARGETPLATFORM, BUILDOS, BUILDARCH, BUILDPLATFORM, and their VARIANT).',
    why: 'BuildKit fills TARGETOS and TARGETARCH for each platform of `--platform linux/amd64,linux/arm64`. A custom ARG such as ARCH or PLATFORM is set only by a --build-arg: without it GOARCH is empty (go builds for the build machine) or stuck at its default, so a multi-platform build packs the same architecture into every image.',
    fix: 'Declare ARG TARGETOS TARGETARCH in the stage and use GOOS=$TARGETOS GOARCH=$TARGETARCH; keep a custom ARG only for names that are not the target platform.',
  },
  check({ files }) {
    const out: Report<'custom'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const args = argsOf(d, s);
        const report = (name: string, value: string, line: number, column: number) => {
          const arg = referencedArgs(value).find((a) => args.has(a) && !AUTOMATIC.has(a));
          if (!arg) return;
          const dflt = args.get(arg);
          out.push({
            messageId: 'custom',
            data: { name, arg, fallback: dflt ? `always ${dflt}` : 'empty, and go builds for the build machine' },
            evidence: { stage: s.name ?? s.index, value },
            location: at(d.path, line, column),
            fixes: [{ kind: 'manual', title: fixTitle('useTheAutomaticPlatform'), steps: [`ARG TARGETOS TARGETARCH in this stage, then ${name}=$${name === 'GOOS' ? 'TARGETOS' : 'TARGETARCH'}.`], url: 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope' }],
          });
        };
        for (const i of s.instructions) {
          if (i.keyword === 'ENV') for (const p of i.pairs) if ((TARGET_VARS as readonly string[]).includes(p.name) && p.value) report(p.name, p.value, p.line, p.column);
          if (i.keyword !== 'RUN') continue;
          const seen = new Set<string>();
          for (const c of i.goCommands) {
            for (const name of TARGET_VARS) {
              const v = c.env[name];
              if (v && !seen.has(name)) { seen.add(name); report(name, v, i.line, i.column); }
            }
          }
        }
      }
    }
    return out;
  },
});
