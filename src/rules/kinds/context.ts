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
