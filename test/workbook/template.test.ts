// The template as the office hands it out: written by `scorecard template`, read back by exceljs
// and opened by LibreOffice, with every name, rule, check, lock and print setting in place.
import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import { ADDIN_ID } from "../../src/addin";
import { edition2022 } from "../../src/rules/edition2022";
import { indicatorFormulas, totalFormula } from "../../src/rules/sheet-formulas";
import { definedNames, FORM_SHEET, formLayout, INPUT_SHEET } from "../../src/workbook/layout";
import { readTaskPane } from "../../src/workbook/taskpane-part";
import { run, tempDir, tempFile } from "../cli/run";
import { convert, csvValue, INSTALL_HINT, parseCsv, sofficePath } from "../support/libreoffice";

const example = join(__dirname, "..", "..", "examples", "chaoyang-2022.json");
const layout = formLayout(edition2022);

async function writeTemplate(extra: string[] = []): Promise<{ file: string; dir: string }> {
  const dir = tempDir();
  const file = join(dir, "自评表.xlsx");
  const result = await run(["template", "-o", file, "--inputs", example, ...extra]);
  expect(result.err).toEqual([]);
  expect(result.status).toBe(0);
  return { file, dir };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("scorecard template", () => {
  let file: string;
  let dir: string;
  let workbook: ExcelJS.Workbook;
  let form: ExcelJS.Worksheet;
  let inputs: ExcelJS.Worksheet;

  beforeAll(async () => {
    ({ file, dir } = await writeTemplate());
    workbook = await load(file);
    form = workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet;
    inputs = workbook.getWorksheet(INPUT_SHEET) as ExcelJS.Worksheet;
  });

  test("writes the file through a temporary one and leaves nothing else behind", () => {
    expect(readdirSync(dir)).toEqual(["自评表.xlsx"]);
  });

  test("carries the official title, headers and indicator texts verbatim", () => {
    expect(form.getCell("A2").value).toBe("2022年度代办处（经办机构）绩效考核常规指标自评表");
    expect(form.getRow(4).values).toEqual([undefined, ...edition2022.headers]);
    for (const def of edition2022.indicators) {
      const row = form.getRow(layout.indicatorRow.get(def.no) as number);
      expect(row.getCell("C").value).toBe(def.name);
      expect(row.getCell("I").value).toBe(def.explanation);
      expect(row.getCell("F").value).toBe(def.base);
    }
    expect(form.getCell(`A${layout.subtotalRow}`).value).toBe("小计");
    expect(form.getCell(`A${layout.signatureRow}`).value).toBe("单位工会盖章：");
  });

  test("defines every input, score and measured-value name at its cell", () => {
    const expected = definedNames(edition2022);
    expect(expected).toHaveLength(35 + 18 + 18 + 1);
    for (const { name, ref } of expected) {
      expect(workbook.definedNames.getRanges(name).ranges).toEqual([
        ref.replace(/^'(.*)'!/, "'$1'!"),
      ]);
    }
  });

  test("holds in each score cell the formula the rule set writes, over named inputs only", () => {
    for (const def of edition2022.indicators) {
      const cell = form.getCell(`K${layout.indicatorRow.get(def.no)}`);
      expect((cell.value as ExcelJS.CellFormulaValue).formula).toBe(
        indicatorFormulas(def, edition2022).score
      );
      expect((cell.value as ExcelJS.CellFormulaValue).formula).not.toMatch(/\$?[A-Z]{1,2}\$?\d+/);
    }
    const total = form.getCell(`K${layout.subtotalRow}`).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe(totalFormula(edition2022));
  });

  test("types the example's inputs in as a person would: 90%, 否, 区（开发区）", () => {
    const valueOf = (key: string) => inputs.getCell(`D${layout.inputRow.get(key)}`).value;
    expect(valueOf("coverageTarget")).toBe(0.9);
    expect(valueOf("archiveSeriousLoss")).toBe("否");
    expect(valueOf("agencyType")).toBe("区（开发区）");
    expect(valueOf("complianceDeduction")).toBeNull();
  });

  test("validates every input cell by its kind, with a Chinese prompt and a stop alert", () => {
    const validation = (key: string) =>
      inputs.getCell(`D${layout.inputRow.get(key)}`).dataValidation;
    expect(validation("insuredMembers")).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
    });
    expect(validation("premiumTarget")).toMatchObject({ type: "decimal" });
    expect(validation("coverageTarget")).toMatchObject({ type: "custom" });
    expect(validation("archiveSeriousLoss")).toMatchObject({ type: "list", formulae: ['"是,否"'] });
    expect(validation("agencyType")).toMatchObject({
      type: "list",
      formulae: ['"区（开发区）,局总公司,产业工会"'],
    });
    const kinds = edition2022.inputs.filter((i) => i.kind !== "text");
    for (const input of kinds) {
      const v = validation(input.key);
      expect(v).toMatchObject({
        showErrorMessage: true,
        errorStyle: "stop",
        showInputMessage: true,
      });
      expect(v.error).toContain(input.label);
    }
  });

  test("locks formulas and official text, unlocks exactly the input cells", () => {
    // exceljs reads sheet protection back but does not declare it in its types.
    const protectionOf = (sheet: ExcelJS.Worksheet) =>
      (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protectionOf(form)).toMatchObject({ sheet: true });
    expect(protectionOf(inputs)).toMatchObject({ sheet: true });
    for (const [, row] of layout.inputRow) {
      expect(inputs.getCell(`D${row}`).protection).toMatchObject({ locked: false });
      expect(inputs.getCell(`C${row}`).protection?.locked).not.toBe(false);
    }
    form.eachRow((row) => row.eachCell((cell) => expect(cell.protection?.locked).not.toBe(false)));
  });

  test("prints on A4 landscape, one page wide, the header row on every page", () => {
    expect(form.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(form.pageSetup.printTitlesRow).toBe("4:4");
    expect(form.pageSetup.printArea).toBe(`A1:K${layout.signatureRow}`);
  });

  test("attaches the add-in's task pane, centrally deployed by default", async () => {
    const reference = await readTaskPane(readFileSync(file));
    expect(reference).toMatchObject({
      addinId: ADDIN_ID,
      store: "EXCatalog",
      storeType: "EXCatalog",
    });
  });

  const withLibreOffice = sofficePath() || process.env.CI === "true" ? test : test.skip;
  if (!sofficePath() && process.env.CI !== "true") {
    console.warn(
      `SKIPPED: opening the template in LibreOffice needs soffice. Install it: ${INSTALL_HINT}`
    );
  }
  withLibreOffice("opens in LibreOffice, which computes the example's total of 90", () => {
    const out = tempDir();
    convert([file], out, "csv");
    const rows = parseCsv(readFileSync(join(out, `自评表-${FORM_SHEET}.csv`), "utf8"));
    expect(csvValue(rows[layout.subtotalRow - 1][10])).toBe(90);
    expect(csvValue(rows[(layout.indicatorRow.get(1) as number) - 1][10])).toBe(19);
  });
});

describe("scorecard template options and failures", () => {
  test("points the task pane at a shared-folder catalog when asked", async () => {
    const { file } = await writeTemplate([
      "--store-type",
      "FileSystem",
      "--store",
      "\\\\srv\\addins",
    ]);
    expect(await readTaskPane(readFileSync(file))).toMatchObject({
      storeType: "FileSystem",
      store: "\\\\srv\\addins",
    });
  });

  test("--no-taskpane leaves the task pane out", async () => {
    const { file } = await writeTemplate(["--no-taskpane"]);
    expect(await readTaskPane(readFileSync(file))).toBeNull();
  });

  test("without --inputs every input cell is blank and every score cell still has its formula", async () => {
    const out = join(tempDir(), "blank.xlsx");
    expect((await run(["template", "-o", out])).status).toBe(0);
    const workbook = await load(out);
    const form = workbook.getWorksheet(FORM_SHEET) as ExcelJS.Worksheet;
    const inputs = workbook.getWorksheet(INPUT_SHEET) as ExcelJS.Worksheet;
    for (const [, row] of layout.inputRow) expect(inputs.getCell(`D${row}`).value).toBeNull();
    for (const [, row] of layout.indicatorRow) {
      expect((form.getCell(`K${row}`).value as ExcelJS.CellFormulaValue).formula).toMatch(/^IF\(/);
    }
  });

  test.each([
    [["template"], "缺少 -o"],
    [["template", "-o", "x.xls"], ".xlsx"],
    [["template", "-o", "x.xlsx", "--store", "EXCatalog"], "须同时给出"],
    [["template", "-o", "/no/such/dir/x.xlsx"], "无法写入"],
  ])("%p fails with exit 2: %s", async (args, text) => {
    const result = await run(args);
    expect(result.status).toBe(2);
    expect(result.err[0]).toContain(text);
  });

  test.each([
    ["[{}]", "只能预填一个单位"],
    ['{"unionMembers": {"n": 1}}', "unionMembers"],
  ])("inputs %p are refused with exit 2 and no file: %s", async (content, text) => {
    const out = join(tempDir(), "t.xlsx");
    const result = await run(["template", "-o", out, "--inputs", tempFile("in.json", content)]);
    expect(result.status).toBe(2);
    expect(result.err[0]).toContain(text);
    expect(existsSync(out)).toBe(false);
  });
});
