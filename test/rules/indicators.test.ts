// Each indicator's rule, on both sides of every threshold and step and at the edge itself.
import { flagCodes, indicator, scoreOf } from "../fixtures";

describe("1 coverage: 20 points, minus 1 per whole 5 points under the target", () => {
  test.each([
    [9000, 20, "exactly at the 90% target"],
    [9500, 20, "above target earns no bonus"],
    [8510, 20, "4.9 points under costs nothing"],
    [8500, 19, "exactly 5 points under costs 1"],
    [8200, 19, "8 points under: one whole step"],
    [8000, 18, "10 points under: two steps"],
    [4000, 10, "50 points under: ten steps"],
    [0, 2, "90 points under: 18 steps"],
  ])("%p of 10,000 members scores %p (%s)", (insured, expected) => {
    expect(scoreOf(1, { insuredMembers: insured })).toBe(expected);
  });

  test("a 95% target with 85% coverage is two steps despite float noise", () => {
    expect(scoreOf(1, { coverageTarget: 0.95, insuredMembers: 8500 })).toBe(18);
  });

  test("coverage 8,200 / 10,000 explains the arithmetic a person can redo", () => {
    const report = indicator(1, { insuredMembers: 8200 });
    expect(report.actual).toBeCloseTo(0.82, 12);
    expect(report.explanation.join("\n")).toContain("8,200 ÷ 实际工会会员人数 10,000 = 82.0%");
    expect(report.explanation.join("\n")).toContain("差 8.0 个百分点");
    expect(report.explanation.join("\n")).toContain("计 1 档，扣 1 分");
    expect(report.explanation.join("\n")).toContain("得分：19 分（满分 20 分）");
  });

  test("more insured than union members scores but warns", () => {
    const report = indicator(1, { insuredMembers: 10500 });
    expect(report.score).toBe(20);
    expect(report.flags.map((f) => f.code)).toContain("over-denominator");
    expect(report.flags[0].severity).toBe("warning");
  });
});

describe("2 premium income: 15 points, minus 1 per whole 5 points of the completion ratio", () => {
  test.each([
    [100000, 15],
    [120000, 15],
    [95001, 15],
    [95000, 14],
    [90000, 13],
    [89999, 13],
    [85000, 12],
    [0, 0],
  ])("%p of a 100,000 target scores %p", (actual, expected) => {
    expect(scoreOf(2, { premiumActual: actual })).toBe(expected);
  });

  test("a zero target is an error, not a division", () => {
    expect(scoreOf(2, { premiumTarget: 0 })).toBeNull();
    expect(flagCodes(2, { premiumTarget: 0 })).toContain("error:zero-denominator");
  });
});

describe("3 claims correct rate: 3 points at 80% or more, else 0", () => {
  test.each([
    [0, 3],
    [20, 3],
    [21, 0],
    [100, 0],
  ])("%p returned of 100 scores %p", (returned, expected) => {
    expect(scoreOf(3, { claimsReturned: returned })).toBe(expected);
  });

  test("no claims filed keeps the base score with an info flag (G5)", () => {
    expect(scoreOf(3, { claimsSubmitted: 0, claimsReturned: 0 })).toBe(3);
    expect(flagCodes(3, { claimsSubmitted: 0, claimsReturned: 0 })).toEqual([
      "info:nothing-to-measure",
    ]);
  });

  test("more returned than submitted is an error", () => {
    expect(scoreOf(3, { claimsReturned: 101 })).toBeNull();
    expect(flagCodes(3, { claimsReturned: 101 })).toEqual(["error:over-denominator"]);
  });
});

describe("4 dormant members: 4 points when at least 80% are cleared", () => {
  test.each([
    [20, 4, "exactly 20% remaining passes: the target column wins"],
    [21, 0, "21% remaining fails"],
    [0, 4, "all cleared"],
    [100, 0, "none cleared"],
  ])("%p of 100 remaining scores %p (%s)", (remaining, expected) => {
    expect(scoreOf(4, { dormantAtEnd: remaining })).toBe(expected);
  });

  test("more dormant members at the end than at the start scores 0 with a warning", () => {
    expect(scoreOf(4, { dormantAtEnd: 120 })).toBe(0);
    expect(flagCodes(4, { dormantAtEnd: 120 })).toEqual(["warning:over-denominator"]);
  });

  test("no dormant members at the start keeps the base score (G5)", () => {
    expect(scoreOf(4, { dormantAtStart: 0, dormantAtEnd: 0 })).toBe(4);
    expect(flagCodes(4, { dormantAtStart: 0, dormantAtEnd: 0 })).toEqual([
      "info:nothing-to-measure",
    ]);
  });

  test("none at the start but some at the end scores 0 with a warning, not the G5 base score", () => {
    const report = indicator(4, { dormantAtStart: 0, dormantAtEnd: 3 });
    expect(report.score).toBe(0);
    expect(report.actual).toBeNull();
    expect(report.flags.map((f) => `${f.severity}:${f.code}`)).toEqual([
      "warning:over-denominator",
    ]);
  });

  test("the explanation states the boundary ruling", () => {
    expect(indicator(4, { dormantAtEnd: 20 }).explanation.join("")).toContain("以目标值栏为准");
  });
});

describe("5 over-cap filings: 3 points at 95% or more", () => {
  test.each([
    [95, 3],
    [94, 0],
    [100, 3],
  ])("%p filed of 100 due scores %p", (filed, expected) => {
    expect(scoreOf(5, { overCapFiled: filed })).toBe(expected);
  });

  test("19 of 20 is exactly 95% and passes", () => {
    expect(scoreOf(5, { overCapFiled: 19, overCapDue: 20 })).toBe(3);
  });

  test("filed above due is an error; none due keeps the base score", () => {
    expect(flagCodes(5, { overCapFiled: 101 })).toEqual(["error:over-denominator"]);
    expect(scoreOf(5, { overCapFiled: 0, overCapDue: 0 })).toBe(3);
  });
});

describe("6 archives: 3 points, minus 1 per issue, minus 3 for a serious loss", () => {
  test.each([
    [0, false, 3],
    [1, false, 2],
    [3, false, 0],
    [5, false, 0],
    [0, true, 0],
    [0, "是", 0],
    [2, "否", 1],
    [1, null, 2],
  ])("%p issues, serious loss %p, scores %p", (issues, serious, expected) => {
    expect(scoreOf(6, { archiveIssues: issues, archiveSeriousLoss: serious })).toBe(expected);
  });

  test("anything but 是, 否 or blank for the serious loss is an error", () => {
    expect(flagCodes(6, { archiveSeriousLoss: "有" })).toEqual(["error:invalid-choice"]);
    expect(scoreOf(6, { archiveSeriousLoss: "有" })).toBeNull();
  });
});

describe("7 budget execution: 85–100% earns up to 3, outside costs 1 per whole 5 points", () => {
  test.each([
    [85000, 7],
    [89999, 7],
    [90000, 8],
    [95000, 9],
    [100000, 10],
    [100100, 7],
    [104999, 7],
    [105000, 6],
    [110000, 5],
    [84999, 7],
    [80000, 6],
    [79999, 6],
    [75000, 5],
    [0, 0],
    [500000, 0],
  ])("%p spent of 100,000 planned scores %p", (spent, expected) => {
    expect(scoreOf(7, { budgetSpent: spent })).toBe(expected);
  });

  test("the overspend ruling is told in the explanation", () => {
    expect(indicator(7, { budgetSpent: 100100 }).explanation.join("")).toContain("超出范围不加分");
  });
});

describe("8 information security: minus 1 per whole 10 points above 40% inactive", () => {
  test.each([
    [40, 3],
    [49, 3],
    [50, 2],
    [60, 1],
    [70, 0],
    [100, 0],
  ])("%p inactive of 100 scores %p", (inactive, expected) => {
    expect(scoreOf(8, { usersInactive: inactive })).toBe(expected);
  });

  test("inactive above total is an error; no accounts keeps the base score", () => {
    expect(flagCodes(8, { usersInactive: 101 })).toEqual(["error:over-denominator"]);
    expect(scoreOf(8, { usersInactive: 0, usersTotal: 0 })).toBe(3);
  });
});

describe("9 audit: 3 points minus 1 per issue, at least 0", () => {
  test.each([
    [0, 3],
    [1, 2],
    [3, 0],
    [7, 0],
  ])("%p issues scores %p", (issues, expected) => {
    expect(scoreOf(9, { auditIssues: issues })).toBe(expected);
  });
});

describe("10 compliance: 10 minus the agency's own judged deduction", () => {
  test("no incidents and no deduction keeps 10", () => {
    expect(scoreOf(10, { riskIncidents: 0 })).toBe(10);
  });

  test("a deduction with its note is taken off", () => {
    expect(
      scoreOf(10, { riskIncidents: 1, complianceDeduction: 2.5, complianceNote: "一起退费差错" })
    ).toBe(7.5);
  });

  test("incidents without a judged deduction leave the indicator unscored", () => {
    expect(scoreOf(10, { riskIncidents: 2 })).toBeNull();
    expect(flagCodes(10, { riskIncidents: 2 })).toEqual(["error:judgement-missing"]);
  });

  test("a deduction without a note is an error", () => {
    expect(flagCodes(10, { riskIncidents: 1, complianceDeduction: 1 })).toEqual([
      "error:note-missing",
    ]);
  });

  test("incidents judged at 0 without a note score 10 with a warning", () => {
    expect(scoreOf(10, { riskIncidents: 1, complianceDeduction: 0 })).toBe(10);
    expect(flagCodes(10, { riskIncidents: 1, complianceDeduction: 0 })).toEqual([
      "warning:deduction-unexplained",
    ]);
  });

  test("a bonus claim in the note is shown to reviewers but not added", () => {
    const report = indicator(10, { complianceNote: "预警两起风险事项，建议加分" });
    expect(report.score).toBe(10);
    expect(report.flags.map((f) => f.code)).toEqual(["note-for-reviewers"]);
    expect(report.explanation.join("")).toContain("“可加分”不计入自评分");
  });

  test.each([
    [10.5, "error:out-of-range"],
    [0.3, "error:not-half-step"],
    [-1, "error:negative"],
  ])("a deduction of %p is rejected (%p)", (deduction, code) => {
    expect(
      flagCodes(10, { riskIncidents: 1, complianceDeduction: deduction, complianceNote: "x" })
    ).toEqual([code]);
  });
});

describe("11 hotline (district only): minus 2 per rate under 95%", () => {
  test.each([
    [95, 5, 4, "both exactly 95%"],
    [94, 5, 2, "closed rate under"],
    [95, 6, 2, "satisfaction under"],
    [90, 10, 0, "both under"],
  ])("closed %p, unsatisfied %p of 100 scores %p (%s)", (closed, unsatisfied, expected) => {
    expect(scoreOf(11, { hotlineClosed: closed, hotlineUnsatisfied: unsatisfied })).toBe(expected);
  });

  test("satisfaction is 1 − unsatisfied / received, as the explanation says", () => {
    const text = indicator(11, { hotlineUnsatisfied: 3 }).explanation.join("");
    expect(text).toContain("满意率 = 1 − 回访不满意件数 3 ÷ 受理派单总件数 100 = 97.0%");
    expect(text).toContain("笔误");
  });

  test("no dispatches keeps the base score; too many closed is an error", () => {
    expect(scoreOf(11, { hotlineReceived: 0, hotlineClosed: 0, hotlineUnsatisfied: 0 })).toBe(4);
    expect(flagCodes(11, { hotlineClosed: 101 })).toEqual(["error:over-denominator"]);
    expect(flagCodes(11, { hotlineUnsatisfied: 101 })).toEqual(["error:over-denominator"]);
  });

  test("does not apply to a bureau agency: values are ignored with a warning", () => {
    const report = indicator(11, { agencyType: "bureau", orgChangesDue: 0, orgChangesDone: 0 });
    expect(report.applicable).toBe(false);
    expect(report.score).toBeNull();
    expect(report.flags.map((f) => `${f.severity}:${f.code}`)).toEqual([
      "warning:not-applicable-value",
      "warning:not-applicable-value",
      "warning:not-applicable-value",
    ]);
  });
});

describe("12 organisation changes (bureau only): 4 points when all done", () => {
  const bureau = { agencyType: "bureau" };
  test.each([
    [3, 3, 4],
    [2, 3, 0],
    [0, 0, 4],
  ])("%p done of %p due scores %p", (done, due, expected) => {
    expect(scoreOf(12, { ...bureau, orgChangesDone: done, orgChangesDue: due })).toBe(expected);
  });

  test("done above due is an error", () => {
    expect(flagCodes(12, { ...bureau, orgChangesDone: 4, orgChangesDue: 3 })).toEqual([
      "error:over-denominator",
    ]);
  });
});

describe("13–17 counts against a target", () => {
  test.each([
    [13, "meetingsAttended", 0, 0],
    [13, "meetingsAttended", 2, 2],
    [13, "meetingsAttended", 3, 3],
    [13, "meetingsAttended", 9, 3],
    [14, "studySessions", 0, 0],
    [14, "studySessions", 1, 1],
    [14, "studySessions", 2, 2],
    [14, "studySessions", 3, 3],
    [14, "studySessions", 8, 3],
    [15, "trainingSessions", 0, 0],
    [15, "trainingSessions", 3, 3],
    [15, "trainingSessions", 4, 4],
    [15, "trainingSessions", 6, 6],
    [15, "trainingSessions", 12, 6],
    [16, "memberActivities", 0, 0],
    [16, "memberActivities", 1, 1],
    [16, "memberActivities", 3, 3],
    [16, "memberActivities", 4, 4],
    [16, "memberActivities", 5, 4],
    [17, "articlesSubmitted", 0, 0],
    [17, "articlesSubmitted", 1, 0.5],
    [17, "articlesSubmitted", 3, 1.5],
    [17, "articlesSubmitted", 4, 2],
    [17, "articlesSubmitted", 5, 2.5],
    [17, "articlesSubmitted", 6, 3],
    [17, "articlesSubmitted", 20, 3],
  ])("indicator %p with %s = %p scores %p", (no, key, count, expected) => {
    expect(scoreOf(no, { [key]: count })).toBe(expected);
  });
});

describe("18 WeChat followers: ±1 per whole 5 points around 10%", () => {
  test.each([
    [150, 3],
    [149, 2],
    [100, 2],
    [70, 2],
    [51, 2],
    [50, 1],
    [1, 1],
    [0, 0],
    [900, 3],
  ])("%p of 1,000 members scores %p", (registered, expected) => {
    expect(scoreOf(18, { wechatRegistered: registered })).toBe(expected);
  });

  test("more followers than members warns but still scores", () => {
    expect(scoreOf(18, { wechatRegistered: 1200 })).toBe(3);
    expect(flagCodes(18, { wechatRegistered: 1200 })).toEqual(["warning:over-denominator"]);
  });

  test("zero members is an error", () => {
    expect(flagCodes(18, { mutualAidMembers: 0, wechatRegistered: 0 })).toEqual([
      "error:zero-denominator",
    ]);
  });
});
