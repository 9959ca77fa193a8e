import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  doctorReport,
  doctorRules
} from "./chunk-PLLV4H7S.js";
import "./chunk-TUA3ZO57.js";
import "./chunk-T4FF3R5O.js";
import "./chunk-TEAIDRKW.js";
import "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-IBXMN5CX.js";
import "./chunk-NKKUPBPJ.js";
import "./chunk-YKY675GG.js";
import "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import "./chunk-CWEQVTLD.js";
import "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-3CEM5G56.js";
import "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import "./chunk-YOIVYTSO.js";
export {
  doctorReport,
  doctorRules
};
