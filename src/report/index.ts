import type { Reporter } from './model.js';
import { textReporter } from './text.js';
import { jsonReporter } from './json.js';
import { markdownReporter } from './markdown.js';
import { sarifReporter } from './sarif.js';
import { githubReporter } from './github.js';

/** Reporter registry: name → function. Subcommands choose which names they accept. */
export const REPORTERS: Record<string, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  markdown: markdownReporter,
  sarif: sarifReporter,
  github: githubReporter,
};

export type { Reporter, ReportModel, ReporterOptions, ReportSection } from './model.js';
