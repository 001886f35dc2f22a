// Pass/fail checks against a rate threshold: indicators 3, 4, 5, 11 and 12.
import { zhCN } from "../../messages/zh-CN";
import { round9 } from "../arithmetic";
import { ThresholdRule } from "../catalog";
import { Flag } from "../types";
import { Outcome, RuleContext } from "./context";
import { measureRatio } from "./measure";

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
