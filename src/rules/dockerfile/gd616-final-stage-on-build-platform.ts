import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, imageOf, lineEdit, platformOf, stageChain } from '../file-relations.js';

const ON_BUILD_PLATFORM = /\$\{?BUILDPLATFORM\b/;

/** The last stage (the image by default) on --platform=$BUILDPLATFORM: every target gets the build machine's base. */
export const gd616 = defineRule({
  id: 'GD616',
  name: 'final-stage-on-build-platform',
  category: 'dockerfile',
  severity: 'error',
  title: 'Final stage on $BUILDPLATFORM',
  requires: ['files'],
  messages: {
    final: 'The final stage runs on --platform={platform}: an image built for another platform (linux/arm64 on an amd64 runner) gets the build machine\'s {image} with its shell, C library and packages, which cannot run there ("exec format error").',
  },
  fixTitles: {
    letTheFinalStage: 'Let the final stage follow the target platform',
  },
  sources: ['https://docs.docker.com/build/building/multi-platform/#cross-compilation', 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope', 'https://docs.docker.com/reference/dockerfile/#from'],
  fixable: true,
  docs: {
    what: 'Reports the last stage of a Dockerfile (the image built when no --target is given) when it, or the stage it derives from, runs on --platform=$BUILDPLATFORM, unless it is FROM scratch (a stage that only carries files for --output).',
    why: '$BUILDPLATFORM is the machine running the build. It belongs on builder stages that cross-compile (GOOS=$TARGETOS GOARCH=$TARGETARCH). On the final stage it makes every platform of a multi-platform build the build machine\'s: the arm64 image contains an amd64 base, and its first RUN or ENTRYPOINT fails with "exec format error" on arm64 hosts.',
    fix: 'Drop --platform from the final FROM (it then follows the target platform), and keep --platform=$BUILDPLATFORM on the stages that compile.',
  },
  check({ files }) {
    const out: Report<'final'>[] = [];
    for (const d of files.dockerfiles) {
      const s = d.stages.at(-1);
      const platform = s ? platformOf(d, s) : null;
      if (!s || !platform || !ON_BUILD_PLATFORM.test(platform)) continue;
      const image = imageOf(d, s) ?? '';
      if (image.toLowerCase() === 'scratch') continue;
      // Reported where the platform is set: the final FROM, or the stage it derives from.
      const setter = stageChain(d, s).filter((x) => x.platform).at(-1)!;
      const fixed = setter.source.replace(/--platform=\S+\s+/, '');
      out.push({
        messageId: 'final',
        data: { platform, image },
        evidence: { stage: s.name ?? s.index, platformSetBy: setter.name ?? setter.index },
        location: at(d.path, setter.line, setter.column),
        fixes: fixed !== setter.source
          ? [lineEdit(fixTitle('letTheFinalStage'), d.path, setter.line, setter.line + setter.source.split('\n').length - 1, fixed)]
          : [{ kind: 'manual', title: fixTitle('letTheFinalStage'), steps: ['Remove --platform=$BUILDPLATFORM from the FROM the final stage derives from, or start the final stage FROM an image without it.'] }],
      });
    }
    return out;
  },
});
