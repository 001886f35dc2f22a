// The shipped template (assets/template-2022.xlsx) as a plain model of sheets, cells and names,
// read with exceljs, for the fake Excel to serve: the tests run against the real layout, not a
// layout retyped in the test.
import ExcelJS from "exceljs";
import { CellModel, EMPTY_CELL, valueTypeOf } from "./cell-model";
import { join } from "path";
import { cellValueFor } from "../../src/workbook/template";
import { edition2022 } from "../../src/rules/edition2022";
import { RawInputs } from "../../src/rules/types";

export { EMPTY_CELL, valueTypeOf };
export type { CellModel };

export const TEMPLATE_PATH = join(__dirname, "..", "..", "assets", "template-2022.xlsx");

export interface SheetModel {
  name: string;
  protected: boolean;
  options: Record<string, boolean>;
  /** By A1 address without "$". */
  cells: Map<string, CellModel>;
}

export interface NameModel {
  ref: string;
  /** "Error" for a name whose cells were deleted (#REF!). */
  type: "Range" | "Error";
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: Map<string, NameModel>;
}

const VALIDATION_TYPES: Record<string, string> = {
  whole: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  custom: "Custom",
};

function cellModel(cell: ExcelJS.Cell): CellModel {
  const fill =
    cell.fill?.type === "pattern" && cell.fill.pattern === "solid" && cell.fill.fgColor?.argb
      ? `#${cell.fill.fgColor.argb.slice(2)}`
      : "#FFFFFF";
  const validation = VALIDATION_TYPES[cell.dataValidation?.type ?? ""] ?? "None";
  // Excel shows a merged block's content in its first cell only.
  const raw = cell.isMerged && cell.master !== cell ? null : cell.value;
  let value: unknown = raw ?? "";
  let formula: unknown = value;
  if (raw && typeof raw === "object" && "formula" in raw) {
    value = raw.result ?? "";
    formula = `=${raw.formula}`;
  } else if (raw && typeof raw === "object" && "richText" in raw) {
    value = raw.richText.map((run) => run.text).join("");
    formula = value;
  }
  return { value, valueType: valueTypeOf(value), formula, fill, validation };
}

let parsed: Promise<WorkbookModel> | null = null;

async function parseTemplate(): Promise<WorkbookModel> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(TEMPLATE_PATH);
  const sheets = workbook.worksheets.map((sheet) => {
    const cells = new Map<string, CellModel>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells.set(cell.address, cellModel(cell));
      });
    });
    const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> })
      .sheetProtection;
    return {
      name: sheet.name,
      protected: protection?.sheet === true,
      options: {
        allowFormatColumns: protection?.formatColumns === true,
        allowFormatRows: protection?.formatRows === true,
        allowFormatCells: protection?.formatCells === true,
        allowInsertRows: protection?.insertRows === true,
      },
      cells,
    };
  });
  const names = new Map<string, NameModel>();
  for (const { name, ranges } of workbook.definedNames.model) {
    names.set(name, { ref: ranges[0], type: "Range" });
  }
  return { sheets, names };
}

/** A fresh copy of the template's model, for one test to change as it likes. */
export async function templateModel(): Promise<WorkbookModel> {
  parsed ??= parseTemplate();
  const model = await parsed;
  return {
    sheets: model.sheets.map((sheet) => ({
      ...sheet,
      options: { ...sheet.options },
      cells: new Map([...sheet.cells].map(([address, cell]) => [address, { ...cell }])),
    })),
    names: new Map([...model.names].map(([name, entry]) => [name, { ...entry }])),
  };
}

export function sheetOf(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in the model`);
  return sheet;
}

/** The A1 address a name points at, and its sheet. */
export function target(model: WorkbookModel, name: string): { sheet: string; address: string } {
  const entry = model.names.get(name);
  if (!entry) throw new Error(`no name ${name} in the model`);
  const match = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(entry.ref);
  if (!match) throw new Error(`cannot read ${entry.ref}`);
  return { sheet: match[1], address: `${match[2]}${match[3]}` };
}

/** Types a value into a cell of the model, as a person would. */
export function typeInto(model: WorkbookModel, sheet: string, address: string, value: unknown) {
  const cells = sheetOf(model, sheet).cells;
  const cell = cells.get(address) ?? { ...EMPTY_CELL };
  const shown = value === undefined || value === null ? "" : value;
  cells.set(address, { ...cell, value: shown, valueType: valueTypeOf(shown), formula: shown });
}

/** Types a whole input object into the input cells, as the template's CLI would. */
export function typeInputs(model: WorkbookModel, raw: RawInputs) {
  for (const def of edition2022.inputs) {
    const { sheet, address } = target(model, def.key);
    const shown = cellValueFor(def, raw[def.key], edition2022);
    typeInto(model, sheet, address, shown ?? "");
  }
}

/** Moves every cell of a sheet at or below `row` (1-based) down by `count` rows. */
export function insertRows(sheet: SheetModel, row: number, count: number) {
  const moved = new Map<string, CellModel>();
  for (const [address, cell] of sheet.cells) {
    const [, column, digits] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    const r = Number(digits);
    moved.set(r >= row ? `${column}${r + count}` : address, cell);
  }
  sheet.cells = moved;
}
