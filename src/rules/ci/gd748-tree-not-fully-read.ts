import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import type { FilesFacts } from '../../facts/schema/files.js';

type NotWalked = NonNullable<FilesFacts['notWalked']>[number];
type YamlNotRead = NonNullable<FilesFacts['yamlNotRead']>;

/** Why the walk left directories unlisted, or links unfollowed (also in lint's "nothing was read" error). */
export function notWalkedWhy(stop: NotWalked): string {
  return stop.reason === 'depth' ? `deeper than ${stop.limit} levels` : stop.reason === 'entries' ? `after it had seen ${stop.limit} entries` : 'to directories outside the linted tree';
}

export function yamlNotReadCount(y: YamlNotRead): number {
  return y.pastBudget + y.tooLarge + y.unreadable;
}

/**
 * Parts of the linted tree lint never looked at: directories past the walk's depth or entry limit,
 * YAML files past the bytes of possible manifests one run reads. GD749 names files found and not
 * analysed; these were not found, or are too many to name one by one.
 */
export const gd748 = defineRule({
  id: 'GD748',
  name: 'tree-not-fully-read',
  category: 'ci',
  severity: 'error',
  title: 'Part of the linted tree was not read',
  requires: ['files'],
  messages: {
    notWalked: 'lint did not list {count} director{ies} {why} (first: {first}): the Dockerfiles, CI files, Makefiles and go.mod files in them were not found, so no rule checked them.',
    linkNotFollowed: 'lint did not follow {count} symbolic link{s} to directories outside the linted tree (first: {first}): the lint files behind {them} were not checked (git and docker build do not follow such a link either).',
    yamlNotRead: '{count} YAML file{s} ({bytes} bytes, first: {first}) {were} not read ({why}): Kubernetes manifests, Helm values and compose files among them were not checked.',
  },
  fixTitles: {
    lintPartsSeparately: 'Lint {dir} on its own',
  },
  sources: ['https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#toolexecutionnotifications-object'],
  fixable: false,
  docs: {
    what: '`godiag lint` walks at most 12 directory levels below each path it is given and stops listing directories after 50,000 entries; it reads at most 16 MiB of YAML files that may be deployment manifests (and none over 1 MiB). Reports, as an error, the directories the walk left unlisted (how many, the first ones); as a warning, symbolic links to directories outside the linted tree (lint never follows a directory link, as links can loop; a link to a directory it walks anyway is not reported), and the YAML files left unread. Directories lint skips on purpose (.git, vendor, node_modules, testdata and the like) are not counted.',
    why: 'A gate that passes because lint stopped early is worse than no gate: the files it never found are unchecked while the run looks clean. YAML that was not read may be no manifest at all, and what a link leads to out of the tree is not part of the repository for git or of the build context for docker build, which is why those only warn.',
    fix: 'Lint the unlisted parts on their own (`godiag lint DIR`, one run per large subtree), or point lint at the directories that hold build configuration. For YAML, lint the directories of the deployment manifests on their own.',
  },
  check({ files }) {
    const out: Report<'notWalked' | 'linkNotFollowed' | 'yamlNotRead'>[] = [];
    for (const stop of files.notWalked ?? []) {
      const first = stop.dirs[0] ?? '.';
      if (stop.reason === 'link') {
        out.push({
          messageId: 'linkNotFollowed',
          severity: 'warning',
          data: { count: stop.count, s: stop.count === 1 ? '' : 's', them: stop.count === 1 ? 'it' : 'them', first },
          evidence: { reason: stop.reason, count: stop.count, links: stop.dirs },
          location: { file: first },
          fixes: [{ kind: 'manual', title: fixTitle('lintPartsSeparately', { dir: first }), steps: [`Run \`godiag lint ${first}/\` (the trailing slash names the directory the link points to) if its files belong to this project.`] }],
        });
        continue;
      }
      out.push({
        messageId: 'notWalked',
        data: { count: stop.count, ies: stop.count === 1 ? 'y' : 'ies', first, why: notWalkedWhy(stop) },
        evidence: { reason: stop.reason, limit: stop.limit, count: stop.count, dirs: stop.dirs },
        location: { file: first },
        fixes: [{ kind: 'manual', title: fixTitle('lintPartsSeparately', { dir: first }), steps: [`Run \`godiag lint ${first}\` (and the other directories: ${stop.dirs.join(', ')}${stop.count > stop.dirs.length ? ', ...' : ''}) on its own.`] }],
      });
    }
    const y = files.yamlNotRead;
    if (y) {
      const count = yamlNotReadCount(y);
      const why = [y.pastBudget ? `${y.pastBudget} past the ${y.budget} bytes of YAML one run reads` : '', y.tooLarge ? `${y.tooLarge} larger than ${y.maxFile} bytes` : '', y.unreadable ? `${y.unreadable} unreadable` : ''].filter(Boolean).join(', ');
      out.push({
        messageId: 'yamlNotRead',
        severity: 'warning',
        data: { count, s: count === 1 ? '' : 's', were: count === 1 ? 'was' : 'were', bytes: y.bytes, first: y.first, why },
        evidence: { ...y },
        location: { file: y.first, line: 1, column: 1 },
        fixes: [{ kind: 'manual', title: fixTitle('lintPartsSeparately', { dir: y.first.includes('/') ? y.first.slice(0, y.first.lastIndexOf('/')) : '.' }), steps: ['Run `godiag lint DIR` on the directories of the deployment manifests.'] }],
      });
    }
    return out;
  },
});
