// The office's summary workbook: one row per agency by rank, every finding with its file and
// cell, and the files that could not be read.
import ExcelJS from "exceljs";
import { reviewText, severityLabel } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { NOT_APPLICABLE } from "../rules/sheet-formulas";
import { HEADER_FILL, solidFill } from "../workbook/fills";
import { ReviewResult, SubmissionReview } from "./review";

const DIFFERENCE_FILL = solidFill("FFF8CBAD");

function headerRow(sheet: ExcelJS.Worksheet, headers: string[]): void {
  const row = sheet.addRow(headers);
  row.font = { bold: true };
  row.eachCell((cell) => (cell.fill = HEADER_FILL));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

function typeLabel(catalog: Catalog, review: SubmissionReview): string {
  return catalog.agencyTypes.find((t) => t.code === review.agencyType)?.label ?? "";
}

function addSummary(workbook: ExcelJS.Workbook, result: ReviewResult, catalog: Catalog): void {
  const sheet = workbook.addWorksheet(reviewText.summarySheet);
  const [rankH, fileH, nameH, typeH, totalH, claimedH, maxH, ...counts] = reviewText.summaryHeaders;
  const numbers = catalog.indicators.map((def) => String(def.no));
  headerRow(sheet, [rankH, fileH, nameH, typeH, totalH, claimedH, maxH, ...numbers, ...counts]);
  const firstIndicatorColumn = 8;

  for (const review of result.submissions) {
    const flags = review.report.indicators.flatMap((i) => i.flags).concat(review.report.flags);
    const row = sheet.addRow([
      review.rank,
      review.file,
      review.agencyName ?? "",
      typeLabel(catalog, review),
      review.report.total ?? "",
      review.claimed.total ?? "",
      review.report.maxTotal,
      ...review.report.indicators.map((i) => (i.applicable ? (i.score ?? "") : NOT_APPLICABLE)),
      review.differences.length,
      review.tampered.length,
      flags.filter((f) => f.severity === "error").length,
      flags.filter((f) => f.severity === "warning").length,
    ]);
    for (const difference of review.differences) {
      const cell = row.getCell(firstIndicatorColumn + difference.no - 1);
      cell.fill = DIFFERENCE_FILL;
      cell.note = reviewText.claimedNote(difference.claimed);
    }
    if (review.claimed.total !== review.report.total) row.getCell(6).fill = DIFFERENCE_FILL;
  }
  sheet.getColumn(2).width = 36;
  sheet.getColumn(3).width = 24;
}

function addFindings(workbook: ExcelJS.Workbook, result: ReviewResult, catalog: Catalog): void {
  const sheet = workbook.addWorksheet(reviewText.findingsSheet);
  headerRow(sheet, reviewText.findingsHeaders);
  const nameOf = (no: number) =>
    no === 0
      ? reviewText.total
      : `${no} ${catalog.indicators.find((d) => d.no === no)?.name ?? ""}`;

  for (const review of result.submissions) {
    const agency = review.agencyName ?? "";
    for (const d of review.differences) {
      const text = reviewText.difference(d.claimed, d.recomputed);
      sheet.addRow([review.file, agency, nameOf(d.no), d.cell, reviewText.kind.difference, text]);
    }
    for (const t of review.tampered) {
      const text = reviewText.tampered(t.formula);
      sheet.addRow([review.file, agency, nameOf(t.no), t.cell, reviewText.kind.tampered, text]);
    }
    for (const item of review.report.indicators) {
      for (const flag of item.flags) {
        const cell = flag.keys.map((key) => review.inputCells[key] ?? key).join("、");
        sheet.addRow([
          review.file,
          agency,
          nameOf(item.no),
          cell,
          severityLabel[flag.severity],
          flag.message,
        ]);
      }
    }
    for (const flag of review.report.flags) {
      const cell = flag.keys.map((key) => review.inputCells[key] ?? key).join("、");
      sheet.addRow([review.file, agency, "", cell, severityLabel[flag.severity], flag.message]);
    }
  }
  [36, 24, 28, 18, 14, 80].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

function addUnreadable(workbook: ExcelJS.Workbook, result: ReviewResult): void {
  const sheet = workbook.addWorksheet(reviewText.unreadableSheet);
  headerRow(sheet, reviewText.unreadableHeaders);
  for (const { file, reason } of result.unreadable) sheet.addRow([file, reason]);
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 90;
}

export async function buildSummary(result: ReviewResult, catalog: Catalog): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addSummary(workbook, result, catalog);
  addFindings(workbook, result, catalog);
  addUnreadable(workbook, result);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
