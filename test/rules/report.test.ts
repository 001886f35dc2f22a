// The report as a whole: applicability, maximum, total (G6, G7) and the JSON shape of the spec.
import { scoreAgency } from "../../src/engine/score";
import { fullMarks } from "../fixtures";

describe("applicability and totals", () => {
  test("a district agency with full marks totals 100 of 100, 12 not applicable", () => {
    const report = scoreAgency({ ...fullMarks });
    expect(report.total).toBe(100);
    expect(report.maxTotal).toBe(100);
    expect(report.indicators[11].applicable).toBe(false);
    expect(report.indicators[11].flags).toEqual([]);
  });

  test("a bureau agency is scored on 12 instead of 11", () => {
    const report = scoreAgency({
      ...fullMarks,
      agencyType: "bureau",
      hotlineReceived: null,
      hotlineClosed: null,
      hotlineUnsatisfied: null,
      orgChangesDue: 2,
      orgChangesDone: 2,
    });
    expect(report.indicators[10].applicable).toBe(false);
    expect(report.indicators[11].score).toBe(4);
    expect(report.total).toBe(100);
  });

  test("an industry agency has neither 11 nor 12: base 86, at most 96", () => {
    const report = scoreAgency({
      ...fullMarks,
      agencyType: "industry",
      hotlineReceived: null,
      hotlineClosed: null,
      hotlineUnsatisfied: null,
    });
    expect(report.maxTotal).toBe(96);
    expect(report.total).toBe(96);
    expect(report.indicators.filter((i) => i.applicable).length).toBe(16);
  });

  test("the total is the sum of the applicable scores", () => {
    const report = scoreAgency({
      ...fullMarks,
      insuredMembers: 8200,
      articlesSubmitted: 3,
      budgetSpent: 90000,
    });
    const sum = report.indicators.reduce((s, i) => s + (i.score ?? 0), 0);
    expect(report.total).toBe(sum);
    expect(report.total).toBe(100 - 1 - 1.5 - 2);
  });

  test("one unscored indicator leaves the total empty and flagged", () => {
    const report = scoreAgency({ ...fullMarks, meetingsAttended: "三次" });
    expect(report.total).toBeNull();
    expect(report.flags.map((f) => f.code)).toContain("total-incomplete");
  });

  test("an empty input object is scored without throwing, every applicable indicator unscored", () => {
    const report = scoreAgency({});
    expect(report.total).toBeNull();
    expect(report.indicators.every((i) => i.score === null)).toBe(true);
    expect(report.indicators[0].flags.map((f) => f.code)).toEqual(["blank", "blank", "blank"]);
  });
});

describe("the report's shape", () => {
  test("has the fields of the spec's report", () => {
    const report = scoreAgency({ ...fullMarks });
    expect(report).toMatchObject({
      edition: "2022",
      agencyType: "district",
      total: 100,
      maxTotal: 100,
    });
    expect(report.indicators).toHaveLength(18);
    for (const [index, item] of report.indicators.entries()) {
      expect(item.no).toBe(index + 1);
      expect(Object.keys(item).sort()).toEqual(
        ["actual", "applicable", "explanation", "flags", "max", "no", "score"].sort()
      );
      expect(item.explanation.length).toBeGreaterThan(0);
    }
  });

  test("every flag names its keys and says what to do in Chinese", () => {
    const report = scoreAgency({
      agencyType: "district",
      coverageTarget: 90,
      unionMembers: "10000",
    });
    const flags = report.indicators.flatMap((i) => i.flags);
    expect(flags.length).toBeGreaterThan(20);
    for (const flag of flags) {
      expect(["error", "warning", "info"]).toContain(flag.severity);
      expect(flag.code).toMatch(/^[a-z-]+$/);
      expect(flag.keys.length).toBeGreaterThan(0);
      expect(flag.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  test("scored indicators report their maximum as base plus bonus", () => {
    const maxes = scoreAgency({ ...fullMarks }).indicators.map((i) => i.max);
    expect(maxes).toEqual([20, 15, 3, 4, 3, 3, 10, 3, 3, 10, 4, 4, 3, 3, 6, 4, 3, 3]);
  });
});
