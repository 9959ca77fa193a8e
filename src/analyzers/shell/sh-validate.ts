// Shell syntax validation (mvdan/sh through sh-syntax-check.ts). Its WASM runtime takes tens of
// milliseconds to start, so it runs in a worker thread: the main thread keeps collecting while
// it starts, and each check costs a message. Should the worker fail to start or die, checks run
// in this thread instead: slower, same answers.
import { Worker } from 'node:worker_threads';
import type { Dialect } from './startup.js';

/** mvdan/sh's WASM build runs out of memory on inputs around 1 MB; stay well below. */
export const VALIDATE_MAX_BYTES = 256 * 1024;

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  /** zsh support in mvdan/sh is incomplete: its errors are hints, not proof. */
  advisory: boolean;
}

type ShDialect = Exclude<Dialect, 'fish'>;

/** Set by the bundler: where the worker's file sits relative to the chunk holding this code. */
declare const __SH_VALIDATE_WORKER__: string | undefined;

function workerUrl(): URL {
  return typeof __SH_VALIDATE_WORKER__ === 'string'
    ? new URL(__SH_VALIDATE_WORKER__, import.meta.url)
    : new URL('./sh-validate-worker.ts', import.meta.url); // from source, under tsx
}

interface Pending { resolve: (p: SyntaxProblem | null) => void; text: string; dialect: ShDialect }

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, Pending>();

function inThread(text: string, dialect: ShDialect): Promise<SyntaxProblem | null> {
  return import('./sh-syntax-check.js').then((m) => m.checkSyntax(text, dialect));
}

function abandonWorker() {
  workerFailed = true;
  worker?.terminate().catch(() => undefined);
  worker = null;
  for (const [id, p] of pending) {
    pending.delete(id);
    inThread(p.text, p.dialect).then(p.resolve, () => p.resolve(null));
  }
}

function startWorker(): Worker | null {
  if (workerFailed) return null;
  if (worker) return worker;
  try {
    worker = new Worker(workerUrl());
  } catch {
    workerFailed = true;
    return null;
  }
  worker.on('message', (m: { id: number; problem?: SyntaxProblem | null; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined) inThread(p.text, p.dialect).then(p.resolve, () => p.resolve(null));
    else p.resolve(m.problem ?? null);
    if (pending.size === 0) worker?.unref();
  });
  worker.on('error', abandonWorker);
  worker.on('exit', () => { if (pending.size) abandonWorker(); worker = null; });
  return worker;
}

function validateUncached(text: string, dialect: ShDialect): Promise<SyntaxProblem | null> {
  const w = startWorker();
  if (!w) return inThread(text, dialect);
  return new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, { resolve, text, dialect });
    // Referenced while a check is pending, so the process waits for the answer.
    w.ref();
    w.postMessage({ id, text, dialect });
  });
}

/** Start the checker ahead of the first file, so its start-up overlaps other work. */
export function warmUpShellValidation(): void {
  startWorker()?.unref();
}

const results = new Map<string, Promise<SyntaxProblem | null>>();

/** Null when the file parses (or is too large to check, which the caller reports). Cached by content. */
export function validateShell(text: string, dialect: ShDialect): Promise<SyntaxProblem | null> {
  if (Buffer.byteLength(text) > VALIDATE_MAX_BYTES) return Promise.resolve(null);
  const key = `${dialect}\0${text}`;
  let r = results.get(key);
  if (!r) {
    r = validateUncached(text, dialect);
    results.set(key, r);
    if (results.size > 256) results.delete(results.keys().next().value!);
  }
  return r;
}
