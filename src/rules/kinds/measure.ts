// Measuring an indicator's actual value: a rate from two inputs, or a plain count.
import { formatPercent, zhCN } from "../../messages/zh-CN";
import { Measure, RatioMeasure } from "../catalog";
import { Flag } from "../types";
import { numberOf, RuleContext } from "./context";

export type Measured =
  | { state: "measured"; value: number; flags: Flag[]; line: string }
  /** G5: nothing of that kind this year; the indicator keeps its base score. */
  | { state: "nothing"; flags: Flag[]; line: string }
  | { state: "error"; flags: Flag[] };

export function measureRatio(m: RatioMeasure, ctx: RuleContext): Measured {
  const n = numberOf(ctx.values, m.numerator);
  const d = numberOf(ctx.values, m.denominator);
  const keys = [m.numerator, m.denominator];
  const nLabel = ctx.label(m.numerator);
  const dLabel = ctx.label(m.denominator);

  if (d === 0 && m.whenZero === "error") {
    const message = zhCN.flags.zeroError(dLabel);
    return {
      state: "error",
      flags: [{ severity: "error", code: "zero-denominator", keys, message }],
    };
  }
  if (n > d && m.whenOver === "error") {
    const message = zhCN.flags.overDenominatorError(nLabel, dLabel);
    return {
      state: "error",
      flags: [{ severity: "error", code: "over-denominator", keys, message }],
    };
  }

  const flags: Flag[] = [];
  const share = d === 0 ? null : n / d;
  if (n > d && m.whenOver === "warning") {
    const message = zhCN.flags.overDenominatorWarning(nLabel, dLabel, share);
    flags.push({ severity: "warning", code: "over-denominator", keys, message });
  }
  if (share === null && n > 0) {
    // Some at the end but none at the start (only indicator 4 allows it): the rate is below
    // any threshold, not "nothing to measure", so the warning's ruling (r < 0 scores 0) holds.
    const value = m.complement ? -Infinity : Infinity;
    return { state: "measured", value, flags, line: zhCN.explain.measuredFromZero(m.name, dLabel) };
  }
  if (share === null) {
    const message = zhCN.flags.zeroNeutral(dLabel, ctx.def.base);
    flags.push({ severity: "info", code: "nothing-to-measure", keys: [m.denominator], message });
    return { state: "nothing", flags, line: message };
  }

  // Limitation: a denominator so small that the share overflows (an amount under 1e-300 yuan)
  // gives Infinity here and #NUM! in a spreadsheet; no real figure comes near it.
  const value = m.complement ? 1 - share : share;
  const complement = m.complement === true;
  const line = zhCN.explain.measuredRatio(m.name, nLabel, n, dLabel, d, value, complement);
  return { state: "measured", value, flags, line };
}

export function measure(m: Measure, ctx: RuleContext): Measured {
  if (m.kind === "ratio") return measureRatio(m, ctx);
  const count = numberOf(ctx.values, m.input);
  const line = zhCN.explain.measuredCount(ctx.label(m.input), count, m.unit);
  return { state: "measured", value: count, flags: [], line };
}

/** How a gap and a step of this measure read: percentage points of a rate, or 次 / 篇. */
export function gapText(m: Measure, gap: number): string {
  return m.kind === "ratio" ? zhCN.explain.gap.rate(gap) : zhCN.explain.gap.count(gap, m.unit);
}

export function stepText(m: Measure, step: number): string {
  return m.kind === "ratio"
    ? zhCN.explain.stepSize.rate(step)
    : zhCN.explain.stepSize.count(step, m.unit);
}

export function targetText(m: Measure, target: number): string {
  return m.kind === "ratio" ? formatPercent(target) : zhCN.explain.gap.count(target, m.unit);
}

/** The measured value as a formula: `n/d`, `1-n/d`, or the count's name. */
export function measureFormula(m: Measure): string {
  if (m.kind === "count") return m.input;
  return m.complement ? `1-${m.numerator}/${m.denominator}` : `${m.numerator}/${m.denominator}`;
}

/** The rule's own error conditions on a rate, negated: what must hold to score (G5 errors). */
export function ratioConditions(m: Measure): string[] {
  if (m.kind === "count") return [];
  const conditions: string[] = [];
  if (m.whenZero === "error") conditions.push(`N(${m.denominator})>0`);
  if (m.whenOver === "error") conditions.push(`N(${m.numerator})<=N(${m.denominator})`);
  return conditions;
}

/** Wraps a formula for a zero denominator that means "nothing to measure" (G5). */
export function whenNothing(m: Measure, nothing: string, otherwise: string): string {
  if (m.kind === "count" || m.whenZero === "error") return otherwise;
  return `IF(${m.denominator}=0,${nothing},${otherwise})`;
}
