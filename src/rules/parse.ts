// Reading one raw value (a JSON value or a cell's content) into a checked value or a flag.
import { zhCN } from "../messages/zh-CN";
import { AgencyType, Flag, InputDef } from "./types";

export type Parsed =
  | { state: "blank" }
  | { state: "ok"; value: number | string | boolean }
  | { state: "invalid"; flag: Flag };

/** Limits of a points input when its definition names none. */
export function pointsLimits(def: InputDef): { max: number; step: number } {
  return { max: def.max ?? Infinity, step: def.step ?? 1 };
}

const YES = "是";
const NO = "否";

/**
 * Blank as a spreadsheet sees it: no value, or text of spaces only. Only the ASCII space
 * counts, as in Excel's TRIM, so the sheet's formulas and the engine agree on every cell.
 */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && /^ *$/.test(raw));
}

/** Digits that a person meant as a number: "120", " 1,200 ", "85%". */
function looksNumeric(text: string): boolean {
  const cleaned = text.trim().replace(/,/g, "").replace(/%$/, "");
  return cleaned !== "" && Number.isFinite(Number(cleaned));
}

function error(def: InputDef, code: string, message: string): Parsed {
  return { state: "invalid", flag: { severity: "error", code, keys: [def.key], message } };
}

function parseNumber(def: InputDef, raw: unknown): Parsed {
  if (typeof raw === "string" && looksNumeric(raw)) {
    return error(def, "number-as-text", zhCN.flags.numberAsText(def.label, raw));
  }
  if (typeof raw !== "number" || !Number.isFinite(raw)) {
    return error(def, "not-a-number", zhCN.flags.notANumber(def.label, raw));
  }
  if (raw < 0) return error(def, "negative", zhCN.flags.negative(def.label, raw));

  switch (def.kind) {
    case "count":
      if (!Number.isInteger(raw))
        return error(def, "not-whole", zhCN.flags.notWhole(def.label, raw));
      break;
    case "rate":
      if (raw > 1 && raw <= 100) {
        return error(def, "rate-as-percent", zhCN.flags.rateAsPercent(def.label, raw));
      }
      if (raw === 0 || raw > 1) {
        return error(def, "out-of-range", zhCN.flags.rateOutOfRange(def.label, raw));
      }
      break;
    case "points": {
      const { max, step } = pointsLimits(def);
      if (raw > max) {
        const message = zhCN.flags.deductionOutOfRange(def.label, raw, max);
        return error(def, "out-of-range", message);
      }
      if (!Number.isInteger(raw / step)) {
        const message = zhCN.flags.deductionNotHalf(def.label, raw, step);
        return error(def, "not-half-step", message);
      }
      break;
    }
  }
  return { state: "ok", value: raw };
}

/** Reads one input value; blank is reported as blank, and the caller decides if it may be. */
export function parseInput(def: InputDef, raw: unknown): Parsed {
  if (isBlank(raw)) return { state: "blank" };

  switch (def.kind) {
    case "text":
      if (typeof raw === "string") return { state: "ok", value: raw.trim() };
      if (typeof raw === "number" || typeof raw === "boolean")
        return { state: "ok", value: String(raw) };
      return error(def, "not-text", zhCN.flags.notText(def.label, raw));
    case "yesno":
      if (raw === true || raw === YES) return { state: "ok", value: true };
      if (raw === false || raw === NO) return { state: "ok", value: false };
      return error(def, "invalid-choice", zhCN.flags.yesNo(def.label, raw));
    case "choice":
      // Agency type is read by parseAgencyType, which knows the catalog's labels.
      return { state: "ok", value: String(raw) };
    default:
      return parseNumber(def, raw);
  }
}

/**
 * The agency type from its code (`district`) or its Chinese label (`区（开发区）`). Matching
 * ignores letter case, as Excel's `=` does, and nothing else, so the sheet agrees.
 */
export function parseAgencyType(
  raw: unknown,
  types: { code: AgencyType; label: string }[]
): { type: AgencyType | null; flag: Flag | null } {
  if (isBlank(raw)) return { type: null, flag: null };
  const text = typeof raw === "string" ? raw.toLowerCase() : null;
  const match = types.find((t) => text === t.code || text === t.label.toLowerCase());
  if (match) return { type: match.code, flag: null };
  const labels = types.map((t) => t.label);
  const message = zhCN.flags.agencyTypeInvalid(raw, labels);
  return {
    type: null,
    flag: { severity: "error", code: "invalid-choice", keys: ["agencyType"], message },
  };
}
