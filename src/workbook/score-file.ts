// Writing the scores into a copy of a submitted workbook: each 自评分 and 实际指标完成值 cell
// gets the rule's formula with the engine's value cached, and each score cell a note with the
// explanation, so the copy reads right in any spreadsheet program, recalculating or not.
import ExcelJS from "exceljs";
import { severityLabel } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { actualName, indicatorFormulas, scoreName, totalFormula } from "../rules/sheet-formulas";
import { ScoreReport } from "../rules/types";
import { absolute } from "./layout";
import { shownScore, Submission } from "./read";
import { attachTaskPane, readTaskPane } from "./taskpane-part";

function noteFor(item: ScoreReport["indicators"][number]): string {
  const flags = item.flags.map((f) => `[${severityLabel[f.severity]}] ${f.message}`);
  return [...flags, ...item.explanation].join("\n");
}

/**
 * A copy without names (found by its header) gets the defined names its formulas read, pointed
 * at the cells the inputs and scores were found in; a named copy keeps its own.
 */
function ensureNames(workbook: ExcelJS.Workbook, submission: Submission): void {
  const names = workbook.definedNames;
  const add = (name: string, sheet: string, address: string) => {
    if ((names.getRanges(name)?.ranges ?? []).length > 0) return;
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    names.add(absolute(sheet, column, Number(row)), name);
  };
  for (const [key, place] of submission.inputCells) add(key, place.sheet, place.address);
  for (const [no, saved] of submission.scores) add(scoreName(no), saved.sheet, saved.address);
  for (const [no, cell] of submission.actualCells) add(actualName(no), cell.sheet, cell.address);
  if (submission.total) add("scoreTotal", submission.total.sheet, submission.total.address);
}

export async function writeScoredCopy(
  original: Buffer,
  submission: Submission,
  report: ScoreReport,
  catalog: Catalog
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(original as unknown as ArrayBuffer);
  ensureNames(workbook, submission);
  const cellAt = (sheet: string, address: string) =>
    (workbook.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address);

  for (const item of report.indicators) {
    const def = catalog.indicators.find((d) => d.no === item.no);
    const saved = submission.scores.get(item.no);
    if (!def || !saved) continue;
    const formulas = indicatorFormulas(def, catalog);
    const scoreCell = cellAt(saved.sheet, saved.address);
    scoreCell.value = { formula: formulas.score, result: shownScore(item.applicable, item.score) };
    scoreCell.note = noteFor(item);
    const actual = submission.actualCells.get(item.no);
    if (actual) {
      cellAt(actual.sheet, actual.address).value = {
        formula: formulas.actual,
        result: item.actual ?? "",
      };
    }
  }
  if (submission.total) {
    const totalCell = cellAt(submission.total.sheet, submission.total.address);
    totalCell.value = { formula: totalFormula(catalog), result: report.total ?? "" };
  }
  workbook.calcProperties.fullCalcOnLoad = true;

  // exceljs drops the task-pane parts when it saves; put the original's back.
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  const taskPane = await readTaskPane(original);
  return taskPane ? attachTaskPane(written, taskPane) : written;
}
