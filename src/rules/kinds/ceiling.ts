// A rate that may not exceed a limit: indicator 8.
import { zhCN } from "../../messages/zh-CN";
import { round9, steps } from "../arithmetic";
import { CeilingRule } from "../catalog";
import { FormulaContext, KindFormula, Outcome, RuleContext } from "./context";
import { literal, stepsFormula, times } from "../formula";
import {
  gapText,
  measureFormula,
  measureRatio,
  ratioConditions,
  stepText,
  whenNothing,
} from "./measure";

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

/** The same rule as a formula: base minus the whole steps above the limit, at most base. */
export function ceilingFormula(rule: CeilingRule, ctx: FormulaContext): KindFormula {
  const m = rule.measure;
  if (m.whenZero === "neutral" && m.whenOver !== "error") {
    // Limitation: as for bands, a rate from zero has no formula here; 2022 has no such case.
    throw new Error(`indicator ${ctx.def.no}: a ceiling cannot measure from a zero denominator`);
  }
  const base = ctx.def.base;
  const r = measureFormula(m);
  const gap = `${r}-${literal(rule.limit)}`;
  const lost = `MIN(${base},${times(rule.pointsPerStep, stepsFormula(gap, rule.step, ctx.stepMode))})`;
  return {
    conditions: ratioConditions(m),
    points: whenNothing(m, String(base), `${base}-${lost}`),
    actual: whenNothing(m, '""', r),
  };
}
