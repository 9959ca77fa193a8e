import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, instructionsOf, platformOf, prefixGoBuild, stageByRef } from '../file-relations.js';
import type { DockerfileFacts, DockerStage } from '../../facts/schema/files.js';

const ON_BUILD_PLATFORM = /\$\{?BUILDPLATFORM\b/;

/**
 * Does what this stage builds end up on the target platform: it is the last stage, or a stage that
 * does not run on $BUILDPLATFORM copies from it? A tool built and used on the build machine is right.
 */
function shipsToTarget(d: DockerfileFacts, s: DockerStage): boolean {
  if (s === d.stages.at(-1)) return true;
  return d.stages.some((t) => t.index > s.index && !ON_BUILD_PLATFORM.test(platformOf(d, t) ?? '') && t.instructions.some((i) => {
    const refs = [i.flags.find((f) => f.name === 'from')?.value, ...i.flags.filter((f) => f.name === 'mount').map((f) => /(?:^|,)from=([^,]+)/.exec(f.value ?? '')?.[1])];
    return refs.some((r) => r && stageByRef(d, r) === s);
  }));
}

/** A stage on --platform=$BUILDPLATFORM whose go build names no target: it builds for the build machine. */
export const gd615 = defineRule({
  id: 'GD615',
  name: 'build-platform-binary-for-host',
  category: 'dockerfile',
  severity: 'error',
  title: 'go build on $BUILDPLATFORM without GOOS/GOARCH from the target',
  requires: ['files'],
  messages: {
    host: 'This stage runs on $BUILDPLATFORM, and the go build at line {buildLine} sets no {missing}: it builds for the build machine, so an arm64 image built on an amd64 runner gets an amd64 binary ("exec format error").',
  },
  fixTitles: {
    buildForTheTarget: 'Build for the target platform',
  },
  sources: ['https://docs.docker.com/build/building/multi-platform/#cross-compilation', 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope', 'src/go/build/build.go'],
  fixable: true,
  docs: {
    what: 'Reports go build commands in a stage that runs on --platform=$BUILDPLATFORM (itself or through the stage it derives from), and whose output reaches the target (it is the last stage, or a stage not on $BUILDPLATFORM copies from it), when neither the command, an export before it, nor an ENV of the stage sets GOARCH (and GOOS) — from TARGETARCH/TARGETOS or any other value.',
    why: '--platform=$BUILDPLATFORM runs the stage natively on the builder so Go can cross-compile; Go then targets runtime.GOOS/GOARCH of that builder unless GOOS/GOARCH say otherwise (go/build defaultContext). Every platform of a multi-platform image receives the builder\'s binary.',
    fix: 'Add `ARG TARGETOS TARGETARCH` to the stage and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build …`.',
  },
  check({ files }) {
    const out: Report<'host'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        if (!ON_BUILD_PLATFORM.test(platformOf(d, s) ?? '') || !shipsToTarget(d, s)) continue;
        const env: Record<string, string> = {};
        const own = new Set(s.instructions);
        for (const ins of instructionsOf(d, s)) {
          if (ins.keyword === 'ENV') for (const p of ins.pairs) env[p.name] = p.value ?? '';
          if (ins.keyword !== 'RUN' || !own.has(ins)) continue;
          const builds = ins.goCommands.filter((c) => c.sub === 'build');
          const at0 = builds.findIndex((c) => !({ ...env, ...c.env }.GOARCH));
          if (at0 < 0) continue;
          const c = builds[at0]!;
          const all = { ...env, ...c.env };
          const missing = all.GOOS ? 'GOARCH' : 'GOOS/GOARCH';
          const prefixed = prefixGoBuild(ins.source, all.GOOS ? 'GOARCH=$TARGETARCH' : 'GOOS=$TARGETOS GOARCH=$TARGETARCH', at0);
          const declared = instructionsOf(d, s).some((i) => i.keyword === 'ARG' && i.pairs.some((p) => p.name === 'TARGETARCH'));
          const fixed = prefixed && !declared ? `ARG TARGETOS TARGETARCH\n${prefixed}` : prefixed;
          out.push({
            messageId: 'host',
            data: { buildLine: ins.line, missing },
            evidence: { stage: s.name ?? s.index, platform: platformOf(d, s), build: ins.args.slice(0, 200) },
            location: at(d.path, ins.line, ins.column),
            fixes: fixed ? [{ kind: 'edit', title: fixTitle('buildForTheTarget'), file: d.path, range: { startLine: ins.line, endLine: ins.endLine }, replacement: fixed, safety: 'review' }] : [],
          });
        }
      }
    }
    return out;
  },
});
