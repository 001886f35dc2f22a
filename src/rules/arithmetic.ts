// The arithmetic every rule shares, written once so TypeScript and Excel agree (G1, G4).

/** How a started step counts: `whole` counts only completed steps (每满, the 2022 ruling). */
export type StepMode = "whole" | "partial";

/**
 * Rounds half away from zero to `digits` decimals, as Excel's ROUND does. The value is first
 * cut to 15 significant digits, the precision Excel keeps, so 0.1 + 0.2 rounds like 0.3.
 */
export function roundTo(x: number, digits: number): number {
  const magnitude = Math.abs(x);
  // Nothing to round: no value, zero, or no decimals left at this size.
  if (!Number.isFinite(x) || x === 0 || magnitude >= 1e15) return x;
  const [mantissa, exponent] = magnitude.toExponential(14).split("e");
  const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + digits}`));
  return (Math.sign(x) * shifted) / 10 ** digits;
}

/** G4: comparisons and step counts look at the value rounded to 9 decimals. */
export function round9(x: number): number {
  return roundTo(x, 9);
}

/** G1: the number of steps of size `step` in `x`; 0 for x <= 0. */
export function steps(x: number, step: number, mode: StepMode): number {
  const count = round9(x / step);
  if (count <= 0) return 0;
  return mode === "whole" ? Math.floor(count) : Math.ceil(count);
}

export function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
