// What a rule kind receives and returns when it scores one indicator.
import { StepMode } from "../arithmetic";
import { IndicatorDef } from "../catalog";
import { Flag } from "../types";

/** Checked input values: a number, text or yes/no; null where an optional input is blank. */
export type Values = Record<string, number | string | boolean | null>;

export interface RuleContext {
  def: IndicatorDef;
  values: Values;
  stepMode: StepMode;
  label: (key: string) => string;
}

export interface Outcome {
  /** Points before the limits of G3 are applied; null when the rule found an error. */
  points: number | null;
  actual: number | null;
  flags: Flag[];
  explanation: string[];
}

export function numberOf(values: Values, key: string): number {
  const value = values[key];
  if (typeof value !== "number") throw new Error(`input ${key} was not checked as a number`);
  return value;
}

/** What a rule kind contributes to its indicator's formulas in the sheet. */
export interface KindFormula {
  /** Conditions besides valid inputs that must hold for a score (the rule's own errors). */
  conditions: string[];
  /** Points before the limits of G3. */
  points: string;
  /** The measured value for the 实际指标完成值 column, or "" where there is none. */
  actual: string;
}

export interface FormulaContext {
  def: IndicatorDef;
  stepMode: StepMode;
}
