// Where everything sits in the template: shared by the template builder, the Excel adapter
// and the file adapter, so no cell address is written twice.
import { Catalog } from "../rules/catalog";
import { actualName, scoreName } from "../rules/sheet-formulas";

export const FORM_SHEET = "自评表";
export const INPUT_SHEET = "填报数据";

/** Columns of the official form, A to K. */
export const FORM_COLUMNS = {
  no: "A",
  area: "B",
  name: "C",
  description: "D",
  target: "E",
  base: "F",
  limits: "G",
  standard: "H",
  explanation: "I",
  actual: "J",
  score: "K",
} as const;

/** Columns of the input sheet. */
export const INPUT_COLUMNS = {
  no: "A",
  indicator: "B",
  label: "C",
  value: "D",
  unit: "E",
  hint: "F",
} as const;

export const FORM_ROWS = { attachment: 1, title: 2, agency: 3, header: 4, firstIndicator: 5 };
export const INPUT_ROWS = { title: 1, hint: 2, header: 3, first: 4 };

export interface FormLayout {
  /** Row of each indicator on the form, by indicator number. */
  indicatorRow: Map<number, number>;
  subtotalRow: number;
  signatureRow: number;
  /** Row of each input on the input sheet, by input key. */
  inputRow: Map<string, number>;
  lastInputRow: number;
}

/** Agency name and type first, then each indicator's inputs in the catalog's order. */
export function formLayout(catalog: Catalog): FormLayout {
  const indicatorRow = new Map(
    catalog.indicators.map((def, i) => [def.no, FORM_ROWS.firstIndicator + i])
  );
  const subtotalRow = FORM_ROWS.firstIndicator + catalog.indicators.length;

  const keys = ["agencyName", "agencyType", ...catalog.indicators.flatMap((def) => def.inputs)];
  const inputRow = new Map(keys.map((key, i) => [key, INPUT_ROWS.first + i]));
  return {
    indicatorRow,
    subtotalRow,
    signatureRow: subtotalRow + 2,
    inputRow,
    lastInputRow: INPUT_ROWS.first + keys.length - 1,
  };
}

export function absolute(sheet: string, column: string, row: number): string {
  return `'${sheet}'!$${column}$${row}`;
}

/** Every defined name of the template with the cell it points at (spec: named cells). */
export function definedNames(catalog: Catalog): { name: string; ref: string }[] {
  const layout = formLayout(catalog);
  const names: { name: string; ref: string }[] = [];
  for (const [key, row] of layout.inputRow) {
    names.push({ name: key, ref: absolute(INPUT_SHEET, INPUT_COLUMNS.value, row) });
  }
  for (const [no, row] of layout.indicatorRow) {
    names.push({ name: scoreName(no), ref: absolute(FORM_SHEET, FORM_COLUMNS.score, row) });
    names.push({ name: actualName(no), ref: absolute(FORM_SHEET, FORM_COLUMNS.actual, row) });
  }
  names.push({
    name: "scoreTotal",
    ref: absolute(FORM_SHEET, FORM_COLUMNS.score, layout.subtotalRow),
  });
  return names;
}
