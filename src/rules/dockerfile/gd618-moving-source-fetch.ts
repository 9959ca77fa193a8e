import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at } from '../file-relations.js';

/** A ref that names a release: it has a digit (v1.2.3, 2024-01-05, a commit SHA) or comes from a variable. */
const PINNED_REF = /\d|\$/;
/** Archive URLs of a branch head (GitHub, GitLab, Gitea style). */
const BRANCH_ARCHIVE = /\/archive\/refs\/heads\/[^\s"']+|\/(?:-\/)?archive\/(?:main|master|develop|trunk|HEAD)(?:\/[^\s"']*)?\.(?:zip|tar\.gz|tgz)\b/;

/** The simple commands of a shell text, as word lists (quotes removed). */
function simpleCommands(text: string): string[][] {
  return text.split(/&&|\|\||[;|\n]/).map((c) => c.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, '')).filter(Boolean));
}

/** What a `git clone` names, or null when it is pinned (a release ref, or a later checkout/reset in this or a later RUN of the stage). */
function movingClone(cmds: string[][], at: number, laterRuns: string[][]): string | null {
  const words = cmds[at]!;
  const i = words.indexOf('clone');
  const rest = words.slice(i + 1);
  const b = rest.findIndex((w) => w === '-b' || w === '--branch' || w.startsWith('--branch='));
  const ref = b < 0 ? null : rest[b]!.startsWith('--branch=') ? rest[b]!.slice(9) : rest[b + 1] ?? null;
  const later = [...cmds.slice(at + 1), ...laterRuns].some((c) => c[0] === 'git' && c.some((w) => w === 'checkout' || w === 'reset' || w === 'switch'));
  if (later || (ref && PINNED_REF.test(ref))) return null;
  return ref ? `branch ${ref}` : 'the default branch';
}

/** Sources fetched at build time from a branch: each build gets whatever the branch holds that day. */
export const gd618 = defineRule({
  id: 'GD618',
  name: 'moving-source-fetch',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Sources fetched from a moving branch at build time',
  requires: ['files'],
  messages: {
    clone: '`git clone` fetches {what} at build time: two builds of the same Dockerfile get different sources, and a push to that repository can break (or change) this image.',
    archive: 'This RUN downloads a branch archive ({url}): two builds of the same Dockerfile get different sources, and a push to that repository can break (or change) this image.',
  },
  fixTitles: {
    fetchAFixedRef: 'Fetch a fixed ref',
  },
  sources: ['https://docs.docker.com/build/building/best-practices/#pin-base-image-versions', 'https://git-scm.com/docs/git-clone#Documentation/git-clone.txt---branchname', 'https://docs.github.com/en/repositories/working-with-files/using-files/downloading-source-code-archives#source-code-archive-urls'],
  fixable: false,
  docs: {
    what: 'Reports RUN instructions that `git clone` a repository without a release ref (no --branch, or a --branch without a version such as main or a feature branch) and without a later checkout/reset to a fixed ref in the same RUN, and downloads of branch archives (archive/refs/heads/…, archive/main.zip).',
    why: 'A branch moves. The image then depends on the day it was built, the layer cache hides the change until it is invalidated, and a broken commit upstream breaks this build with no change here. Tags (and commit SHAs) stay put.',
    fix: 'Clone a tag or commit (git clone --depth 1 --branch v1.2.3 …, or git checkout <sha> after the clone), download a tag archive (archive/refs/tags/v1.2.3.tar.gz), or install a released version (go install module@vX.Y.Z).',
  },
  check({ files }) {
    const out: Report<'clone' | 'archive'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const runs = s.instructions.filter((i) => i.keyword === 'RUN');
        runs.forEach((i, n) => {
          const cmds = simpleCommands(i.args);
          const clone = cmds.findIndex((c) => c[0] === 'git' && c.includes('clone'));
          const what = clone >= 0 ? movingClone(cmds, clone, runs.slice(n + 1).flatMap((r) => simpleCommands(r.args))) : null;
          const archive = BRANCH_ARCHIVE.exec(i.args)?.[0];
          if (!what && !archive) return;
          out.push({
            messageId: what ? 'clone' : 'archive',
            data: { what: what ?? '', url: archive ?? '' },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, i.line, i.column),
            fixes: [{ kind: 'manual', title: fixTitle('fetchAFixedRef'), steps: ['Clone or download a tag or commit SHA (git clone --depth 1 --branch vX.Y.Z …), or install a released version.'] }],
          });
        });
      }
    }
    return out;
  },
});
