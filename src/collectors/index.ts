import type { Collector } from './collector.js';
import { toolchainsCollector } from './toolchains.js';
import { goenvCollector } from './goenv.js';
import { projectCollector } from './project.js';
import { systemCollector } from './system/index.js';
import { modulesCollector } from './modules.js';
import { runtimeCollector } from './runtime.js';
import { shellsCollector } from './shells.js';
import { verifyCollector } from './verify/index.js';
import { gosumCollector } from './gosum.js';
import { vulnsCollector } from './vulns.js';
import { retractionsCollector } from './retractions.js';
import { toolsCollector } from './installed-tools.js';

/** What `godiag doctor` collects, one line per area. */
// goenv first: its `go env -json` is the slowest probe and the others wait for it.
export const DOCTOR_COLLECTORS: readonly Collector[] = [
  goenvCollector,
  toolchainsCollector,
  projectCollector,
  systemCollector,
  modulesCollector,
  runtimeCollector,
  shellsCollector,
  verifyCollector,
  gosumCollector,
  retractionsCollector,
  vulnsCollector,
  toolsCollector,
];
