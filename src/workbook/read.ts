// Reading a submitted workbook: the named inputs (or, in a copy without names, the form found by
// its header text and the inputs by their labels), and what each 自评分 cell holds.
import ExcelJS from "exceljs";
import { fileText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { actualName, NOT_APPLICABLE, scoreName } from "../rules/sheet-formulas";
import { RawInputs } from "../rules/types";
import { cellFormula, cellToRaw } from "./cells";
import { INPUT_COLUMNS, INPUT_SHEET } from "./layout";
import { checkPackage, SubmissionError } from "./zip-guard";

/** One score cell as the file saved it. */
export interface SavedScore {
  sheet: string;
  address: string;
  /** The value saved in the cell (its cached result): a number, or null where empty or text. */
  claimed: number | null;
  /** The formula, without "=", or null where a value was typed over it. */
  formula: string | null;
  /** What the cell shows, for a value typed over the formula. */
  shown: string;
}

export interface Submission {
  workbook: ExcelJS.Workbook;
  inputs: RawInputs;
  /** How the form was found: by its defined names, or by its header text. */
  binding: "names" | "header";
  scores: Map<number, SavedScore>;
  total: SavedScore | null;
  /** Where each input was read from, as 'sheet'!A1, for findings that point at a cell. */
  inputCells: Map<string, string>;
  /** The 实际指标完成值 cell of each indicator. */
  actualCells: Map<number, { sheet: string; address: string }>;
}

function savedScore(sheet: ExcelJS.Worksheet, address: string): SavedScore {
  const value = sheet.getCell(address).value;
  const raw = cellToRaw(value);
  const claimed = typeof raw === "number" ? raw : null;
  const shown = raw === undefined || raw === null ? "" : String(raw);
  return { sheet: sheet.name, address, claimed, formula: cellFormula(value), shown };
}

/** "'自评表'!$K$5" → sheet and address, or null for anything else (ranges, #REF!). */
function parseReference(ref: string): { sheet: string; address: string } | null {
  const match = /^'?(.+?)'?!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return match ? { sheet: match[1].replace(/''/g, "'"), address: `${match[2]}${match[3]}` } : null;
}

function namedCell(
  workbook: ExcelJS.Workbook,
  name: string
): { sheet: ExcelJS.Worksheet; address: string } | null {
  const ranges = workbook.definedNames.getRanges(name)?.ranges ?? [];
  const ref = ranges.length === 1 ? parseReference(ranges[0]) : null;
  const sheet = ref ? workbook.getWorksheet(ref.sheet) : undefined;
  return ref && sheet ? { sheet, address: ref.address } : null;
}

function readByNames(workbook: ExcelJS.Workbook, catalog: Catalog): Submission | null {
  if (!namedCell(workbook, scoreName(1))) return null;
  const inputs: RawInputs = {};
  const inputCells = new Map<string, string>();
  for (const def of catalog.inputs) {
    const cell = namedCell(workbook, def.key);
    if (!cell) continue;
    inputCells.set(def.key, `${cell.sheet.name}!${cell.address}`);
    const raw = cellToRaw(cell.sheet.getCell(cell.address).value);
    if (raw !== undefined) inputs[def.key] = raw;
  }
  const scores = new Map<number, SavedScore>();
  for (const def of catalog.indicators) {
    const cell = namedCell(workbook, scoreName(def.no));
    if (cell) scores.set(def.no, savedScore(cell.sheet, cell.address));
  }
  const totalCell = namedCell(workbook, "scoreTotal");
  const total = totalCell ? savedScore(totalCell.sheet, totalCell.address) : null;
  const actualCells = new Map<number, { sheet: string; address: string }>();
  for (const def of catalog.indicators) {
    const cell = namedCell(workbook, actualName(def.no));
    if (cell) actualCells.set(def.no, { sheet: cell.sheet.name, address: cell.address });
  }
  return { workbook, inputs, binding: "names", scores, total, inputCells, actualCells };
}

function textOf(cell: ExcelJS.Cell): string {
  const raw = cellToRaw(cell.value);
  return typeof raw === "string" ? raw.trim() : raw === undefined ? "" : String(raw);
}

/** The form's header row: the row holding 序号, 考核指标 and 自评分 among the first rows. */
function findHeader(
  sheet: ExcelJS.Worksheet,
  catalog: Catalog
): { row: number; columns: Map<string, number> } | null {
  const wanted = [
    catalog.headers[0],
    catalog.headers[2],
    catalog.headers[catalog.headers.length - 1],
  ];
  for (let r = 1; r <= Math.min(12, sheet.rowCount); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, column) => columns.set(textOf(cell), column));
    if (wanted.every((header) => columns.has(header))) return { row: r, columns };
  }
  return null;
}

/** Inputs of a copy without names, by the Chinese labels of the input sheet. */
function inputsByLabel(
  workbook: ExcelJS.Workbook,
  catalog: Catalog
): { inputs: RawInputs; inputCells: Map<string, string> } | null {
  const sheet = workbook.getWorksheet(INPUT_SHEET);
  if (!sheet) return null;
  const byLabel = new Map(catalog.inputs.map((def) => [def.label, def.key]));
  const inputs: RawInputs = {};
  const inputCells = new Map<string, string>();
  sheet.eachRow((row) => {
    const key = byLabel.get(textOf(row.getCell(INPUT_COLUMNS.label)));
    if (!key) return;
    const cell = row.getCell(INPUT_COLUMNS.value);
    inputCells.set(key, `${sheet.name}!${cell.address}`);
    const raw = cellToRaw(cell.value);
    if (raw !== undefined) inputs[key] = raw;
  });
  return { inputs, inputCells };
}

function readByHeader(workbook: ExcelJS.Workbook, catalog: Catalog): Submission | null {
  for (const sheet of workbook.worksheets) {
    const header = findHeader(sheet, catalog);
    if (!header) continue;
    const scoreColumn = header.columns.get(catalog.headers[catalog.headers.length - 1]) as number;
    const noColumn = header.columns.get(catalog.headers[0]) as number;
    const actualColumn = header.columns.get(catalog.headers[catalog.headers.length - 2]);
    const scores = new Map<number, SavedScore>();
    const actualCells = new Map<number, { sheet: string; address: string }>();
    let total: SavedScore | null = null;
    for (let r = header.row + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const first = textOf(row.getCell(noColumn));
      const address = row.getCell(scoreColumn).address;
      const no = Number(first);
      if (catalog.indicators.some((def) => def.no === no))
        scores.set(no, savedScore(sheet, address));
    }
    const found = inputsByLabel(workbook, catalog);
    if (!found) throw new SubmissionError(fileText.noInputs());
    return { workbook, binding: "header", scores, total, actualCells, ...found };
  }
  return null;
}

/** The edition a form says it is, from its title ("2022年度…自评表"), or null without a title. */
function statedEdition(workbook: ExcelJS.Workbook): { year: string; title: string } | null {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(4, sheet.rowCount); r++) {
      for (const cell of sheet.getRow(r).values as ExcelJS.CellValue[]) {
        const text = typeof cell === "string" ? cell : "";
        const match = /(\d{4})年度.*(自评表|考核)/.exec(text);
        if (match) return { year: match[1], title: text };
      }
    }
  }
  return null;
}

/** Reads a submission; throws SubmissionError with the reason when it cannot. */
export async function readSubmission(data: Buffer, catalog: Catalog): Promise<Submission> {
  checkPackage(data, fileText);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new SubmissionError(fileText.corrupt((e as Error).message));
  }
  const edition = statedEdition(workbook);
  if (edition && edition.year !== catalog.edition) {
    throw new SubmissionError(fileText.otherEdition(edition.title, catalog.edition));
  }
  const submission = readByNames(workbook, catalog) ?? readByHeader(workbook, catalog);
  if (!submission) throw new SubmissionError(fileText.notTheForm());
  return submission;
}

/** What a score cell must show for the engine's verdict: the score, 不适用, or empty. */
export function shownScore(applicable: boolean, score: number | null): number | string {
  if (!applicable) return NOT_APPLICABLE;
  return score ?? "";
}
