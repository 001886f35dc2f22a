// The sheet's formulas against the engine: every generated agency is written into the template,
// recalculated by LibreOffice Calc, and each 自评分, 实际指标完成值 and the 小计 must equal
// the engine's report.
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { scoreAgency } from "../../src/engine/score";
import { edition2022 } from "../../src/rules/edition2022";
import { RawInputs, ScoreReport } from "../../src/rules/types";
import { FORM_SHEET, formLayout } from "../../src/workbook/layout";
import { buildTemplate } from "../../src/workbook/template";
import { agencyInputs } from "../arbitraries";
import { convert, csvValue, INSTALL_HINT, parseCsv, sofficePath } from "../support/libreoffice";
import { edgeCases } from "./edge-cases";

const hasLibreOffice = sofficePath() !== null;
if (!hasLibreOffice && process.env.CI !== "true") {
  console.warn(
    `SKIPPED: the LibreOffice recalculation check needs soffice. Install it: ${INSTALL_HINT}`
  );
}
const withLibreOffice = hasLibreOffice || process.env.CI === "true" ? test : test.skip;

/** Ordinary agencies, agencies with many bad or blank values, and the hand-picked edges. */
function inputSets(): RawInputs[] {
  const ordinary = fc.sample(agencyInputs(0.02, 0.01), { numRuns: 120, seed: 7 });
  const messy = fc.sample(agencyInputs(0.15, 0.1), { numRuns: 60, seed: 11 });
  return [...edgeCases, ...ordinary, ...messy];
}

/** What a score cell should show for the engine's verdict on one indicator. */
function expectedScore(report: ScoreReport, no: number): number | string {
  const item = report.indicators[no - 1];
  if (!item.applicable) return "不适用";
  return item.score ?? "";
}

function expectSame(actual: number | string, expected: number | string | null, where: string) {
  const want = expected ?? "";
  if (typeof want === "number" && typeof actual === "number") {
    if (Math.abs(actual - want) > 1e-9 * Math.max(1, Math.abs(want))) {
      throw new Error(`${where}: LibreOffice ${actual}, engine ${want}`);
    }
  } else if (actual !== want) {
    throw new Error(
      `${where}: LibreOffice ${JSON.stringify(actual)}, engine ${JSON.stringify(want)}`
    );
  }
}

withLibreOffice(
  "LibreOffice computes the same scores, measured values and total as the engine on 220+ agencies",
  async () => {
    const sets = inputSets();
    expect(sets.length).toBeGreaterThanOrEqual(200);
    const dir = mkdtempSync(join(tmpdir(), "recalc-"));
    const files: string[] = [];
    for (const [i, inputs] of sets.entries()) {
      const file = join(dir, `agency-${String(i).padStart(3, "0")}.xlsx`);
      writeFileSync(file, await buildTemplate({ inputs }));
      files.push(file);
    }
    convert(files, dir, "csv");

    const layout = formLayout(edition2022);
    const failures: string[] = [];
    const types = new Set<string | null>();
    for (const [i, inputs] of sets.entries()) {
      const report = scoreAgency(inputs);
      types.add(report.agencyType);
      const csv = readFileSync(
        join(dir, `agency-${String(i).padStart(3, "0")}-${FORM_SHEET}.csv`),
        "utf8"
      );
      const rows = parseCsv(csv);
      const cell = (row: number, column: number) => csvValue(rows[row - 1]?.[column] ?? "");
      try {
        for (const def of edition2022.indicators) {
          const row = layout.indicatorRow.get(def.no) as number;
          expectSame(cell(row, 10), expectedScore(report, def.no), `agency ${i} score ${def.no}`);
          expectSame(
            cell(row, 9),
            report.indicators[def.no - 1].actual,
            `agency ${i} actual ${def.no}`
          );
        }
        expectSame(cell(layout.subtotalRow, 10), report.total, `agency ${i} total`);
      } catch (e) {
        failures.push(`${(e as Error).message}\n    inputs: ${JSON.stringify(inputs)}`);
      }
    }
    expect(failures).toEqual([]);
    expect([...types].sort()).toEqual(["bureau", "district", "industry", null].sort());
  },
  20 * 60 * 1000
);
