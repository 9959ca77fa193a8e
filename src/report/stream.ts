// Text output that starts before the report is complete. A long command (inspect over /usr)
// writes one section line by line as results become known, closes it with its totals, and the
// text reporter renders the rest of the report after it. Machine formats (JSON, SARIF,
// Markdown) never stream: they stay whole documents.
import { redactString } from '../engine/redact.js';
import { makeStyle } from './style.js';
import { visible, MAX_BLOCK } from './escape.js';

/** A section's heading as the text reporter writes it (shared, so a streamed section looks the same). */
export function sectionHeading(title: string, color: boolean): string[] {
  return title ? [makeStyle(color).bold(title)] : [];
}

/**
 * One section written as it grows. Every line is redacted and its control characters escaped
 * here, as emit() does for a whole report: streamed bytes leave before any report exists.
 */
export class SectionStream {
  constructor(private readonly write: (s: string) => void, title: string, color: boolean) {
    const heading = sectionHeading(title, color);
    if (heading.length) this.write(heading.join('\n') + '\n');
  }

  lines(lines: readonly string[]): void {
    if (lines.length) this.write(lines.map((l) => visible(redactString(l), MAX_BLOCK)).join('\n') + '\n');
  }

  /** The closing lines (totals), then the blank line that ends every text section. */
  end(closing: readonly string[]): void {
    this.lines([...closing, '']);
  }
}
