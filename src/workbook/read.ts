// Reading a submitted workbook: the named inputs (or, in a copy without names, the form found by
// its header text and the inputs by their labels), and what each 自评分 cell holds.
import { fileText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { actualName, NOT_APPLICABLE, scoreName } from "../rules/sheet-formulas";
import { RawInputs } from "../rules/types";
import { INPUT_COLUMNS, INPUT_SHEET } from "./layout";
import { openWorkbook, SavedCell, SavedSheet, SavedWorkbook } from "./xlsx-reader";
import { checkPackage, SubmissionError } from "./zip-guard";

/** A cell's place, as the findings name it: 自评表!K5. */
export interface CellPlace {
  sheet: string;
  address: string;
}

/** One score cell as the file saved it. */
export interface SavedScore extends CellPlace {
  /** The value saved in the cell (its cached result): a number, or null where empty or text. */
  claimed: number | null;
  /** The formula, without "=", or null where a value was typed over it. */
  formula: string | null;
  /** What the cell shows, for a value typed over the formula. */
  shown: string;
}

export interface Submission {
  inputs: RawInputs;
  /** How the form was found: by its defined names, or by its header text. */
  binding: "names" | "header";
  scores: Map<number, SavedScore>;
  total: SavedScore | null;
  /** Where each input was read from, for findings that point at a cell. */
  inputCells: Map<string, CellPlace>;
  /** The 实际指标完成值 cell of each indicator. */
  actualCells: Map<number, CellPlace>;
}

/** A saved value as a raw input: blank text is blank, everything else as typed. */
function rawOf(cell: SavedCell | undefined): unknown {
  return cell?.value === "" ? undefined : cell?.value;
}

function savedScore(sheet: SavedSheet, address: string): SavedScore {
  const cell = sheet.cell(address);
  const value = cell?.value;
  const claimed = typeof value === "number" ? value : null;
  const shown = value === undefined ? "" : String(value);
  return { sheet: sheet.name, address, claimed, formula: cell?.formula ?? null, shown };
}

/** "'自评表'!$K$5" → sheet and address, or null for anything else (ranges, #REF!). */
function parseReference(ref: string): CellPlace | null {
  const match = /^'?(.+?)'?!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  return match ? { sheet: match[1].replace(/''/g, "'"), address: `${match[2]}${match[3]}` } : null;
}

function namedCell(
  workbook: SavedWorkbook,
  name: string
): { sheet: SavedSheet; address: string } | null {
  const ref = parseReference(workbook.definedName(name) ?? "");
  const sheet = ref ? workbook.sheet(ref.sheet) : undefined;
  return ref && sheet ? { sheet, address: ref.address } : null;
}

function readByNames(workbook: SavedWorkbook, catalog: Catalog): Submission | null {
  if (!namedCell(workbook, scoreName(1))) return null;
  const inputs: RawInputs = {};
  const inputCells = new Map<string, CellPlace>();
  for (const def of catalog.inputs) {
    const cell = namedCell(workbook, def.key);
    if (!cell) continue;
    inputCells.set(def.key, { sheet: cell.sheet.name, address: cell.address });
    const raw = rawOf(cell.sheet.cell(cell.address));
    if (raw !== undefined) inputs[def.key] = raw;
  }
  const scores = new Map<number, SavedScore>();
  const actualCells = new Map<number, CellPlace>();
  for (const def of catalog.indicators) {
    const score = namedCell(workbook, scoreName(def.no));
    if (score) scores.set(def.no, savedScore(score.sheet, score.address));
    const actual = namedCell(workbook, actualName(def.no));
    if (actual) actualCells.set(def.no, { sheet: actual.sheet.name, address: actual.address });
  }
  const totalCell = namedCell(workbook, "scoreTotal");
  const total = totalCell ? savedScore(totalCell.sheet, totalCell.address) : null;
  return { inputs, binding: "names", scores, total, inputCells, actualCells };
}

function textOf(cell: SavedCell | undefined): string {
  const value = cell?.value;
  return value === undefined ? "" : String(value).trim();
}

/** The form's header row: the row holding 序号, 考核指标 and 自评分 among the first rows. */
function findHeader(
  sheet: SavedSheet,
  catalog: Catalog
): { row: number; columns: Map<string, string> } | null {
  const wanted = [
    catalog.headers[0],
    catalog.headers[2],
    catalog.headers[catalog.headers.length - 1],
  ];
  for (const [row, cells] of sheet.rows()) {
    if (row > 12) break;
    const columns = new Map<string, string>();
    for (const [column, cell] of cells) columns.set(textOf(cell), column);
    if (wanted.every((header) => columns.has(header))) return { row, columns };
  }
  return null;
}

/** Inputs of a copy without names, by the Chinese labels of the input sheet. */
function inputsByLabel(
  workbook: SavedWorkbook,
  catalog: Catalog
): { inputs: RawInputs; inputCells: Map<string, CellPlace> } | null {
  const sheet = workbook.sheet(INPUT_SHEET);
  if (!sheet) return null;
  const byLabel = new Map(catalog.inputs.map((def) => [def.label, def.key]));
  const inputs: RawInputs = {};
  const inputCells = new Map<string, CellPlace>();
  for (const [row, cells] of sheet.rows()) {
    const key = byLabel.get(textOf(cells.get(INPUT_COLUMNS.label)));
    if (!key) continue;
    inputCells.set(key, { sheet: sheet.name, address: `${INPUT_COLUMNS.value}${row}` });
    const raw = rawOf(cells.get(INPUT_COLUMNS.value));
    if (raw !== undefined) inputs[key] = raw;
  }
  return { inputs, inputCells };
}

function readByHeader(workbook: SavedWorkbook, catalog: Catalog): Submission | null {
  for (const sheet of workbook.sheets) {
    const header = findHeader(sheet, catalog);
    if (!header) continue;
    const scoreColumn = header.columns.get(catalog.headers[catalog.headers.length - 1]) as string;
    const actualColumn = header.columns.get(catalog.headers[catalog.headers.length - 2]);
    const noColumn = header.columns.get(catalog.headers[0]) as string;
    const scores = new Map<number, SavedScore>();
    const actualCells = new Map<number, CellPlace>();
    let total: SavedScore | null = null;
    for (const [row, cells] of sheet.rows()) {
      if (row <= header.row) continue;
      const first = textOf(cells.get(noColumn));
      const no = Number(first);
      if (catalog.indicators.some((def) => def.no === no)) {
        scores.set(no, savedScore(sheet, `${scoreColumn}${row}`));
        if (actualColumn)
          actualCells.set(no, { sheet: sheet.name, address: `${actualColumn}${row}` });
      } else if (first === catalog.subtotal.label) {
        total = savedScore(sheet, `${scoreColumn}${row}`);
      }
    }
    const found = inputsByLabel(workbook, catalog);
    if (!found) throw new SubmissionError(fileText.noInputs());
    return { binding: "header", scores, total, actualCells, ...found };
  }
  return null;
}

/** The edition a form says it is, from its title ("2022年度…自评表"), or null without a title. */
function statedEdition(workbook: SavedWorkbook): { year: string; title: string } | null {
  for (const sheet of workbook.sheets) {
    for (const [row, cells] of sheet.rows()) {
      if (row > 4) break;
      for (const cell of cells.values()) {
        const match =
          typeof cell.value === "string" ? /(\d{4})年度.*(自评表|考核)/.exec(cell.value) : null;
        if (match) return { year: match[1], title: cell.value as string };
      }
    }
  }
  return null;
}

/** Reads a submission; throws SubmissionError with the reason when it cannot. */
export function readSubmission(data: Buffer, catalog: Catalog): Submission {
  const entries = checkPackage(data, fileText);
  const workbook = openWorkbook(data, entries, fileText.corrupt);
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
