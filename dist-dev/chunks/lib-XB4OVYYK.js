import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// node_modules/sh-syntax/lib/index.js
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/sh-syntax/lib/shim.js
import { randomFillSync } from "node:crypto";
import _fs from "node:fs";
import { performance } from "node:perf_hooks";
globalThis.fs ??= _fs;
globalThis.crypto ??= {
  getRandomValues: randomFillSync
};
globalThis.performance ??= performance;

// node_modules/sh-syntax/lib/types.js
var LangVariant = {
  LangBash: 1,
  LangPOSIX: 1 << 1,
  LangMirBSDKorn: 1 << 2,
  LangBats: 1 << 3,
  LangZsh: 1 << 4,
  LangAuto: 1 << 5
};

// node_modules/sh-syntax/lib/processor.js
var ParseError = class extends Error {
  static {
    __name(this, "ParseError");
  }
  constructor({ Filename, Incomplete, Text, Pos }) {
    super(Text);
    this.Filename = Filename;
    this.Incomplete = Incomplete;
    this.Text = Text;
    this.Pos = Pos;
  }
};
var encoder;
var decoder;
var getProcessor = /* @__PURE__ */ __name((getWasm) => {
  let wasmBufferSource;
  let wasmBufferSourcePromise;
  encoder ??= new TextEncoder();
  decoder ??= new TextDecoder();
  async function processor2(textOrAst, { filepath, print: print2 = false, originalText, keepComments = true, variant = LangVariant.LangBash, stopAt = "", recoverErrors = 0, useTabs = false, tabWidth = 2, simplify = false, indent = useTabs ? 0 : tabWidth, binaryNextLine = true, switchCaseIndent = true, spaceRedirects = true, keepPadding = false, minify = false, singleLine = false, functionNextLine = false } = {}) {
    if (!wasmBufferSource && !wasmBufferSourcePromise && getWasm.length === 0) {
      wasmBufferSourcePromise = Promise.resolve(getWasm()).then((source) => "arrayBuffer" in source ? source.arrayBuffer() : source);
    }
    if (wasmBufferSourcePromise) {
      wasmBufferSource = await wasmBufferSourcePromise;
    }
    if (typeof textOrAst !== "string" && !print2) {
      print2 = true;
      if (originalText == null) {
        throw new TypeError("`originalText` is required for now, hope we will find better solution later");
      }
    }
    const go = new Go();
    const wasm = getWasm.length === 0 ? await WebAssembly.instantiate(wasmBufferSource, go.importObject) : {
      instance: await getWasm(go.importObject)
    };
    void go.run(wasm.instance);
    const { memory, wasmAlloc, wasmFree, process } = wasm.instance.exports;
    const filePath = encoder.encode(filepath);
    const text = encoder.encode(originalText || textOrAst);
    const uStopAt = encoder.encode(stopAt);
    const filePathPointer = wasmAlloc(filePath.byteLength);
    new Uint8Array(memory.buffer).set(filePath, filePathPointer);
    const textPointer = wasmAlloc(text.byteLength);
    new Uint8Array(memory.buffer).set(text, textPointer);
    const stopAtPointer = wasmAlloc(uStopAt.byteLength);
    new Uint8Array(memory.buffer).set(uStopAt, stopAtPointer);
    const resultPointer = process(filePathPointer, filePath.byteLength, filePath.byteLength, textPointer, text.byteLength, text.byteLength, print2, keepComments, variant, stopAtPointer, uStopAt.byteLength, uStopAt.byteLength, recoverErrors, simplify, indent, binaryNextLine, switchCaseIndent, spaceRedirects, keepPadding, minify, singleLine, functionNextLine);
    wasmFree(filePathPointer);
    wasmFree(textPointer);
    wasmFree(stopAtPointer);
    const result = new Uint8Array(memory.buffer).subarray(resultPointer);
    const end = result.indexOf(0);
    const string = decoder.decode(result.subarray(0, end));
    if (!string.startsWith('{"') || !string.endsWith("}")) {
      throw new ParseError({
        Filename: filepath,
        Incomplete: true,
        Text: string
      });
    }
    const { file, text: processedText, parseError, message } = JSON.parse(string);
    if (parseError || message) {
      throw parseError == null ? new SyntaxError(message) : new ParseError(parseError);
    }
    return print2 ? processedText : file;
  }
  __name(processor2, "processor");
  return processor2;
}, "getProcessor");

// node_modules/sh-syntax/lib/index.js
var importMetaUrl = import.meta.url;
var _dirname = importMetaUrl ? path.dirname(fileURLToPath(importMetaUrl)) : __dirname;
var processor = getProcessor(() => fs.readFile(path.resolve(_dirname, "../main.wasm")));
var parse = /* @__PURE__ */ __name((text, options) => processor(text, options), "parse");
function print(textOrAst, options) {
  if (typeof textOrAst === "string") {
    return processor(textOrAst, {
      ...options,
      print: true
    });
  }
  return processor(textOrAst, options);
}
__name(print, "print");
export {
  LangVariant,
  ParseError,
  getProcessor,
  parse,
  print,
  processor
};
