// A rate that may not exceed a limit: indicator 8.
import { zhCN } from "../../messages/zh-CN";
import { round9, steps } from "../arithmetic";
import { CeilingRule } from "../catalog";
import { Outcome, RuleContext } from "./context";
import { gapText, measureRatio, stepText } from "./measure";

export function scoreCeiling(rule: CeilingRule, ctx: RuleContext): Outcome {
  const base = ctx.def.base;
  const m = measureRatio(rule.measure, ctx);
  if (m.state === "error") return { points: null, actual: null, flags: m.flags, explanation: [] };
  if (m.state === "nothing") {
    return { points: base, actual: null, flags: m.flags, explanation: [m.line] };
  }

  const name = rule.measure.name;
  if (round9(m.value) <= rule.limit) {
    const line = zhCN.explain.withinCeiling(name, m.value, rule.limit);
    return { points: base, actual: m.value, flags: m.flags, explanation: [m.line, line] };
  }
  const count = steps(m.value - rule.limit, rule.step, ctx.stepMode);
  const lost = Math.min(base, rule.pointsPerStep * count);
  const gap = gapText(rule.measure, m.value - rule.limit);
  const stepSize = stepText(rule.measure, rule.step);
  const tally = zhCN.explain.tally(stepSize, false, rule.pointsPerStep, count, lost);
  const line = zhCN.explain.overCeiling(name, rule.limit, gap, tally);
  return { points: base - lost, actual: m.value, flags: m.flags, explanation: [m.line, line] };
}
