// Worker thread entry: mvdan/sh's WASM runtime starts and parses here, on another core, while
// the main thread goes on collecting. Messages: { id, text, dialect } in, { id, problem } out.
import { parentPort } from 'node:worker_threads';
import { checkSyntax } from './sh-syntax-check.js';
import type { Dialect } from './startup.js';

interface Request { id: number; text: string; dialect: Exclude<Dialect, 'fish'> }

parentPort!.on('message', (req: Request) => {
  checkSyntax(req.text, req.dialect).then(
    (problem) => parentPort!.postMessage({ id: req.id, problem }),
    (e: unknown) => parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) }),
  );
});
