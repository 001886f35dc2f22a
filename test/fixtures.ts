// Input sets the tests start from: a district agency with full marks everywhere it can have them.
import { scoreAgency } from "../src/engine/score";
import { IndicatorReport, RawInputs } from "../src/rules/types";

export const fullMarks: RawInputs = {
  agencyName: "测试区代办处",
  agencyType: "district",
  coverageTarget: 0.9,
  insuredMembers: 9000,
  unionMembers: 10000,
  premiumTarget: 100000,
  premiumActual: 100000,
  claimsSubmitted: 100,
  claimsReturned: 0,
  dormantAtStart: 100,
  dormantAtEnd: 0,
  overCapFiled: 100,
  overCapDue: 100,
  archiveIssues: 0,
  archiveSeriousLoss: false,
  budgetPlanned: 100000,
  budgetSpent: 100000,
  usersInactive: 0,
  usersTotal: 100,
  auditIssues: 0,
  riskIncidents: 0,
  hotlineReceived: 100,
  hotlineClosed: 100,
  hotlineUnsatisfied: 0,
  meetingsAttended: 3,
  studySessions: 3,
  trainingSessions: 6,
  memberActivities: 4,
  articlesSubmitted: 6,
  wechatRegistered: 150,
  mutualAidMembers: 1000,
};

export function indicator(no: number, overrides: RawInputs = {}): IndicatorReport {
  const report = scoreAgency({ ...fullMarks, ...overrides });
  return report.indicators[no - 1];
}

export function scoreOf(no: number, overrides: RawInputs = {}): number | null {
  return indicator(no, overrides).score;
}

export function flagCodes(no: number, overrides: RawInputs = {}): string[] {
  return indicator(no, overrides).flags.map((f) => `${f.severity}:${f.code}`);
}
