import type { Collector } from '../collector.js';
import { toolchainsCollector } from './toolchains.js';
import { goenvCollector } from './goenv.js';
import { projectCollector } from './project.js';
import { systemCollector } from './system/index.js';
import { modulesCollector } from './modules.js';
import { runtimeCollector } from './runtime.js';
import { shellsCollector } from './shells.js';

/** What `godiag doctor` collects, one line per area. */
export const DOCTOR_COLLECTORS: readonly Collector[] = [
  toolchainsCollector,
  goenvCollector,
  projectCollector,
  systemCollector,
  modulesCollector,
  runtimeCollector,
  shellsCollector,
];
