// Recognising the form by its text, for a copy that has lost its defined names: the header row
// of the official form, the indicator numbers down its 序号 column, the input sheet's header
// and the labels down its 填报项目 column. Pure: a block of cell values in, positions out.
import { excelText, sheetText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { actualName, scoreName } from "../rules/sheet-formulas";
import { FORM_COLUMNS, INPUT_COLUMNS } from "../workbook/layout";
import { cellReference, columnIndex } from "./addresses";

/** Values of a block of cells whose top-left cell is A1, as `range.values` returns them. */
export type Grid = unknown[][];

/** Where detect() looks for the form's header: the template has it on row 4. */
export const HEADER_WINDOW = "A1:AD40";
/**
 * What repair reads of the form and input sheets to find every row.
 * Limitation: a form or input sheet grown past row 300 or column AD is not recognised; the
 * template has 25 and 38 rows.
 */
export const LOCATE_WINDOW = "A1:AD300";

/** Text as compared: full-width forms folded (NFKC), spaces and line breaks removed. */
export function normalizedText(value: unknown): string {
  if (typeof value !== "string" && typeof value !== "number") return "";
  return String(value).normalize("NFKC").replace(/\s+/g, "");
}

export interface HeaderMatch {
  row: number;
  /** The column of each header text, in the order the texts were given. */
  columns: number[];
}

/** The first row holding every one of the header texts, each in a cell of its own. */
export function findHeaderRow(grid: Grid, headers: readonly string[]): HeaderMatch | null {
  const wanted = headers.map(normalizedText);
  for (let row = 0; row < grid.length; row++) {
    const cells = grid[row].map(normalizedText);
    const columns = wanted.map((text) => cells.indexOf(text));
    if (columns.every((column) => column >= 0)) return { row, columns };
  }
  return null;
}

/** A defined name and the cell it should point at. */
export interface NameTarget {
  name: string;
  ref: string;
}

/** The names found on a sheet, or what is missing there, said to the user. */
export type Located = { ok: true; targets: NameTarget[] } | { ok: false; message: string };

/** First row under the header whose cell in `column` reads as `text`. */
function rowOf(grid: Grid, header: number, column: number, text: string): number | null {
  for (let row = header + 1; row < grid.length; row++) {
    if (normalizedText(grid[row]?.[column]) === text) return row;
  }
  return null;
}

/**
 * The score and measured-value cells of every indicator and the subtotal, on a form sheet: the
 * header row gives the 序号, 实际指标完成值 and 自评分 columns, the number in the 序号 column
 * gives each indicator's row, and the 小计 label the subtotal's.
 */
export function locateForm(grid: Grid, sheet: string, catalog: Catalog): Located {
  const header = findHeaderRow(grid, catalog.headers);
  if (!header) return { ok: false, message: excelText.errors.formNotFound };
  // The headers are listed in the template's column order, A to K.
  const [no, actual, score] = [FORM_COLUMNS.no, FORM_COLUMNS.actual, FORM_COLUMNS.score].map(
    (column) => header.columns[columnIndex(column)]
  );

  const targets: NameTarget[] = [];
  const missing: number[] = [];
  for (const def of catalog.indicators) {
    const row = rowOf(grid, header.row, no, String(def.no));
    if (row === null) {
      missing.push(def.no);
      continue;
    }
    targets.push({ name: scoreName(def.no), ref: cellReference(sheet, row, score) });
    targets.push({ name: actualName(def.no), ref: cellReference(sheet, row, actual) });
  }
  if (missing.length > 0) {
    return { ok: false, message: excelText.errors.formRowsMissing(sheet, missing) };
  }

  const label = catalog.subtotal.label;
  const subtotal = rowOf(grid, header.row, no, normalizedText(label));
  if (subtotal === null) {
    return { ok: false, message: excelText.errors.subtotalMissing(sheet, label) };
  }
  targets.push({ name: "scoreTotal", ref: cellReference(sheet, subtotal, score) });
  return { ok: true, targets };
}

/** The input sheet's header texts, as the template writes them. */
export const INPUT_HEADERS: readonly string[] = sheetText.inputHeaders;

/**
 * The value cell of every input on an input sheet: the row whose 填报项目 cell holds the input's
 * label, in the 数值 column.
 */
export function locateInputs(grid: Grid, sheet: string, catalog: Catalog): Located {
  const header = findHeaderRow(grid, INPUT_HEADERS);
  if (!header) return { ok: false, message: excelText.errors.inputSheetUnrecognised(sheet) };
  const label = header.columns[columnIndex(INPUT_COLUMNS.label)];
  const value = header.columns[columnIndex(INPUT_COLUMNS.value)];

  const targets: NameTarget[] = [];
  const missing: string[] = [];
  for (const def of catalog.inputs) {
    const row = rowOf(grid, header.row, label, normalizedText(def.label));
    if (row === null) missing.push(def.label);
    else targets.push({ name: def.key, ref: cellReference(sheet, row, value) });
  }
  if (missing.length > 0) {
    return { ok: false, message: excelText.errors.inputRowsMissing(sheet, missing) };
  }
  return { ok: true, targets };
}
