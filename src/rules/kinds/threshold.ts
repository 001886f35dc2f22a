// Pass/fail checks against a rate threshold: indicators 3, 4, 5, 11 and 12.
import { zhCN } from "../../messages/zh-CN";
import { round9 } from "../arithmetic";
import { ThresholdRule } from "../catalog";
import { Flag } from "../types";
import { FormulaContext, KindFormula, Outcome, RuleContext } from "./context";
import { literal } from "../formula";
import { measureFormula, measureRatio, ratioConditions } from "./measure";

export function scoreThreshold(rule: ThresholdRule, ctx: RuleContext): Outcome {
  const flags: Flag[] = [];
  const lines: string[] = [];
  let points = ctx.def.base;
  let actual: number | null = null;
  let failed = false;

  for (const [index, check] of rule.checks.entries()) {
    const m = measureRatio(check.measure, ctx);
    flags.push(...m.flags);
    if (m.state === "error") {
      failed = true;
      continue;
    }
    if (m.state === "nothing") {
      lines.push(zhCN.explain.thresholdNothing(check.measure.name));
      continue;
    }
    // The first check's rate is the indicator's actual value (for 11, the 办结率).
    if (index === 0) actual = m.value;
    lines.push(m.line);
    if (round9(m.value) >= check.atLeast) {
      lines.push(zhCN.explain.thresholdMet(check.measure.name, m.value, check.atLeast));
    } else {
      points -= check.points;
      lines.push(
        zhCN.explain.thresholdMissed(check.measure.name, m.value, check.atLeast, check.points)
      );
    }
  }
  return {
    points: failed ? null : points,
    actual: failed ? null : actual,
    flags,
    explanation: lines,
  };
}

/** The same checks as a formula: base minus the points of every check whose rate falls short. */
export function thresholdFormula(rule: ThresholdRule, ctx: FormulaContext): KindFormula {
  const lost = rule.checks.map(({ measure: m, atLeast, points }) => {
    const missed = `IF(ROUND(${measureFormula(m)},9)>=${literal(atLeast)},0,${points})`;
    if (m.whenZero === "error") return missed;
    // G5: nothing at all to measure costs nothing; some now but none before cannot pass,
    // unless the rate counts up (then it passes any threshold).
    const fromZero = m.complement ? `IF(${m.numerator}=0,0,${points})` : "0";
    return `IF(${m.denominator}=0,${fromZero},${missed})`;
  });
  const first = rule.checks[0].measure;
  const actual =
    first.whenZero === "error"
      ? measureFormula(first)
      : `IF(${first.denominator}=0,"",${measureFormula(first)})`;
  return {
    conditions: rule.checks.flatMap((check) => ratioConditions(check.measure)),
    points: `${ctx.def.base}-${lost.join("-")}`,
    actual,
  };
}
