// Syntax check with mvdan/sh (the sh-syntax WASM build). Its JS API returns statement spans
// only, so it is our authority on *where a file stops parsing*, not on what commands mean.
// A collector, not an analyzer: it loads the parser's WebAssembly from the installed package.
import v8 from 'node:v8';
import { createRequire } from 'node:module';
import type { Dialect } from '../../knowledge/shell-startup.js';
import { readCapped } from '../host.js';

/** sh-syntax's main.wasm is under 1 MB; a larger file is not the package we know. */
const MAX_WASM_BYTES = 16 * 1024 * 1024;

/** mvdan/sh's WASM build runs out of memory on inputs around 1 MB; stay well below. */
export const VALIDATE_MAX_BYTES = 256 * 1024;

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  /** zsh support in mvdan/sh is incomplete: its errors are hints, not proof. */
  advisory: boolean;
}

// The WebAssembly global exists in Node; this project compiles without the DOM lib, so type the bit we use.
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<object>;
  RuntimeError: new (...a: never[]) => Error;
}
const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type Processor = (text: string, options: { variant: number; keepComments?: boolean }) => Promise<unknown>;
let processorPromise: Promise<{ run: Processor; variants: Record<string, number> }> | null = null;

async function processor() {
  processorPromise ??= (async () => {
    // Go's wasm_exec needs its globals (Go, fs); the package sets them in modules that bundlers
    // drop as side-effect free, so load wasm_exec at run time: required as CommonJS, it sets
    // globalThis.fs itself (vendors/wasm_exec.cjs).
    const g = globalThis as unknown as Record<string, unknown>;
    const require = createRequire(import.meta.url);
    if (!g.Go) require('sh-syntax/vendors/wasm_exec.cjs');
    const mod = await import('sh-syntax');
    // Resolve the .wasm next to the installed package (works from src/ and from the bundle).
    const wasmPath = require.resolve('sh-syntax/main.wasm');
    // Baseline (Liftoff) code only: each check is a few milliseconds of parsing, and V8's
    // background tier-up to optimised code made single checks take up to seconds on busy
    // 2-core machines (measured: 20-900 ms per call with tier-up, 3-30 ms without).
    v8.setFlagsFromString('--liftoff-only');
    const wasm = readCapped(wasmPath, MAX_WASM_BYTES);
    if (!wasm) throw new Error(`cannot read ${wasmPath}`);
    const compiled = await WA.compile(wasm);
    const getProcessor = mod.getProcessor as unknown as (f: (imports: object) => Promise<object>) => Processor;
    const run = getProcessor((imports) => WA.instantiate(compiled, imports));
    return { run, variants: mod.LangVariant as unknown as Record<string, number> };
  })();
  return processorPromise;
}

const results = new Map<string, Promise<SyntaxProblem | null>>();

/**
 * Why the syntax checker cannot run (its WASM missing from the install, a broken package), or
 * null when it loads. The analysis goes on without syntax checks and reports this as a finding.
 */
export async function syntaxCheckerError(): Promise<string | null> {
  try {
    await processor();
    return null;
  } catch (e) {
    return `the shell syntax checker (sh-syntax, mvdan/sh as WASM) did not load: ${(e as Error).message.split('\n')[0]}`;
  }
}

/** Null when the file parses (or is too large to check, which the caller reports). Cached by content. */
export function validateShell(text: string, dialect: Exclude<Dialect, 'fish'>): Promise<SyntaxProblem | null> {
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

async function validateUncached(text: string, dialect: Exclude<Dialect, 'fish'>): Promise<SyntaxProblem | null> {
  // A checker that does not load is reported once for the whole analysis (syntaxCheckerError).
  const loaded = await processor().catch(() => null);
  if (!loaded) return null;
  const { run, variants } = loaded;
  const variant = dialect === 'zsh' ? variants.LangZsh! : dialect === 'sh' ? variants.LangPOSIX! : variants.LangBash!;
  try {
    await run(text, { variant, keepComments: false });
    return null;
  } catch (e) {
    const err = e as { Pos?: { Line: number; Col: number }; Text?: string; message?: string };
    const fromMsg = /^(\d+):(\d+): (.*)$/s.exec(err.message ?? '');
    const line = err.Pos?.Line ?? (fromMsg ? Number(fromMsg[1]) : 0);
    const column = err.Pos?.Col ?? (fromMsg ? Number(fromMsg[2]) : 0);
    const message = (fromMsg ? fromMsg[3]! : err.Text ?? err.message ?? String(e)).split('\n')[0]!.slice(0, 200);
    // A WASM crash or a loader problem is not the user's syntax error.
    if (e instanceof WA.RuntimeError || (!err.Pos && !fromMsg)) return null;
    return { line, column, message, advisory: dialect === 'zsh' || dialect === 'sh' && /bash|mksh|zsh feature/.test(message) };
  }
}
