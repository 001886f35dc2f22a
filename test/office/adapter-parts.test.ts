// The adapter's pure parts: addresses, recognising the form by its text, reading a cell into the
// engine's raw value, planning highlights.
import {
  areaHolds,
  cellReference,
  columnIndex,
  columnLetters,
  parseAreas,
  splitAddress,
} from "../../src/office/addresses";
import { rawFromCell } from "../../src/office/cell-values";
import { findHeaderRow, normalizedText } from "../../src/office/form-finder";
import {
  HIGHLIGHT_FILL,
  planHighlights,
  readRemembered,
  TEMPLATE_INPUT_FILL,
} from "../../src/office/highlights";
import { validationFor } from "../../src/office/validation";
import { edition2022 } from "../../src/rules/edition2022";
import { InputDef } from "../../src/rules/types";
import { INPUT_SHEET } from "../../src/workbook/layout";
import { sheetOf, target, templateModel } from "./template-model";

describe("addresses", () => {
  test("columns count A to Z, then AA", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
  });

  test("a reference quotes the sheet and doubles a quote inside it", () => {
    expect(cellReference("自评表", 4, 10)).toBe("'自评表'!$K$5");
    expect(cellReference("Bob's", 0, 0)).toBe("'Bob''s'!$A$1");
    expect(splitAddress("'Bob''s'!A1")).toEqual({ sheet: "Bob's", local: "A1" });
    expect(splitAddress("填报数据!D6")).toEqual({ sheet: "填报数据", local: "D6" });
  });

  test("an event's address covers cells, blocks, whole columns and whole rows", () => {
    const holds = (address: string, row: number, column: number) =>
      parseAreas(address).some((area) => areaHolds(area, row, column));
    expect(holds("D6", 5, 3)).toBe(true);
    expect(holds("D6", 5, 4)).toBe(false);
    expect(holds("$B$2:$F$40", 5, 3)).toBe(true);
    expect(holds("D:D", 9999, 3)).toBe(true);
    expect(holds("6:6", 5, 100)).toBe(true);
    expect(holds("6:6", 6, 3)).toBe(false);
    expect(holds("A1,D6", 5, 3)).toBe(true);
  });
});

describe("recognising the form", () => {
  test("header text matches across full-width brackets, spaces and line breaks", () => {
    expect(normalizedText("调节分极值\n（±分）")).toBe(normalizedText("调节分极值(±分)"));
  });

  test("the header row is found wherever it sits, in any column order", () => {
    const headers = ["序号", "实际指标完成值", "自评分"];
    const grid = [["附件1"], [], ["", "自评分", "序号", "", "实际指标完成值 "]];
    expect(findHeaderRow(grid, headers)).toEqual({ row: 2, columns: [2, 4, 1] });
    expect(findHeaderRow([["序号", "自评分"]], headers)).toBeNull();
  });
});

describe("reading a cell", () => {
  test("each kind of cell becomes the raw value the engine reads from JSON", () => {
    expect(rawFromCell("", "Empty")).toBeUndefined();
    expect(rawFromCell(0.85, "Double")).toBe(0.85);
    expect(rawFromCell(120, "Integer")).toBe(120);
    expect(rawFromCell(true, "Boolean")).toBe(true);
    expect(rawFromCell("是", "String")).toBe("是");
    expect(rawFromCell("#N/A", "Error")).toBe("#N/A");
  });

  test("a number stored as text stays text", () => {
    expect(rawFromCell("120", "String")).toBe("120");
  });
});

describe("planning highlights", () => {
  const flagged = new Map([["a", "error" as const]]);

  test("a flagged cell is highlighted and its fill remembered", () => {
    const plan = planHighlights([{ key: "a", color: "#fff2cc", blank: false }], flagged, {});
    expect(plan.changes).toEqual([{ key: "a", color: HIGHLIGHT_FILL.error }]);
    expect(plan.remembered).toEqual({ a: "#FFF2CC" });
  });

  test("a highlighted cell that is fixed gets its remembered fill back; white means no fill", () => {
    const cells = [
      { key: "a", color: HIGHLIGHT_FILL.error, blank: false },
      { key: "b", color: HIGHLIGHT_FILL.warning, blank: false },
    ];
    const plan = planHighlights(cells, new Map(), { a: "#00B050", b: "#FFFFFF" });
    expect(plan.changes).toEqual([
      { key: "a", color: "#00B050" },
      { key: "b", color: null },
    ]);
    expect(plan.remembered).toEqual({});
  });

  test("a highlight with no record falls back to the template's input fill", () => {
    const cells = [{ key: "a", color: HIGHLIGHT_FILL.error, blank: false }];
    expect(planHighlights(cells, new Map(), {}).changes).toEqual([
      { key: "a", color: TEMPLATE_INPUT_FILL },
    ]);
  });

  test("planning again on its own result changes nothing", () => {
    const cells = [{ key: "a", color: HIGHLIGHT_FILL.error, blank: false }];
    const plan = planHighlights(cells, flagged, { a: "#FFF2CC" });
    expect(plan).toEqual({ changes: [], remembered: { a: "#FFF2CC" }, rememberedChanged: false });
  });

  test("the remembered fills ignore anything that is not a colour", () => {
    expect(readRemembered({ a: "#FFF2CC", b: 3, c: "red" })).toEqual({ a: "#FFF2CC" });
    expect(readRemembered("nonsense")).toEqual({});
  });

  test("the fallback fill is the template's own input fill", async () => {
    const model = await templateModel();
    const { address } = target(model, "coverageTarget");
    expect(sheetOf(model, INPUT_SHEET).cells.get(address)?.fill).toBe(TEMPLATE_INPUT_FILL);
  });
});

describe("validation for a cell that lacks it", () => {
  const input = (key: string) => edition2022.inputs.find((def) => def.key === key) as InputDef;

  test("a rate gets the score formulas' checks pointed at the cell", () => {
    expect(validationFor(input("coverageTarget"), "D6", edition2022)?.rule).toEqual({
      custom: { formula: "=AND(ISNUMBER(D6),N(D6)>0,N(D6)<=1)" },
    });
  });

  test("the agency type offers the three labels, and free text gets no rule", () => {
    expect(validationFor(input("agencyType"), "D5", edition2022)?.rule).toEqual({
      list: { inCellDropDown: true, source: "区（开发区）,局总公司,产业工会" },
    });
    expect(validationFor(input("agencyName"), "D4", edition2022)).toBeNull();
  });
});
