// Steps around a target band: indicators 1, 2, 7 and 13–18.
import { zhCN } from "../../messages/zh-CN";
import { round9, steps } from "../arithmetic";
import { BandRule } from "../catalog";
import { numberOf, Outcome, RuleContext } from "./context";
import { gapText, measure, stepText, targetText } from "./measure";

export function bandLow(rule: BandRule, ctx: RuleContext): number {
  return typeof rule.low === "number" ? rule.low : numberOf(ctx.values, rule.low.input);
}

export function scoreBand(rule: BandRule, ctx: RuleContext): Outcome {
  const { base, bonus } = ctx.def;
  const m = measure(rule.measure, ctx);
  if (m.state === "error") return { points: null, actual: null, flags: m.flags, explanation: [] };
  if (m.state === "nothing") {
    return { points: base, actual: null, flags: m.flags, explanation: [m.line] };
  }

  const low = bandLow(rule, ctx);
  const value = m.value;
  const perStep = rule.pointsPerStep;
  const stepSize = stepText(rule.measure, rule.step);
  const lines = [m.line];
  let points: number;

  if (round9(value) < round9(low)) {
    const count = steps(low - value, rule.step, ctx.stepMode);
    points = base - perStep * count;
    const gap = gapText(rule.measure, low - value);
    const tally = zhCN.explain.tally(stepSize, false, perStep, count, perStep * count);
    lines.push(zhCN.explain.belowTarget(targetText(rule.measure, low), gap, tally));
  } else if (rule.high !== null && round9(value) > rule.high) {
    const count = steps(value - rule.high, rule.step, ctx.stepMode);
    points = base - perStep * count;
    const gap = gapText(rule.measure, value - rule.high);
    const high = targetText(rule.measure, rule.high);
    const tally = zhCN.explain.tally(stepSize, false, perStep, count, perStep * count);
    lines.push(zhCN.explain.aboveRange(high, gap, tally));
  } else {
    points = base;
    lines.push(zhCN.explain.reachedTarget(targetText(rule.measure, low), base));
    const count = steps(value - low, rule.step, ctx.stepMode);
    if (bonus > 0 && count > 0) {
      const earned = Math.min(bonus, perStep * count);
      points += earned;
      const gap = gapText(rule.measure, value - low);
      const target = targetText(rule.measure, low);
      const tally = zhCN.explain.tally(stepSize, true, perStep, count, earned, bonus);
      lines.push(zhCN.explain.bonus(target, gap, tally));
    } else if (bonus === 0 && count > 0) {
      lines.push(zhCN.explain.noBonus());
    }
  }
  return { points, actual: value, flags: m.flags, explanation: lines };
}
