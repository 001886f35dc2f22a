// Reading cells of a saved workbook (exceljs) the way the engine reads JSON, and comparing
// formulas as formulas rather than as text.
import ExcelJS from "exceljs";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A cell's content as a raw input value: what a person typed. Text stays text (so a number
 * stored as text is flagged), a formula counts as its saved result, a date as Excel's serial.
 */
export function cellToRaw(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / 86_400_000;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    return cellToRaw((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ("text" in value) return (value as ExcelJS.CellHyperlinkValue).text;
  return undefined;
}

/** The formula a cell holds, without "=", or null when it holds a value. */
export function cellFormula(value: ExcelJS.CellValue): string | null {
  if (value && typeof value === "object" && "formula" in value && value.formula)
    return value.formula;
  if (value && typeof value === "object" && "sharedFormula" in value) {
    return (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
  }
  return null;
}

/**
 * A formula in a canonical spelling: no "=", no `_xlfn.`/`_xlws.` prefixes, no spaces and upper
 * case outside string literals, numbers written the shortest way (0.50, .5 and 5E-1 all as 0.5).
 * Excel, WPS and LibreOffice rewrite exactly these when they save a file again.
 */
export function canonicalFormula(formula: string): string {
  const text = formula.trim().replace(/^=/, "");
  let result = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      // A string literal, kept as it is; "" inside stands for one quote.
      let j = i + 1;
      while (j < text.length && !(text[j] === '"' && text[j + 1] !== '"'))
        j += text[j] === '"' ? 2 : 1;
      result += text.slice(i, j + 1);
      i = j + 1;
    } else if (/\s/.test(c)) {
      i++;
    } else if (/[\d.]/.test(c) && !/[A-Za-z_\d.]/.test(text[i - 1] ?? "")) {
      const match = /^(\d*\.?\d+(?:[eE][+-]?\d+)?|\d+\.)/.exec(text.slice(i)) as RegExpExecArray;
      result += String(Number(match[0]));
      i += match[0].length;
    } else {
      result += c.toUpperCase();
      i++;
    }
  }
  return result.replace(/_XLFN\.|_XLWS\./g, "");
}

export function sameFormula(a: string, b: string): boolean {
  return canonicalFormula(a) === canonicalFormula(b);
}
