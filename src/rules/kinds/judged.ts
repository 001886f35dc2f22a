// The agency's own judgement of its compliance risks: indicator 10.
import { zhCN } from "../../messages/zh-CN";
import { JudgedRule } from "../catalog";
import { Flag } from "../types";
import { FormulaContext, KindFormula, numberOf, Outcome, RuleContext } from "./context";
import { blankFormula } from "../formula";

export function scoreJudged(rule: JudgedRule, ctx: RuleContext): Outcome {
  const incidents = numberOf(ctx.values, rule.incidents);
  const entered = ctx.values[rule.deduction];
  const note = ctx.values[rule.note];
  const hasNote = typeof note === "string" && note !== "";
  const flags: Flag[] = [];
  const lines = [zhCN.explain.incidents(ctx.label(rule.incidents), incidents)];

  if (entered === null && incidents > 0) {
    const message = zhCN.flags.judgementMissing(incidents, ctx.label(rule.deduction));
    flags.push({ severity: "error", code: "judgement-missing", keys: [rule.deduction], message });
  }
  // Blank means no deduction while there were no incidents.
  const deduction = entered === null ? 0 : numberOf(ctx.values, rule.deduction);
  if (deduction > 0 && !hasNote) {
    const message = zhCN.flags.deductionUnexplained(ctx.label(rule.note));
    flags.push({ severity: "error", code: "note-missing", keys: [rule.note], message });
  }
  if (entered !== null && deduction === 0 && incidents > 0 && !hasNote) {
    const message = zhCN.flags.incidentsWithoutDeduction(incidents, ctx.label(rule.note));
    flags.push({ severity: "warning", code: "deduction-unexplained", keys: [rule.note], message });
  }
  if (hasNote) {
    const message = zhCN.flags.noteForReviewers(note);
    flags.push({ severity: "info", code: "note-for-reviewers", keys: [rule.note], message });
  }

  if (flags.some((f) => f.severity === "error")) {
    return { points: null, actual: null, flags, explanation: lines };
  }
  if (deduction > 0) lines.push(zhCN.explain.deduction(deduction));
  else lines.push(incidents > 0 ? zhCN.explain.noDeduction() : zhCN.explain.noIncidents());
  return { points: ctx.def.base - deduction, actual: incidents, flags, explanation: lines };
}

/**
 * The same rule as a formula: base minus the judged deduction, unscored while incidents have
 * no judged deduction or a deduction has no note. The input checks cover the deduction's range.
 */
export function judgedFormula(rule: JudgedRule, ctx: FormulaContext): KindFormula {
  const deductionBlank = blankFormula(rule.deduction);
  return {
    conditions: [
      `NOT(AND(${deductionBlank},N(${rule.incidents})>0))`,
      `NOT(AND(N(${rule.deduction})>0,${blankFormula(rule.note)}))`,
    ],
    points: `${ctx.def.base}-N(${rule.deduction})`,
    actual: rule.incidents,
  };
}
