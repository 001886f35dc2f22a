// The template workbook the office hands out: the official form, an input sheet, every rule as
// a live formula, validation, protection and print setup. Built from the catalog alone.
import ExcelJS from "exceljs";
import { scoreAgency } from "../engine/score";
import { sheetText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { edition2022 } from "../rules/edition2022";
import { validChecks } from "../rules/formula";
import { indicatorFormulas, NOT_APPLICABLE, totalFormula } from "../rules/sheet-formulas";
import { InputDef, RawInputs, ScoreReport } from "../rules/types";
import {
  definedNames,
  FORM_COLUMNS,
  FORM_ROWS,
  FORM_SHEET,
  formLayout,
  INPUT_COLUMNS,
  INPUT_ROWS,
  INPUT_SHEET,
} from "./layout";
import { HEADER_FILL, solidFill } from "./fills";

const FONT = "宋体";
const INPUT_FILL = solidFill("FFFFF2CC");
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Column widths of the form, in Excel character units, close to the printed form. */
const FORM_WIDTHS: Record<keyof typeof FORM_COLUMNS, number> = {
  no: 5,
  area: 8,
  name: 13,
  description: 16,
  target: 12,
  base: 6,
  limits: 8,
  standard: 16,
  explanation: 46,
  actual: 11,
  score: 8,
};

const NUMBER_FORMATS: Partial<Record<InputDef["kind"], string>> = {
  count: "#,##0",
  amount: "#,##0.00",
  rate: "0.0%",
  points: "0.0",
};

/** A person's typed value for a JSON input value: 是/否 for yes/no, the Chinese agency type. */
export function cellValueFor(def: InputDef, raw: unknown, catalog: Catalog): ExcelJS.CellValue {
  if (raw === undefined || raw === null) return null;
  if (def.kind === "yesno" && typeof raw === "boolean") return raw ? "是" : "否";
  if (def.kind === "choice" && typeof raw === "string") {
    return catalog.agencyTypes.find((t) => t.code === raw.toLowerCase())?.label ?? raw;
  }
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  throw new Error(
    `输入“${def.key}”的值应为数字、文字或 true/false，不能是 ${JSON.stringify(raw)}。`
  );
}

/** Rows tall enough for their wrapped text, since Excel does not fit them when it opens a file. */
function fitRowHeight(row: ExcelJS.Row, widths: (column: number) => number): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    const text = typeof cell.value === "string" ? cell.value : "";
    const units = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 255 ? 2 : 1), 0);
    lines = Math.max(lines, Math.ceil(units / Math.max(1, widths(column) - 1)));
  });
  row.height = Math.max(18, lines * 13.5 + 4);
}

function cachedScore(report: ScoreReport | null, no: number): string | number {
  const item = report?.indicators.find((i) => i.no === no);
  if (!item) return "";
  if (!item.applicable) return NOT_APPLICABLE;
  return item.score ?? "";
}

function buildForm(workbook: ExcelJS.Workbook, catalog: Catalog, report: ScoreReport | null) {
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: "frozen", ySplit: FORM_ROWS.header }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  const layout = formLayout(catalog);
  const keys = Object.keys(FORM_COLUMNS) as (keyof typeof FORM_COLUMNS)[];
  sheet.columns = keys.map((key) => ({ key, width: FORM_WIDTHS[key] }));
  const widthOf = (column: number) => FORM_WIDTHS[keys[column - 1]];
  const last = FORM_COLUMNS.score;

  sheet.getCell(`A${FORM_ROWS.attachment}`).value = catalog.attachment;
  sheet.getCell(`A${FORM_ROWS.attachment}`).font = { name: "黑体", size: 12 };
  sheet.mergeCells(`A${FORM_ROWS.title}:${last}${FORM_ROWS.title}`);
  const title = sheet.getCell(`A${FORM_ROWS.title}`);
  title.value = catalog.title;
  title.font = { name: "黑体", size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(FORM_ROWS.title).height = 30;

  // The agency's name and type, shown from the input sheet so they are typed in one place.
  const agency = FORM_ROWS.agency;
  sheet.getCell(`A${agency}`).value = sheetText.agencyLabel;
  sheet.mergeCells(`A${agency}:B${agency}`);
  sheet.mergeCells(`C${agency}:E${agency}`);
  sheet.getCell(`C${agency}`).value = {
    formula: 'agencyName&""',
    result: String(report?.agencyName ?? ""),
  };
  sheet.getCell(`F${agency}`).value = sheetText.agencyTypeLabel;
  sheet.mergeCells(`F${agency}:G${agency}`);
  const typeLabel = catalog.agencyTypes.find((t) => t.code === report?.agencyType)?.label ?? "";
  sheet.getCell(`H${agency}`).value = { formula: 'agencyType&""', result: typeLabel };
  for (const ref of [`A${agency}`, `F${agency}`])
    sheet.getCell(ref).alignment = { horizontal: "right" };

  const header = sheet.getRow(FORM_ROWS.header);
  header.values = catalog.headers;
  header.eachCell((cell) => {
    cell.font = { name: "黑体", size: 10 };
    cell.fill = HEADER_FILL;
  });
  header.height = 32;

  for (const def of catalog.indicators) {
    const row = sheet.getRow(layout.indicatorRow.get(def.no) as number);
    const formulas = indicatorFormulas(def, catalog);
    const item = report?.indicators.find((i) => i.no === def.no);
    row.values = {
      no: def.no,
      area: def.area,
      name: def.name,
      description: def.description,
      target: def.targetText,
      base: def.base,
      limits: def.bonus > 0 ? `+${def.bonus}\n-${def.base}` : "—",
      standard: def.standard,
      explanation: def.explanation,
      actual: { formula: formulas.actual, result: item?.actual ?? "" },
      score: { formula: formulas.score, result: cachedScore(report, def.no) },
    };
    const measuredRate =
      def.rule.kind !== "deduction" && def.rule.kind !== "judged" && !isCount(def);
    row.getCell("actual").numFmt = measuredRate ? "0.0%" : "0";
    fitRowHeight(row, widthOf);
  }
  mergeAreas(sheet, catalog, layout.indicatorRow);

  const subtotal = sheet.getRow(layout.subtotalRow);
  sheet.mergeCells(`A${layout.subtotalRow}:E${layout.subtotalRow}`);
  subtotal.getCell("A").value = catalog.subtotal.label;
  subtotal.getCell("base").value = catalog.subtotal.base;
  subtotal.getCell("limits").value = catalog.subtotal.limitsText;
  subtotal.getCell("score").value = { formula: totalFormula(catalog), result: report?.total ?? "" };
  subtotal.height = 30;

  for (let r = FORM_ROWS.header; r <= layout.subtotalRow; r++) {
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN;
      cell.alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: "center",
        ...cell.alignment,
      };
      if (!cell.font?.name) cell.font = { name: FONT, size: 10 };
    });
  }
  for (const def of catalog.indicators) {
    const row = layout.indicatorRow.get(def.no) as number;
    for (const column of ["description", "standard", "explanation"] as const) {
      sheet.getRow(row).getCell(column).alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: "left",
      };
    }
  }

  const signatures = sheet.getRow(layout.signatureRow);
  const signatureColumns = ["A", "E", "I"];
  catalog.signatures.forEach((text, i) => {
    signatures.getCell(signatureColumns[i]).value = text;
    signatures.getCell(signatureColumns[i]).font = { name: FONT, size: 11 };
  });
  signatures.height = 30;

  sheet.pageSetup.printArea = `A1:${last}${layout.signatureRow}`;
  sheet.pageSetup.printTitlesRow = `${FORM_ROWS.header}:${FORM_ROWS.header}`;
  return sheet;
}

function isCount(def: Catalog["indicators"][number]): boolean {
  return def.rule.kind === "band" && def.rule.measure.kind === "count";
}

/** Merges the 考核内容 cells of consecutive indicators in the same area, as on the printed form. */
function mergeAreas(sheet: ExcelJS.Worksheet, catalog: Catalog, rows: Map<number, number>) {
  let start = 0;
  for (let i = 1; i <= catalog.indicators.length; i++) {
    const ended =
      i === catalog.indicators.length ||
      catalog.indicators[i].area !== catalog.indicators[start].area;
    if (!ended) continue;
    const first = rows.get(catalog.indicators[start].no) as number;
    const last = rows.get(catalog.indicators[i - 1].no) as number;
    if (last > first) sheet.mergeCells(`${FORM_COLUMNS.area}${first}:${FORM_COLUMNS.area}${last}`);
    start = i;
  }
}

function validationFor(
  def: InputDef,
  cell: string,
  catalog: Catalog
): ExcelJS.DataValidation | null {
  const hint = sheetText.hint[def.kind];
  const messages = {
    showInputMessage: true,
    promptTitle: sheetText.fillPrompt,
    prompt: hint,
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: sheetText.validationTitle(def.label),
    error: sheetText.validationError(def.label, hint),
  };
  switch (def.kind) {
    case "count":
      return { type: "whole", operator: "greaterThanOrEqual", formulae: [0], ...messages };
    case "amount":
      return { type: "decimal", operator: "greaterThanOrEqual", formulae: [0], ...messages };
    case "rate":
    case "points": {
      // The same checks as the score formulas, pointed at this cell.
      const checks = validChecks(def).map((check) => check.split(def.key).join(cell));
      return {
        type: "custom",
        formulae: [`AND(${checks.join(",")})`],
        allowBlank: true,
        ...messages,
      };
    }
    case "yesno":
      return { type: "list", formulae: ['"是,否"'], allowBlank: true, ...messages };
    case "choice": {
      const labels = catalog.agencyTypes.map((t) => t.label).join(",");
      return { type: "list", formulae: [`"${labels}"`], allowBlank: true, ...messages };
    }
    case "text":
      return null;
  }
}

function buildInputs(workbook: ExcelJS.Workbook, catalog: Catalog, raw: RawInputs) {
  const sheet = workbook.addWorksheet(INPUT_SHEET, {
    views: [{ state: "frozen", ySplit: INPUT_ROWS.header }],
    pageSetup: {
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const layout = formLayout(catalog);
  const widths = [6, 30, 36, 18, 6, 40];
  sheet.columns = widths.map((width) => ({ width }));
  const inputs = new Map(catalog.inputs.map((def) => [def.key, def]));

  sheet.mergeCells(`A${INPUT_ROWS.title}:F${INPUT_ROWS.title}`);
  sheet.getCell(`A${INPUT_ROWS.title}`).value = `${catalog.title}\u3000${sheetText.inputTitle}`;
  sheet.getCell(`A${INPUT_ROWS.title}`).font = { name: "黑体", size: 14, bold: true };
  sheet.mergeCells(`A${INPUT_ROWS.hint}:F${INPUT_ROWS.hint}`);
  sheet.getCell(`A${INPUT_ROWS.hint}`).value = sheetText.inputHint;
  sheet.getCell(`A${INPUT_ROWS.hint}`).alignment = { wrapText: true };
  sheet.getRow(INPUT_ROWS.hint).height = 30;
  const header = sheet.getRow(INPUT_ROWS.header);
  header.values = sheetText.inputHeaders;
  header.eachCell((cell) => {
    cell.font = { name: "黑体", size: 10 };
    cell.fill = HEADER_FILL;
  });

  const ownerOf = new Map(catalog.indicators.flatMap((def) => def.inputs.map((key) => [key, def])));
  for (const [key, rowNumber] of layout.inputRow) {
    const def = inputs.get(key) as InputDef;
    const owner = ownerOf.get(key);
    const row = sheet.getRow(rowNumber);
    const cellRef = `${INPUT_COLUMNS.value}${rowNumber}`;
    row.values = [
      owner?.no ?? "",
      owner ? owner.name : sheetText.basicInfo,
      def.label,
      cellValueFor(def, raw[key], catalog),
      def.unit === "%" ? "" : def.unit,
      sheetText.hint[def.kind],
    ];
    const value = row.getCell(INPUT_COLUMNS.value);
    value.fill = INPUT_FILL;
    value.protection = { locked: false };
    const format = NUMBER_FORMATS[def.kind];
    if (format) value.numFmt = format;
    const validation = validationFor(def, cellRef, catalog);
    if (validation) value.dataValidation = validation;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN;
      cell.font = { name: FONT, size: 10 };
      cell.alignment = { vertical: "middle", wrapText: true };
    });
  }
  return sheet;
}

export interface TemplateOptions {
  /** Inputs to type into the input sheet; blank when absent. */
  inputs?: RawInputs;
  catalog?: Catalog;
}

/** Builds the template workbook; with inputs, the cached results are the engine's scores. */
export async function buildTemplate(options: TemplateOptions = {}): Promise<Buffer> {
  const catalog = options.catalog ?? edition2022;
  const raw = options.inputs ?? {};
  const report = options.inputs ? scoreAgency(raw, catalog) : null;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "互助保障绩效自评助手";
  workbook.calcProperties.fullCalcOnLoad = true;
  const form = buildForm(workbook, catalog, report);
  const inputSheet = buildInputs(workbook, catalog, raw);
  for (const { name, ref } of definedNames(catalog)) workbook.definedNames.add(ref, name);

  const protection = {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  };
  await form.protect("", protection);
  await inputSheet.protect("", protection);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
