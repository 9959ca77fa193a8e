import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/engine/define-rule.ts
function fixTitle(id, data) {
  return data ? { fixTitle: id, data } : { fixTitle: id };
}
__name(fixTitle, "fixTitle");
function defineRule(rule) {
  return rule;
}
__name(defineRule, "defineRule");
var MessageError = class extends Error {
  static {
    __name(this, "MessageError");
  }
};
function strictMessages() {
  return typeof process !== "undefined" && process.env.GODIAG_STRICT_MESSAGES === "1";
}
__name(strictMessages, "strictMessages");
function renderMessage(template, data = {}, strict = strictMessages()) {
  return template.replace(/\{(\w+)\}/g, (m, k) => {
    if (k in data) return String(data[k]);
    if (strict) throw new MessageError(`placeholder ${m} of ${JSON.stringify(template)} has no value in data`);
    return m;
  });
}
__name(renderMessage, "renderMessage");
function reportMessage(rule, r, strict = strictMessages()) {
  const template = rule.messages[r.messageId];
  if (template === void 0 && strict) throw new MessageError(`${rule.id}: unknown message id ${JSON.stringify(r.messageId)}`);
  return renderMessage(template ?? r.messageId, r.data, strict);
}
__name(reportMessage, "reportMessage");
function reportFixes(rule, r, strict = strictMessages()) {
  return (r.fixes ?? []).map((f) => {
    const t = f.title;
    if (typeof t === "string") {
      if (strict && rule.fixTitles) throw new MessageError(`${rule.id}: inline fix title ${JSON.stringify(t)}; declare it in fixTitles`);
      return f;
    }
    const template = rule.fixTitles?.[t.fixTitle];
    if (template === void 0) {
      if (strict) throw new MessageError(`${rule.id}: unknown fix title id ${JSON.stringify(t.fixTitle)}`);
      return { ...f, title: t.fixTitle };
    }
    return { ...f, title: renderMessage(template, t.data, strict) };
  });
}
__name(reportFixes, "reportFixes");

// src/rules/settings/origin.ts
function originText(env, s) {
  switch (s.source) {
    case "env":
      return "the process environment";
    case "user-file":
      return `\`go env -w\` (${env.userFile.path})`;
    case "goroot-go.env":
      return `${env.gorootEnvFile?.path ?? "$GOROOT/go.env"}`;
    default:
      return "the default";
  }
}
__name(originText, "originText");
function originLocation(env, s) {
  if (s.source === "user-file") {
    const line = [...env.userFile.entries].reverse().find((e) => e.key === s.key)?.line;
    return { file: env.userFile.path, ...line ? { line } : {} };
  }
  if (s.source === "goroot-go.env" && env.gorootEnvFile) {
    const line = [...env.gorootEnvFile.entries].reverse().find((e) => e.key === s.key)?.line;
    return { file: env.gorootEnvFile.path, ...line ? { line } : {} };
  }
  return void 0;
}
__name(originLocation, "originLocation");
var UNSET_FIX_TITLES = {
  changeInGoEnvFile: "Change it in the go env file",
  removeFromGoEnvFile: "Remove it from the go env file",
  changeExport: "Change the export in your shell startup files (see `godiag shell`), then in this shell",
  removeExport: "Remove the export in your shell startup files (see `godiag shell`), then in this shell"
};
function unsetFixes(s, value) {
  const set = value === void 0 ? null : `${s.key}=${value}`;
  if (s.source === "user-file") {
    return [{ kind: "command", title: fixTitle(set ? "changeInGoEnvFile" : "removeFromGoEnvFile"), command: set ? `go env -w ${shQuote(set)}` : `go env -u ${s.key}`, safety: "safe" }];
  }
  if (s.source === "env") {
    return [{
      kind: "command",
      title: fixTitle(set ? "changeExport" : "removeExport"),
      shell: "sh",
      command: set ? `export ${shQuote(set)}` : `unset ${s.key}`,
      safety: "safe"
    }];
  }
  return [];
}
__name(unsetFixes, "unsetFixes");

export {
  fixTitle,
  defineRule,
  reportMessage,
  reportFixes,
  originText,
  originLocation,
  UNSET_FIX_TITLES,
  unsetFixes
};
