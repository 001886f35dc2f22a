// What the fake Excel takes from the template model, without the model's exceljs reader: the
// stand-in's bundle replaces test/office/template-model.ts with this file, since the reader
// needs Node's file system and the page only receives the model as data.
export const EMPTY_CELL = {
  value: "",
  valueType: "Empty",
  formula: "",
  fill: "#FFFFFF",
  validation: "None",
};

/** How Office.js types a plain value, as template-model.ts says it. */
export function valueTypeOf(value: unknown): string {
  if (value === "" || value === null || value === undefined) return "Empty";
  if (typeof value === "number") return Number.isInteger(value) ? "Integer" : "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}
