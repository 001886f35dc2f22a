// The plain parts of the template model that the fake Excel needs, free of the exceljs reader,
// so the end-to-end stand-in can bundle the fake Excel for the browser.

/** One cell as Office.js reports it. */
export interface CellModel {
  value: unknown;
  valueType: string;
  /** What `range.formulas` gives: the formula with "=", or the value. */
  formula: unknown;
  fill: string;
  validation: string;
}

export const EMPTY_CELL: CellModel = {
  value: "",
  valueType: "Empty",
  formula: "",
  fill: "#FFFFFF",
  validation: "None",
};

/** How Office.js types a plain value. */
export function valueTypeOf(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}
