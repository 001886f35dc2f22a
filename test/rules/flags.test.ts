// Bad input: each case gets its flag, with a message that names the input and the fix.
import { scoreAgency } from "../../src/engine/score";
import { flagCodes, fullMarks, indicator } from "../fixtures";

describe("reading a raw value", () => {
  test.each([
    [undefined, "error:blank"],
    [null, "error:blank"],
    ["", "error:blank"],
    ["   ", "error:blank"],
    ["八十", "error:not-a-number"],
    ["85%%", "error:not-a-number"],
    [true, "error:not-a-number"],
    [Number.NaN, "error:not-a-number"],
    [{}, "error:not-a-number"],
    ["120", "error:number-as-text"],
    ["'120", "error:not-a-number"],
    [" 1,200 ", "error:number-as-text"],
    [-5, "error:negative"],
    [12.5, "error:not-whole"],
  ])("union members given as %p is flagged %p and left unscored", (raw, code) => {
    const report = indicator(1, { unionMembers: raw });
    expect(report.flags.map((f) => `${f.severity}:${f.code}`)).toEqual([code]);
    expect(report.flags[0].keys).toEqual(["unionMembers"]);
    expect(report.flags[0].message).toContain("实际工会会员人数");
    expect(report.score).toBeNull();
  });

  test("a number stored as text says how to turn it into a number", () => {
    const message = indicator(1, { unionMembers: "120" }).flags[0].message;
    expect(message).toContain("文本");
    expect(message).toContain("转换为数字");
  });

  test("a coverage target typed as 85 asks whether 85% was meant", () => {
    const report = indicator(1, { coverageTarget: 85 });
    expect(report.flags.map((f) => f.code)).toEqual(["rate-as-percent"]);
    expect(report.flags[0].message).toContain("是否应为 85%");
  });

  test.each([0, 150])("a coverage target of %p is out of range", (target) => {
    expect(flagCodes(1, { coverageTarget: target })).toEqual(["error:out-of-range"]);
  });

  test("amounts may have decimals, counts may not", () => {
    expect(indicator(2, { premiumActual: 94999.5 }).score).toBe(14);
    expect(flagCodes(13, { meetingsAttended: 2.5 })).toEqual(["error:not-whole"]);
  });

  test("an error on one indicator leaves the others scored", () => {
    const report = scoreAgency({ ...fullMarks, unionMembers: "abc" });
    expect(report.indicators[0].score).toBeNull();
    expect(report.indicators[1].score).toBe(15);
  });
});

describe("the form as a whole", () => {
  test("a blank agency name is a warning that does not stop the total", () => {
    const report = scoreAgency({ ...fullMarks, agencyName: "" });
    expect(report.flags.map((f) => f.code)).toEqual(["agency-name-missing"]);
    expect(report.total).toBe(100);
  });

  test("without an agency type, 11 and 12 are unscored errors and there is no total", () => {
    const report = scoreAgency({ ...fullMarks, agencyType: undefined });
    expect(report.indicators[10].flags.map((f) => f.code)).toEqual(["agency-type-missing"]);
    expect(report.indicators[11].flags.map((f) => f.code)).toEqual(["agency-type-missing"]);
    expect(report.indicators[10].score).toBeNull();
    expect(report.total).toBeNull();
    expect(report.flags.map((f) => f.code)).toEqual(["agency-type-missing", "total-incomplete"]);
  });

  test("an unknown agency type is an error that lists the choices", () => {
    const report = scoreAgency({ ...fullMarks, agencyType: "街道" });
    expect(report.flags[0].code).toBe("invalid-choice");
    expect(report.flags[0].message).toContain("区（开发区）、局总公司、产业工会");
    expect(report.indicators[11].flags[0].code).toBe("invalid-choice");
  });

  test("the type is accepted as its Chinese label or its code in any letter case", () => {
    expect(scoreAgency({ ...fullMarks, agencyType: "局总公司" }).agencyType).toBe("bureau");
    expect(scoreAgency({ ...fullMarks, agencyType: "Industry" }).agencyType).toBe("industry");
  });
});
