// Steps around a target band: indicators 1, 2, 7 and 13–18.
import { zhCN } from "../../messages/zh-CN";
import { round9, steps } from "../arithmetic";
import { BandRule } from "../catalog";
import { FormulaContext, KindFormula, numberOf, Outcome, RuleContext } from "./context";
import { literal, stepsFormula, times } from "../formula";
import {
  gapText,
  measure,
  measureFormula,
  ratioConditions,
  stepText,
  targetText,
  whenNothing,
} from "./measure";

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

/**
 * The same rule as a formula: base − steps below the low edge + (above the high edge: − steps
 * beyond it; otherwise: + steps above the low edge, up to the bonus). Steps of a negative gap
 * are 0, so each term only counts on its own side of the band.
 */
export function bandFormula(rule: BandRule, ctx: FormulaContext): KindFormula {
  const { base, bonus } = ctx.def;
  const m = rule.measure;
  if (m.kind === "ratio" && m.whenZero === "neutral" && m.whenOver !== "error") {
    // Limitation: a rate from zero (some now, none before) has no formula in a band; no band
    // of the 2022 form can have one. Such a catalog fails here, at build time.
    throw new Error(`indicator ${ctx.def.no}: a band cannot measure from a zero denominator`);
  }
  const r = measureFormula(m);
  const low = typeof rule.low === "number" ? literal(rule.low) : rule.low.input;
  const steps = (gap: string) =>
    times(rule.pointsPerStep, stepsFormula(gap, rule.step, ctx.stepMode));

  let points = `${base}-${steps(`${low}-${r}`)}`;
  const gain = bonus > 0 ? `MIN(${literal(bonus)},${steps(`${r}-${low}`)})` : "0";
  if (rule.high !== null) {
    const high = literal(rule.high);
    points += `+IF(ROUND(${r},9)>${high},-${steps(`${r}-${high}`)},${gain})`;
  } else if (bonus > 0) {
    points += `+${gain}`;
  }
  return {
    conditions: ratioConditions(m),
    points: whenNothing(m, String(base), points),
    actual: whenNothing(m, '""', r),
  };
}
