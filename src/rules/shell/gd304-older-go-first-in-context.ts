import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import type { EditFix } from '../../facts/findings.js';
import { SHELL_SOURCES, setupBlock, isUserFile, setupFileFor, shellOfContext } from './util.js';

const SHELLS = ['bash', 'sh', 'zsh', 'fish', 'busybox'];

/** In some context, PATH finds an older go before a newer one. */
export const gd304 = defineRule({
  id: 'GD304',
  name: 'older-go-first-in-context',
  category: 'shell',
  severity: 'warning',
  title: 'A shell context runs an older go while a newer one is later on its PATH',
  requires: ['shells'],
  messages: {
    older: 'In {contexts}, PATH finds {first} ({firstVersion}, entry from {firstOrigin}) before {newer} ({newerVersion}, entry from {newerOrigin}).',
  },
  fixTitles: {
    putFirstOnPath: 'Put {dir} first on PATH ({file})',
  },
  sources: [`${SHELL_SOURCES.bash} (COMMAND EXECUTION: PATH search)`, 'https://go.dev/doc/manage-install'],
  fixable: true,
  docs: {
    what: 'Reports, per shell context, a go binary that wins the PATH search although a newer Go sits in a later PATH directory (versions read from each GOROOT/VERSION file; nothing is run).',
    why: 'The first match on PATH runs. Appending a new Go (PATH="$PATH:/usr/local/go/bin") after a distribution package keeps the old one in charge, and which one wins can differ between login, interactive and non-interactive shells.',
    fix: 'Put the newer Go bin directory first on PATH, even when it is already on PATH further back (a guard that skips "already on PATH" leaves the older go first), at the end of the file that context reads; or remove the older install.',
  },
  check({ shells }) {
    const groups = new Map<string, { contexts: string[]; data: Record<string, string>; dir: string; file: string | null; targets: Set<string> }>();
    for (const c of shells.contexts) {
      const first = c.gos[0];
      if (!first?.version) continue;
      const newer = c.gos.slice(1).filter((g) => g.version && compareGoVersions(g.version, first.version!) > 0).sort((a, b) => compareGoVersions(b.version!, a.version!))[0];
      if (!newer) continue;
      const key = `${first.path}\0${newer.path}`;
      const where = (o: typeof first.origin) => (o ? `${o.file}:${o.line}` : 'the inherited PATH');
      const g = groups.get(key) ?? { contexts: [], targets: new Set<string>(), dir: newer.dir, file: newer.origin && isUserFile(shells, newer.origin.file) ? newer.origin.file : null, data: { first: first.path, firstVersion: first.version, firstOrigin: where(first.origin), newer: newer.path, newerVersion: newer.version!, newerOrigin: where(newer.origin) } };
      g.contexts.push(c.id);
      // The block goes where this context already gets the newer Go from (it reads that file),
      // else into the file its shell reads at login; appended last, so it runs after the line
      // that put the older Go first.
      // cron, systemd and GUI contexts read no startup file a block could go in.
      if (newer.origin && isUserFile(shells, newer.origin.file)) g.targets.add(newer.origin.file);
      else if (SHELLS.includes(shellOfContext(c.id))) g.targets.add(setupFileFor(shells, shellOfContext(c.id)));
      groups.set(key, g);
    }
    const reports: Report<'older'>[] = [];
    for (const g of groups.values()) {
      reports.push({
        messageId: 'older', data: { ...g.data, contexts: g.contexts.join(', ') }, evidence: { contexts: g.contexts },
        ...(g.file ? { location: { file: g.file } } : {}),
        fixes: [...g.targets].map((file) => setupBlock(file, [{ pathDir: g.dir }], fixTitle('putFirstOnPath', { dir: g.dir, file: file.replace(shells.home, '~') }))).filter((f): f is EditFix => f !== null),
      });
    }
    return reports;
  },
});
