import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  RETIRED_IDS,
  RULES,
  findRule,
  rulesIn
} from "./chunk-QDX7MBD6.js";
import "./chunk-I4IKHWZ2.js";
import "./chunk-Z5KYQY4S.js";
import "./chunk-76J5DVE5.js";
import "./chunk-TUA3ZO57.js";
import "./chunk-T4FF3R5O.js";
import "./chunk-TEAIDRKW.js";
import "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-NKKUPBPJ.js";
import "./chunk-YKY675GG.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-3CEM5G56.js";
import "./chunk-K5NCYCDB.js";
import "./chunk-YOIVYTSO.js";
export {
  RETIRED_IDS,
  RULES,
  findRule,
  rulesIn
};
