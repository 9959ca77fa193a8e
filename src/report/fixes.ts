import type { Fix } from '../facts/findings.js';

/** One human line (or block) per fix, shared by the text and markdown reporters. */
export function describeFix(f: Fix): string[] {
  switch (f.kind) {
    case 'command': {
      const where = [f.os, f.shell].filter(Boolean).join(', ');
      return [`${f.title}${where ? ` (${where})` : ''}:`, `    ${f.command.split('\n').join('\n    ')}`];
    }
    case 'edit': {
      const at = f.range ? `lines ${f.range.startLine}-${f.range.endLine} of ${f.file}` : `append to ${f.file}`;
      return [`${f.title} (${at}):`, ...f.replacement.replace(/\n$/, '').split('\n').map((l) => `    ${l}`)];
    }
    case 'manual':
      return [`${f.title}:`, ...f.steps.map((s) => `    - ${s}`), ...(f.url ? [`    see ${f.url}`] : [])];
  }
}
