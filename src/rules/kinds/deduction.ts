// Points off per problem found: indicators 6 and 9.
import { zhCN } from "../../messages/zh-CN";
import { DeductionRule } from "../catalog";
import { FormulaContext, KindFormula, numberOf, Outcome, RuleContext } from "./context";
import { times, yesFormula } from "../formula";

export function scoreDeduction(rule: DeductionRule, ctx: RuleContext): Outcome {
  const issues = numberOf(ctx.values, rule.issues);
  let points = ctx.def.base - issues * rule.pointsPerIssue;
  const lines = [zhCN.explain.issues(ctx.label(rule.issues), issues, rule.pointsPerIssue)];

  if (rule.serious) {
    // Blank means 否 (scoring rules, "Inputs").
    const serious = ctx.values[rule.serious.input] === true;
    if (serious) points -= rule.serious.points;
    lines.push(
      zhCN.explain.seriousLoss(ctx.label(rule.serious.input), serious, rule.serious.points)
    );
  }
  return { points, actual: issues, flags: [], explanation: lines };
}

/** The same rule as a formula: base − points per issue − the serious-case penalty if 是. */
export function deductionFormula(rule: DeductionRule, ctx: FormulaContext): KindFormula {
  let points = `${ctx.def.base}-${times(rule.pointsPerIssue, rule.issues)}`;
  if (rule.serious) {
    points += `-IF(${yesFormula(rule.serious.input)},${rule.serious.points},0)`;
  }
  return { conditions: [], points, actual: rule.issues };
}
