import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/dirhash.ts
import { createHash } from "node:crypto";
function hash1(files) {
  const sorted = [...files].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const h = createHash("sha256");
  for (const f of sorted) {
    if (f.name.includes("\n")) throw new Error(`dirhash: filename with newline: ${JSON.stringify(f.name)}`);
    h.update(`${f.sha256}  ${f.name}
`);
  }
  return "h1:" + h.digest("base64");
}
__name(hash1, "hash1");
function hash1GoMod(content) {
  return hash1([{ name: "go.mod", sha256: createHash("sha256").update(content).digest("hex") }]);
}
__name(hash1GoMod, "hash1GoMod");

export {
  hash1,
  hash1GoMod
};
