// The Excel adapter against a fake Excel (office-addin-mock) that holds the shipped template's
// sheets, cells and names: what it finds, what it writes and where, and how many syncs it takes.
import { scoreAgency } from "../../src/engine/score";
import { excelText } from "../../src/messages/zh-CN";
import { createExcelPort } from "../../src/office/excel-adapter";
import { HIGHLIGHT_FILL, HIGHLIGHT_SETTING } from "../../src/office/highlights";
import { WorkbookPort } from "../../src/office/port";
import { edition2022 } from "../../src/rules/edition2022";
import {
  actualName,
  indicatorFormulas,
  scoreName,
  totalFormula,
} from "../../src/rules/sheet-formulas";
import { RawInputs } from "../../src/rules/types";
import { definedNames, FORM_SHEET, INPUT_SHEET } from "../../src/workbook/layout";
import { fullMarks } from "../fixtures";
import { FakeExcel, FakeOptions, NOT_LOADED } from "./fake-excel";
import {
  insertRows,
  sheetOf,
  target,
  templateModel,
  typeInputs,
  typeInto,
  WorkbookModel,
} from "./template-model";

const catalog = edition2022;
const TEMPLATE_BASE64 = "UEsDBBQAAAAIAAAAIQB0ZW1wbGF0ZQ==";

interface Setup {
  fake: FakeExcel;
  port: WorkbookPort;
  model: WorkbookModel;
  templateLoads: () => number;
}

async function setup(
  options: FakeOptions & { inputs?: RawInputs; change?: (model: WorkbookModel) => void } = {}
): Promise<Setup> {
  const model = await templateModel();
  typeInputs(model, options.inputs ?? fullMarks);
  options.change?.(model);
  const fake = new FakeExcel(model, { template: await templateModel(), ...options }).install();
  let loads = 0;
  const port = createExcelPort({
    loadTemplateBase64: async () => {
      loads += 1;
      return TEMPLATE_BASE64;
    },
  });
  return { fake, port, model, templateLoads: () => loads };
}

/** Every score, measured-value and subtotal name with the formula the rule set gives it. */
function expectedFormulas(): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const def of catalog.indicators) {
    const { score, actual } = indicatorFormulas(def, catalog);
    formulas.set(scoreName(def.no), `=${score}`);
    formulas.set(actualName(def.no), `=${actual}`);
  }
  formulas.set("scoreTotal", `=${totalFormula(catalog)}`);
  return formulas;
}

/** A form whose score and measured-value cells are empty, as in a retyped copy. */
function withoutFormulas(model: WorkbookModel) {
  for (const name of expectedFormulas().keys()) {
    const { sheet, address } = target(model, name);
    typeInto(model, sheet, address, "");
  }
}

function addressOf(model: WorkbookModel, name: string): string {
  const { sheet, address } = target(model, name);
  return `${sheet}!${address}`;
}

/** The names' references written the way `names.add` receives them, sorted. */
function added(fake: FakeExcel): [string, string][] {
  return fake.calls
    .filter((call) => call.method === "names.add")
    .map((call) => call.args as [string, string])
    .sort(([a], [b]) => a.localeCompare(b));
}

function specNames(): [string, string][] {
  return definedNames(catalog)
    .map(({ name, ref }): [string, string] => [name, `=${ref}`])
    .sort(([a], [b]) => a.localeCompare(b));
}

function withoutNames(model: WorkbookModel) {
  model.names.clear();
}

describe("detect", () => {
  test("an Excel below ExcelApi 1.8 is unsupported, naming the one set it lacks", async () => {
    const { port } = await setup({ api: "1.7" });
    expect(await port.detect()).toEqual({ kind: "unsupported", missing: ["ExcelApi 1.8"] });
  });

  test("an Excel at ExcelApi 1.3 lacks every required set, and each is named", async () => {
    const { port } = await setup({ api: "1.3" });
    expect(await port.detect()).toEqual({
      kind: "unsupported",
      missing: ["ExcelApi 1.4", "ExcelApi 1.7", "ExcelApi 1.8"],
    });
  });

  test("the template with its names is bound", async () => {
    const { port } = await setup();
    expect(await port.detect()).toEqual({ kind: "bound" });
  });

  test("a renamed copy without names is recognised by its header row", async () => {
    const { port } = await setup({
      change: (model) => {
        withoutNames(model);
        sheetOf(model, FORM_SHEET).name = "上报用";
      },
    });
    expect(await port.detect()).toEqual({ kind: "unnamed", sheetName: "上报用" });
  });

  test("a form whose names were broken (#REF!) is unnamed, not bound", async () => {
    const { port } = await setup({
      change: (model) => {
        model.names.set("score01", { ref: "#REF!", type: "Error" });
      },
    });
    expect(await port.detect()).toEqual({ kind: "unnamed", sheetName: FORM_SHEET });
  });

  test("a workbook without the form is absent", async () => {
    const { port } = await setup({
      change: (model) => {
        withoutNames(model);
        model.sheets = [{ name: "Sheet1", protected: false, options: {}, cells: new Map() }];
      },
    });
    expect(await port.detect()).toEqual({ kind: "absent" });
  });
});

describe("repairNames", () => {
  test("adds exactly the spec's names to a copy without them, and writes no cell", async () => {
    const { fake, port } = await setup({ change: withoutNames });
    await port.repairNames();
    expect(added(fake)).toEqual(specNames());
    expect(added(fake)).toHaveLength(72);
    expect(fake.writes).toEqual([]);
    expect(await port.detect()).toEqual({ kind: "bound" });
  });

  test("running it again adds nothing", async () => {
    const { fake, port } = await setup({ change: withoutNames });
    await port.repairNames();
    const calls = fake.calls.length;
    await port.repairNames();
    expect(fake.calls.slice(calls)).toEqual([]);
  });

  test("follows a form that was renamed and moved down, and an input sheet with a row inserted", async () => {
    const { fake, port } = await setup({
      change: (model) => {
        withoutNames(model);
        const form = sheetOf(model, FORM_SHEET);
        form.name = "2022年自评";
        insertRows(form, 2, 2);
        insertRows(sheetOf(model, INPUT_SHEET), 10, 1);
      },
    });
    await port.repairNames();
    const names = new Map(added(fake));
    expect(names.get("score01")).toBe("='2022年自评'!$K$7");
    expect(names.get("actual18")).toBe("='2022年自评'!$J$24");
    expect(names.get("scoreTotal")).toBe("='2022年自评'!$K$25");
    expect(names.get("agencyName")).toBe("='填报数据'!$D$4");
    expect(names.get("premiumTarget")).toBe("='填报数据'!$D$9");
    // premiumActual sat on row 10, where the row was inserted.
    expect(names.get("premiumActual")).toBe("='填报数据'!$D$11");
    expect(names.get("claimsReturned")).toBe("='填报数据'!$D$13");
    expect(names.size).toBe(72);
  });

  test("keeps a name that works and replaces a broken one", async () => {
    const { fake, port } = await setup({
      change: (model) => {
        const kept = model.names.get("coverageTarget");
        withoutNames(model);
        model.names.set("coverageTarget", kept as { ref: string; type: "Range" });
        model.names.set("score01", { ref: "#REF!", type: "Error" });
      },
    });
    await port.repairNames();
    const names = added(fake).map(([name]) => name);
    expect(names).not.toContain("coverageTarget");
    expect(names).toContain("score01");
    expect(names).toHaveLength(71);
    expect(fake.calls.filter((c) => c.method === "names.delete")).toEqual([
      { method: "names.delete", args: ["score01"] },
    ]);
  });

  test("inserts the template's input sheet beside a form that has none, and names it", async () => {
    const { fake, port, templateLoads } = await setup({
      change: (model) => {
        withoutNames(model);
        model.sheets = model.sheets.filter((sheet) => sheet.name !== INPUT_SHEET);
      },
      insertBringsNames: true,
    });
    await port.repairNames();
    const inserts = fake.calls.filter((c) => c.method === "insertWorksheetsFromBase64");
    expect(inserts).toEqual([
      {
        method: "insertWorksheetsFromBase64",
        args: [
          TEMPLATE_BASE64,
          { sheetNamesToInsert: [INPUT_SHEET], positionType: "After", relativeTo: FORM_SHEET },
        ],
      },
    ]);
    expect(templateLoads()).toBe(1);
    expect(new Map(added(fake))).toEqual(new Map(specNames()));
    expect(await port.detect()).toEqual({ kind: "bound" });
  });

  test("without the input sheet, and without the API to insert one, says what to do", async () => {
    const { fake, port, templateLoads } = await setup({
      api: "1.12",
      change: (model) => {
        withoutNames(model);
        model.sheets = model.sheets.filter((sheet) => sheet.name !== INPUT_SHEET);
      },
    });
    await expect(port.repairNames()).rejects.toThrow(excelText.errors.inputSheetMissing);
    expect(added(fake)).toEqual([]);
    expect(templateLoads()).toBe(0);
  });

  test("names the input labels it cannot find on the input sheet", async () => {
    const { fake, port } = await setup({
      change: (model) => {
        const row = target(model, "insuredMembers").address.slice(1);
        withoutNames(model);
        typeInto(model, INPUT_SHEET, `C${row}`, "参保人数");
      },
    });
    await expect(port.repairNames()).rejects.toThrow(
      excelText.errors.inputRowsMissing(INPUT_SHEET, ["实际参加互助保障人数"])
    );
    expect(added(fake)).toEqual([]);
  });
});

describe("insertForm", () => {
  const blank = (model: WorkbookModel) => {
    withoutNames(model);
    model.sheets = [{ name: "Sheet1", protected: false, options: {}, cells: new Map() }];
  };

  test("inserts both template sheets from the pane's base64 and names every cell", async () => {
    const { fake, port } = await setup({ change: blank });
    await port.insertForm();
    expect(fake.calls.find((c) => c.method === "insertWorksheetsFromBase64")).toEqual({
      method: "insertWorksheetsFromBase64",
      args: [
        TEMPLATE_BASE64,
        { sheetNamesToInsert: [FORM_SHEET, INPUT_SHEET], positionType: "End" },
      ],
    });
    expect(added(fake)).toEqual(specNames());
    expect(fake.calls.at(-1)).toEqual({ method: "activate", sheet: INPUT_SHEET, args: [] });
    expect(await port.detect()).toEqual({ kind: "bound" });
  });

  test("replaces names the inserted sheets brought along", async () => {
    const { fake, port } = await setup({ change: blank, insertBringsNames: true });
    await port.insertForm();
    expect(added(fake)).toEqual(specNames());
    expect(fake.definedNames()).toEqual(new Map(definedNames(catalog).map((n) => [n.name, n.ref])));
  });

  test("does nothing where the form is already there", async () => {
    const { fake, port, templateLoads } = await setup();
    await port.insertForm();
    expect(templateLoads()).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  test("below ExcelApi 1.13 tells the user to open the office's template instead", async () => {
    const { fake, port, templateLoads } = await setup({ api: "1.12", change: blank });
    await expect(port.insertForm()).rejects.toThrow(excelText.errors.insertUnsupported);
    expect(templateLoads()).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  test("leaves a sheet of the same name alone and says so", async () => {
    const { fake, port } = await setup({
      change: (model) => {
        blank(model);
        model.sheets[0].name = INPUT_SHEET;
      },
    });
    await expect(port.insertForm()).rejects.toThrow(excelText.errors.sheetExists(INPUT_SHEET));
    expect(fake.calls).toEqual([]);
  });

  test("a template that cannot be fetched is reported in Chinese", async () => {
    const { fake } = await setup({ change: blank });
    const port = createExcelPort({
      loadTemplateBase64: () => Promise.reject(new Error("HTTP 404")),
    });
    await expect(port.insertForm()).rejects.toThrow(
      excelText.errors.templateUnavailable("HTTP 404")
    );
    expect(fake.calls).toEqual([]);
  });
});

describe("score", () => {
  test("writes the rule set's formula into every score, measured-value and subtotal cell", async () => {
    const { fake, port } = await setup({ change: withoutFormulas });
    await port.score();
    for (const [name, formula] of expectedFormulas()) {
      expect([name, fake.formulaOf(name)]).toEqual([name, formula]);
    }
    const written = fake.writes.filter((w) => w.property === "formulas");
    expect(written).toHaveLength(37);
    expect(written.every((w) => Array.isArray(w.value) && String(w.value[0][0])[0] === "=")).toBe(
      true
    );
  });

  test("a pass costs two syncs, and one when the form is already up to date", async () => {
    const { fake, port } = await setup({ change: withoutFormulas });
    let before = fake.syncs;
    await port.score();
    expect(fake.syncs - before).toBe(2);
    before = fake.syncs;
    await port.score();
    expect(fake.syncs - before).toBe(1);
    fake.type("insuredMembers", 8000);
    before = fake.syncs;
    await port.score();
    expect(fake.syncs - before).toBe(2);
  });

  test("returns the engine's report over the values read, a number stored as text kept as text", async () => {
    const { fake, port } = await setup();
    fake.type("insuredMembers", "9000");
    fake.type("archiveSeriousLoss", "否");
    fake.type("complianceNote", "");
    const result = await port.score();
    expect(result.inputs.insuredMembers).toBe("9000");
    expect(result.inputs.archiveSeriousLoss).toBe("否");
    expect(result.inputs.complianceNote).toBeUndefined();
    expect(result.inputs.agencyType).toBe("区（开发区）");
    expect(result.report).toEqual(scoreAgency(result.inputs, catalog));
    expect(result.report.indicators[0].flags.map((f) => f.code)).toEqual(["number-as-text"]);
  });

  test("puts each explanation in a note on its score cell, and updates it in place", async () => {
    const { fake, port, model } = await setup();
    const { report } = await port.score();
    expect(fake.notes).toHaveLength(19);
    for (const def of catalog.indicators) {
      const note = fake.notes.find((n) => n.cell === addressOf(model, scoreName(def.no)));
      const item = report.indicators[def.no - 1];
      expect(note?.content.split("\n")[0]).toBe(excelText.note.title(def.no, def.name));
      for (const line of item.explanation) expect(note?.content).toContain(line);
    }
    const total = fake.notes.find((n) => n.cell === addressOf(model, "scoreTotal"));
    expect(total?.content).toContain(excelText.note.total(100, 100));

    fake.type("claimsReturned", 101);
    const second = await port.score();
    expect(fake.notes).toHaveLength(19);
    const note = fake.notes.find((n) => n.cell === addressOf(model, "score03"));
    for (const flag of second.report.indicators[2].flags)
      expect(note?.content).toContain(flag.message);
    const updates = fake.calls.filter((c) => c.method === "notes.update").map((c) => c.cell);
    expect(updates).toContain(addressOf(model, "score03"));
    expect(updates).not.toContain(addressOf(model, "score01"));
  });

  test("puts the explanations in comments where Excel has no notes (ExcelApi 1.10 to 1.17)", async () => {
    const { fake, port, model } = await setup({ api: "1.17" });
    await port.score();
    expect(fake.notes).toEqual([]);
    expect(fake.comments).toHaveLength(19);
    expect(fake.comments[0].cell).toBe(addressOf(model, "score01"));
  });

  test("below ExcelApi 1.10 still writes the formulas, with no explanation in the sheet", async () => {
    const { fake, port } = await setup({ api: "1.9", change: withoutFormulas });
    await port.score();
    expect(fake.notes).toEqual([]);
    expect(fake.comments).toEqual([]);
    expect(fake.formulaOf("score01")).toBe(expectedFormulas().get("score01"));
  });

  test("highlights a flagged input and gives the template's fill back once it is fixed", async () => {
    const { fake, port } = await setup();
    fake.type("claimsReturned", 101);
    await port.score();
    expect(fake.fillOf("claimsReturned")).toBe(HIGHLIGHT_FILL.error);
    expect(fake.fillOf("claimsSubmitted")).toBe(HIGHLIGHT_FILL.error);
    expect(fake.fillOf("claimsSubmitted")).not.toBe("#FFF2CC");
    expect(fake.setting(HIGHLIGHT_SETTING)).toEqual({
      claimsSubmitted: "#FFF2CC",
      claimsReturned: "#FFF2CC",
    });

    fake.type("claimsReturned", 1);
    await port.score();
    expect(fake.fillOf("claimsReturned")).toBe("#FFF2CC");
    expect(fake.fillOf("claimsSubmitted")).toBe("#FFF2CC");
    expect(fake.setting(HIGHLIGHT_SETTING)).toEqual({});
  });

  test("a warning gets the warning fill", async () => {
    const { fake, port } = await setup();
    fake.type("insuredMembers", 11000);
    const { report } = await port.score();
    expect(report.indicators[0].flags.map((f) => f.severity)).toEqual(["warning"]);
    expect(fake.fillOf("insuredMembers")).toBe(HIGHLIGHT_FILL.warning);
  });

  test("a blank input is listed in the pane but not highlighted", async () => {
    const { fake, port } = await setup();
    fake.type("coverageTarget", "");
    const { report } = await port.score();
    expect(report.indicators[0].flags.map((f) => f.code)).toEqual(["blank"]);
    expect(fake.fillOf("coverageTarget")).toBe("#FFF2CC");
  });

  test("a colour the user chose is never taken away", async () => {
    const { fake, port } = await setup();
    fake.paint("auditIssues", "#00B050");
    fake.type("claimsReturned", 101);
    await port.score();
    fake.paint("claimsReturned", "#00B0F0");
    fake.type("claimsReturned", 1);
    await port.score();
    expect(fake.fillOf("auditIssues")).toBe("#00B050");
    expect(fake.fillOf("claimsReturned")).toBe("#00B0F0");
    expect(fake.fillOf("claimsSubmitted")).toBe("#FFF2CC");
    expect(fake.setting(HIGHLIGHT_SETTING)).toEqual({});
  });

  test("adds data validation only to the input cells that lack it", async () => {
    const { fake, port, model } = await setup({
      change: (model) => {
        for (const name of ["coverageTarget", "archiveIssues", "agencyName"]) {
          const { sheet, address } = target(model, name);
          const cell = sheetOf(model, sheet).cells.get(address);
          if (cell) cell.validation = "None";
        }
      },
    });
    await port.score();
    const rules = fake.writes.filter((w) => w.property === "dataValidation.rule");
    expect(rules).toEqual([
      expect.objectContaining({
        cell: "D6",
        value: { custom: { formula: "=AND(ISNUMBER(D6),N(D6)>0,N(D6)<=1)" } },
      }),
      expect.objectContaining({
        cell: target(model, "archiveIssues").address,
        value: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      }),
    ]);
    const before = fake.writes.length;
    await port.score();
    expect(fake.writes.slice(before)).toEqual([]);
  });

  test("writes nothing outside score, measured-value, note and highlight cells", async () => {
    const { fake, port, model } = await setup({
      change: (model) => {
        withoutFormulas(model);
        const { address } = target(model, "usersTotal");
        const cell = sheetOf(model, INPUT_SHEET).cells.get(address);
        if (cell) cell.validation = "None";
      },
    });
    fake.type("claimsReturned", 101);
    await port.score();
    fake.type("claimsReturned", 1);
    await port.score();

    const formulaCells = new Set([...expectedFormulas().keys()].map((n) => addressOf(model, n)));
    const inputCell = (name: string) => addressOf(model, name);
    const highlighted = new Set([inputCell("claimsReturned"), inputCell("claimsSubmitted")]);
    for (const write of fake.writes) {
      const cell = `${write.sheet}!${write.cell}`;
      if (write.property === "formulas") expect(formulaCells).toContain(cell);
      else if (write.property.startsWith("fill.")) expect(highlighted).toContain(cell);
      else if (write.property.startsWith("dataValidation."))
        expect(cell).toBe(inputCell("usersTotal"));
      else throw new Error(`unexpected write of ${write.property} to ${cell}`);
    }
    const notes = new Set(fake.notes.map((n) => n.cell));
    for (const cell of notes) expect(formulaCells).toContain(cell);
    expect(fake.strayProperties()).toEqual([]);
    expect(fake.writes.filter((w) => w.whileProtected)).toEqual([]);
  });

  test("lifts the sheets' protection only for its writes and restores the same options", async () => {
    const { fake, port, model } = await setup({ change: withoutFormulas });
    const options = sheetOf(model, FORM_SHEET).options;
    fake.type("claimsReturned", 101);
    await port.score();
    const protection = fake.calls.filter((c) => ["protect", "unprotect"].includes(c.method));
    expect(protection).toEqual([
      { method: "unprotect", sheet: FORM_SHEET, args: [] },
      { method: "unprotect", sheet: INPUT_SHEET, args: [] },
      { method: "protect", sheet: FORM_SHEET, args: [{ ...options }] },
      { method: "protect", sheet: INPUT_SHEET, args: [{ ...options }] },
    ]);
    expect(fake.isProtected(FORM_SHEET)).toBe(true);
    expect(fake.isProtected(INPUT_SHEET)).toBe(true);
  });

  test("a write batch that fails leaves the form protected and says so in Chinese", async () => {
    const { fake, port } = await setup();
    fake.failing.add("notes.add");
    await expect(port.score()).rejects.toThrow(
      excelText.errors.writeFailed("GeneralException: notes.add failed")
    );
    expect(fake.isProtected(FORM_SHEET)).toBe(true);
    expect(fake.calls.filter((c) => c.method === "protect")).toHaveLength(1);
  });

  test("a form whose input name is gone is reported, not scored", async () => {
    const { fake, port } = await setup({
      change: (model) => {
        model.names.delete("coverageTarget");
      },
    });
    await expect(port.score()).rejects.toThrow(
      excelText.errors.namesMissing("ItemNotFound: coverageTarget")
    );
    expect(fake.writes).toEqual([]);
  });

  test("reads only what it loads: an input cell's number format stays unloaded", async () => {
    const { fake, port } = await setup();
    await port.score();
    expect(fake.named("coverageTarget").numberFormat).toBe(NOT_LOADED);
    expect(fake.named("coverageTarget").values).toEqual([[0.9]]);
  });
});

describe("select", () => {
  test("activates the sheet and selects the named cell", async () => {
    const { fake, port, model } = await setup();
    await port.select("coverageTarget");
    expect(fake.calls).toEqual([
      { method: "activate", sheet: INPUT_SHEET, args: [] },
      {
        method: "select",
        sheet: INPUT_SHEET,
        cell: target(model, "coverageTarget").address,
        args: [],
      },
    ]);
  });

  test("a name that is gone is reported in Chinese", async () => {
    const { port } = await setup({ change: (model) => model.names.delete("score05") });
    await expect(port.select("score05")).rejects.toThrow(excelText.errors.selectFailed("score05"));
  });
});

describe("watchInputs", () => {
  async function watching() {
    const context = await setup();
    const onChange = jest.fn();
    const stop = await context.port.watchInputs(onChange);
    return { ...context, onChange, stop };
  }

  test("listens on the input sheet only, where every input is", async () => {
    const { fake } = await watching();
    expect(fake.handlerCount(INPUT_SHEET)).toBe(1);
    expect(fake.handlerCount(FORM_SHEET)).toBe(0);
  });

  test("calls back for an edit of an input cell, and for a paste over a block holding one", async () => {
    const { fake, onChange, model } = await watching();
    await fake.change(INPUT_SHEET, { address: target(model, "coverageTarget").address });
    await fake.change(INPUT_SHEET, { address: "A1:F40" });
    await fake.change(INPUT_SHEET, { address: "D:D" });
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  test("ignores edits beside the inputs and the add-in's own writes", async () => {
    const { fake, onChange } = await watching();
    await fake.change(INPUT_SHEET, { address: "F6" });
    await fake.change(INPUT_SHEET, { address: "D6", triggerSource: "ThisLocalAddin" });
    await fake.change(INPUT_SHEET, {
      address: "D6",
      details: {
        valueBefore: 0.9,
        valueAfter: 0.9,
        valueTypeBefore: "Double",
        valueTypeAfter: "Double",
      } as Excel.ChangedEventDetail,
    });
    expect(onChange).not.toHaveBeenCalled();
  });

  test("a retyped value of another type counts", async () => {
    const { fake, onChange } = await watching();
    await fake.change(INPUT_SHEET, {
      address: "D7",
      details: {
        valueBefore: 9000,
        valueAfter: "9000",
        valueTypeBefore: "Double",
        valueTypeAfter: "String",
      } as Excel.ChangedEventDetail,
    });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("inserted or deleted rows count at once, since inputs may have moved", async () => {
    const { fake, onChange } = await watching();
    await fake.change(INPUT_SHEET, { address: "12:12", changeType: "RowInserted" });
    expect(onChange).toHaveBeenCalledTimes(1);
    await fake.change(INPUT_SHEET, { address: "F6" });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  test("stops listening when unsubscribed", async () => {
    const { fake, onChange, stop } = await watching();
    await stop();
    expect(fake.handlerCount(INPUT_SHEET)).toBe(0);
    await fake.change(INPUT_SHEET, { address: "D6" });
    expect(onChange).not.toHaveBeenCalled();
  });
});
