// The office's review over generated submissions: each kind of submission gets its finding.
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join } from "path";
import { ReviewResult, reviewSubmission } from "../../src/review/review";
import { edition2022 } from "../../src/rules/edition2022";
import { indicatorFormulas } from "../../src/rules/sheet-formulas";
import { readSubmission } from "../../src/workbook/read";
import { buildTemplate } from "../../src/workbook/template";
import { run, tempDir } from "../cli/run";
import { fullMarks } from "../fixtures";
import { convert, INSTALL_HINT, sofficePath } from "../support/libreoffice";
import {
  edited,
  encrypted,
  hugeSheet,
  inputCell,
  notTheForm,
  scoreCell,
  zipBomb,
} from "./submissions";

const FORM = "自评表";

const example = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "examples", "chaoyang-2022.json"), "utf8")
);

async function reviewFolder(
  files: Record<string, Buffer>
): Promise<{ status: number; result: ReviewResult; dir: string }> {
  const dir = tempDir();
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  const { status, out } = await run(["review", dir, "--json"]);
  return { status, result: JSON.parse(out), dir };
}

describe("scorecard review", () => {
  let outcome: { status: number; result: ReviewResult; dir: string };
  const byFile = (name: string) => outcome.result.submissions.find((s) => s.file.endsWith(name));
  const reasonOf = (name: string) =>
    outcome.result.unreadable.find((u) => u.file.endsWith(name))?.reason;

  beforeAll(async () => {
    const honest = await buildTemplate({ inputs: example });
    outcome = await reviewFolder({
      "01-honest.xlsx": honest,
      "02-full.xlsx": await buildTemplate({ inputs: fullMarks }),
      "03-typed-over.xlsx": await edited(
        example,
        (form) => (form.getCell(scoreCell(1)).value = 20)
      ),
      "04-edited-formula.xlsx": await edited(example, (form) => {
        form.getCell(scoreCell(7)).value = { formula: "IF(TRUE,10,0)", result: 10 };
      }),
      "05-stale.xlsx": await edited(
        example,
        (_form, inputs) => (inputs.getCell(inputCell("insuredMembers")).value = 9000)
      ),
      "06-resaved.xlsx": await edited(example, (form) => {
        const def = edition2022.indicators[0];
        const respelled = indicatorFormulas(def, edition2022)
          .score.toLowerCase()
          .replace(/,/g, ", ")
          .replace("0.05", "5E-2");
        form.getCell(scoreCell(1)).value = { formula: `_xlfn.${respelled}`, result: 19 };
      }),
      "07-no-names.xlsx": await edited(example, (_form, _inputs, workbook) => {
        workbook.definedNames.model = [];
      }),
      "08-edition-2023.xlsx": await edited(
        example,
        (form) => (form.getCell("A2").value = "2023年度代办处（经办机构）绩效考核常规指标自评表")
      ),
      "09-corrupt.xlsx": honest.subarray(0, honest.length - 200),
      "10-empty.xlsx": Buffer.alloc(0),
      "11-bomb.xlsx": await zipBomb(),
      "12-other.xlsx": await notTheForm(),
      "13-encrypted.xlsx": encrypted(),
      "14-huge-sheet.xlsx": await hugeSheet(),
    });
  }, 60_000);

  test("reads 7 submissions, reports 7 unreadable, and exits 1", () => {
    expect(outcome.result.submissions).toHaveLength(7);
    expect(outcome.result.unreadable).toHaveLength(7);
    expect(outcome.status).toBe(1);
  });

  test("an honest submission has no differences and no tampering", () => {
    expect(byFile("01-honest.xlsx")).toMatchObject({
      differences: [],
      tampered: [],
      agencyType: "district",
    });
    expect(byFile("01-honest.xlsx")?.claimed.total).toBe(90);
    expect(byFile("01-honest.xlsx")?.report.total).toBe(90);
  });

  test("a score typed over its formula is tampering and a difference", () => {
    const review = byFile("03-typed-over.xlsx");
    expect(review?.tampered).toEqual([{ no: 1, cell: `${FORM}!${scoreCell(1)}`, formula: "20" }]);
    expect(review?.differences).toEqual([
      { no: 1, claimed: 20, recomputed: 19, cell: `${FORM}!${scoreCell(1)}` },
    ]);
    const flag = review?.report.indicators[0].flags.find((f) => f.code === "formula-changed");
    expect(flag).toMatchObject({ severity: "warning", keys: ["score01"] });
    expect(flag?.message).toContain(`${FORM}!${scoreCell(1)}`);
  });

  test("an edited formula is tampering, with the formula it holds", () => {
    const review = byFile("04-edited-formula.xlsx");
    expect(review?.tampered).toEqual([
      { no: 7, cell: `${FORM}!${scoreCell(7)}`, formula: "=IF(TRUE,10,0)" },
    ]);
    expect(review?.differences).toEqual([
      { no: 7, claimed: 10, recomputed: 8, cell: `${FORM}!${scoreCell(7)}` },
    ]);
  });

  test("a stale cached value is a difference but not tampering", () => {
    const review = byFile("05-stale.xlsx");
    expect(review?.tampered).toEqual([]);
    expect(review?.differences).toEqual([
      { no: 1, claimed: 19, recomputed: 20, cell: `${FORM}!${scoreCell(1)}` },
    ]);
  });

  test("a formula re-spelled by another program (case, spaces, _xlfn., 5E-2) is not tampering", () => {
    expect(byFile("06-resaved.xlsx")?.tampered).toEqual([]);
  });

  test("a copy without names is found by its header and re-scored from its input labels", () => {
    const review = byFile("07-no-names.xlsx");
    expect(review?.report.total).toBe(90);
    expect(review?.differences).toEqual([]);
  });

  test("ranks by recomputed total, highest first, equal totals sharing a rank", () => {
    const ranked = outcome.result.submissions.map((s) => [
      s.file.split("/").pop(),
      s.rank,
      s.report.total,
    ]);
    expect(ranked[0]).toEqual(["02-full.xlsx", 1, 100]);
    expect(ranked[1]).toEqual(["05-stale.xlsx", 2, 91]);
    expect(ranked.slice(2).map(([, rank, total]) => [rank, total])).toEqual(Array(5).fill([3, 90]));
  });

  test.each([
    ["08-edition-2023.xlsx", "另一年度"],
    ["09-corrupt.xlsx", "不是 .xlsx 文件"],
    ["10-empty.xlsx", "空的"],
    ["11-bomb.xlsx", "压缩炸弹"],
    ["12-other.xlsx", "找不到自评表"],
    ["13-encrypted.xlsx", "加密"],
    ["14-huge-sheet.xlsx", "过大"],
  ])("%s is reported unreadable: %s", (name, reason) => {
    expect(reasonOf(name)).toContain(reason);
  });

  test("writes the summary workbook: ranked rows, differences highlighted, findings and unreadable files", async () => {
    const summary = join(outcome.dir, "..", "summary.xlsx");
    const { status, out } = await run(["review", outcome.dir, "-o", summary]);
    expect(status).toBe(1);
    expect(out).toContain("已审核 7 个文件，7 个无法读取");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(summary);
    const rows = workbook.getWorksheet("汇总") as ExcelJS.Worksheet;
    expect(rows.rowCount).toBe(8);
    expect(rows.getCell("A2").value).toBe(1);
    const typedOver = rows
      .getRows(2, 7)
      ?.find((r) => String(r.getCell(2).value).endsWith("03-typed-over.xlsx"));
    expect((typedOver?.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    expect(typedOver?.getCell(8).note).toContain("自评分：20");
    const findings = workbook.getWorksheet("问题清单") as ExcelJS.Worksheet;
    const kinds = findings.getColumn(5).values.slice(2);
    expect(kinds).toContain("公式被改动");
    expect(kinds).toContain("自评分与重算不符");
    expect((workbook.getWorksheet("无法读取") as ExcelJS.Worksheet).rowCount).toBe(8);
  });
});

describe("scorecard score WORKBOOK", () => {
  test("writes formulas, values and explanations into a copy and leaves the original as it was", async () => {
    const dir = tempDir();
    const original = join(dir, "in.xlsx");
    writeFileSync(
      original,
      await edited(example, (form) => (form.getCell(scoreCell(1)).value = 20))
    );
    const before = readFileSync(original);
    const mtime = statSync(original).mtimeMs;
    const copy = join(dir, "out.xlsx");

    const { status, out } = await run(["score", original, "-o", copy, "--json"]);
    expect(status).toBe(0);
    expect(JSON.parse(out).total).toBe(90);
    expect(readFileSync(original).equals(before)).toBe(true);
    expect(statSync(original).mtimeMs).toBe(mtime);

    const submission = readSubmission(readFileSync(copy), edition2022);
    const first = submission.scores.get(1);
    expect(first?.formula).toBe(indicatorFormulas(edition2022.indicators[0], edition2022).score);
    expect(first?.claimed).toBe(19);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(copy);
    const note = (workbook.getWorksheet(FORM) as ExcelJS.Worksheet).getCell(scoreCell(1)).note;
    expect(JSON.stringify(note)).toContain("8,200 ÷ 实际工会会员人数 10,000 = 82.0%");
  });

  test("without -o it prints the report and writes nothing", async () => {
    const dir = tempDir();
    const file = join(dir, "in.xlsx");
    writeFileSync(file, await buildTemplate({ inputs: example }));
    const { status, out } = await run(["score", file]);
    expect(status).toBe(0);
    expect(out).toContain("小计：90 / 100 分");
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  test("an unreadable workbook exits 2 with the reason", async () => {
    const dir = tempDir();
    const file = join(dir, "x.xlsx");
    writeFileSync(file, "hello");
    const { status, err } = await run(["score", file]);
    expect(status).toBe(2);
    expect(err[0]).toContain("不是 .xlsx 文件");
  });
});

describe("a submission saved again by LibreOffice", () => {
  const hasLibreOffice = sofficePath() !== null || process.env.CI === "true";
  if (!hasLibreOffice)
    console.warn(`SKIPPED: the re-save check needs soffice. Install it: ${INSTALL_HINT}`);

  (hasLibreOffice ? test : test.skip)(
    "keeps its formulas as formulas: no tampering, and LibreOffice's saved scores equal the engine's",
    async () => {
      const dir = tempDir();
      const source = join(dir, "source", "agency.xlsx");
      mkdirSync(join(dir, "source"));
      writeFileSync(
        source,
        await buildTemplate({ inputs: { ...example, coverageTarget: 0.95, insuredMembers: 8500 } })
      );
      convert([source], dir, "xlsx");
      const resaved = readSubmission(readFileSync(join(dir, "agency.xlsx")), edition2022);
      const review = reviewSubmission("agency.xlsx", resaved, edition2022);
      expect(review.tampered).toEqual([]);
      expect(review.differences).toEqual([]);
      expect(review.claimed.scores["1"]).toBe(18);
      expect(review.claimed.total).toBe(89);
    },
    120_000
  );
});
