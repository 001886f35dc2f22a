// Properties that hold for every input, checked on generated agencies.
import fc from "fast-check";
import { scoreAgency } from "../../src/engine/score";
import { RawInputs } from "../../src/rules/types";
import { agencyInputs, anyJsonInputs } from "../arbitraries";

const runs = { numRuns: 500 };

test("any JSON value as any input never throws", () => {
  fc.assert(
    fc.property(anyJsonInputs, (raw) => {
      scoreAgency(raw);
    }),
    runs
  );
});

test("every score stays within 0 and base plus bonus (G3)", () => {
  fc.assert(
    fc.property(agencyInputs(), (raw) => {
      for (const item of scoreAgency(raw).indicators) {
        if (item.score !== null) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(item.max);
        }
      }
    }),
    runs
  );
});

test("the total is the sum of the applicable scores, or null when one is missing (G6)", () => {
  fc.assert(
    fc.property(agencyInputs(0.02, 0.01), (raw) => {
      const report = scoreAgency(raw);
      const counted = report.indicators.filter((i) => i.applicable);
      if (counted.some((i) => i.score === null)) expect(report.total).toBeNull();
      else expect(report.total).toBe(counted.reduce((sum, i) => sum + (i.score as number), 0));
      expect(report.total === null || report.total <= report.maxTotal).toBe(true);
    }),
    runs
  );
});

test("an error always leaves its indicator unscored; an applicable unscored one has an error", () => {
  fc.assert(
    fc.property(agencyInputs(), (raw) => {
      for (const item of scoreAgency(raw).indicators) {
        const hasError = item.flags.some((f) => f.severity === "error");
        if (hasError) expect(item.score).toBeNull();
        if (item.applicable && item.score === null) expect(hasError).toBe(true);
      }
    }),
    runs
  );
});

/** Figures where more is better, with the indicator each one feeds. */
const goodFigures: [string, number][] = [
  ["insuredMembers", 1],
  ["premiumActual", 2],
  ["overCapFiled", 5],
  ["dormantAtStart", 4],
  ["meetingsAttended", 13],
  ["studySessions", 14],
  ["trainingSessions", 15],
  ["memberActivities", 16],
  ["articlesSubmitted", 17],
  ["wechatRegistered", 18],
  ["hotlineClosed", 11],
  ["orgChangesDone", 12],
  ["claimsSubmitted", 3],
];

test("raising a good figure never lowers its indicator's score", () => {
  fc.assert(
    fc.property(
      agencyInputs(0, 0),
      fc.constantFrom(...goodFigures),
      fc.integer({ min: 1, max: 5000 }),
      (raw, [key, no], raise) => {
        const before = scoreAgency(raw).indicators[no - 1].score;
        const value = raw[key];
        if (typeof value !== "number") return;
        const after = scoreAgency({ ...raw, [key]: value + raise } as RawInputs).indicators[no - 1]
          .score;
        if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
      }
    ),
    runs
  );
});

test("lowering a bad figure never lowers its indicator's score", () => {
  const badFigures: [string, number][] = [
    ["claimsReturned", 3],
    ["dormantAtEnd", 4],
    ["archiveIssues", 6],
    ["usersInactive", 8],
    ["auditIssues", 9],
    ["hotlineUnsatisfied", 11],
  ];
  fc.assert(
    fc.property(agencyInputs(0, 0), fc.constantFrom(...badFigures), (raw, [key, no]) => {
      const value = raw[key];
      if (typeof value !== "number" || value === 0) return;
      const before = scoreAgency(raw).indicators[no - 1].score;
      const after = scoreAgency({ ...raw, [key]: Math.floor(value / 2) }).indicators[no - 1].score;
      if (before !== null && after !== null) expect(after).toBeGreaterThanOrEqual(before);
    }),
    runs
  );
});
