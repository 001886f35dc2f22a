// What an edition's catalog holds: the form's text and every indicator's rule parameters.
import { StepMode } from "./arithmetic";
import { AgencyType, InputDef } from "./types";

/** A rate measured from two inputs: numerator / denominator, or its complement 1 − n / d. */
export interface RatioMeasure {
  kind: "ratio";
  numerator: string;
  denominator: string;
  complement?: boolean;
  /** G5: a zero denominator means nothing to measure (base score, info) or an impossible figure. */
  whenZero: "neutral" | "error";
  /** A numerator above its denominator: impossible, suspicious, or ordinary (money over target). */
  whenOver: "error" | "warning" | "allowed";
  /** Chinese name of the rate, e.g. 覆盖率. */
  name: string;
}

/** A count read straight from one input (meetings, articles …). */
export interface CountMeasure {
  kind: "count";
  input: string;
  /** Unit of one step in explanations: 次, 篇. */
  unit: string;
}

export type Measure = RatioMeasure | CountMeasure;

/**
 * Steps around a target band (indicators 1, 2, 7, 13–18): below `low` each step costs points,
 * from `low` up to `high` each step earns points up to the bonus limit, above `high` each step
 * costs points again. `high` null means there is no upper edge.
 */
export interface BandRule {
  kind: "band";
  measure: Measure;
  low: number | { input: string };
  high: number | null;
  step: number;
  pointsPerStep: number;
}

/** Pass/fail checks, each costing its points when the measured rate is under its threshold. */
export interface ThresholdRule {
  kind: "threshold";
  checks: { measure: RatioMeasure; atLeast: number; points: number }[];
}

/** A rate that may not exceed a limit; each step above it costs points (indicator 8). */
export interface CeilingRule {
  kind: "ceiling";
  measure: RatioMeasure;
  limit: number;
  step: number;
  pointsPerStep: number;
}

/** Points off per problem found, plus a fixed penalty for a serious case (indicators 6, 9). */
export interface DeductionRule {
  kind: "deduction";
  issues: string;
  pointsPerIssue: number;
  serious?: { input: string; points: number };
}

/** The agency judges its own deduction for risk incidents and explains it (indicator 10). */
export interface JudgedRule {
  kind: "judged";
  incidents: string;
  deduction: string;
  note: string;
}

export type Rule = BandRule | ThresholdRule | CeilingRule | DeductionRule | JudgedRule;

export interface IndicatorDef {
  no: number;
  /** 考核内容 */
  area: string;
  /** 考核指标 */
  name: string;
  /** 考核指标描述 */
  description: string;
  /** 年度目标值 */
  targetText: string;
  /** 基本分 */
  base: number;
  /** Most points above base (the + of 调节分极值); 0 where the column says "—". */
  bonus: number;
  /** 考核评分标准 */
  standard: string;
  /** 考核指标解释说明 */
  explanation: string;
  /** Input keys, in the order they are asked for. */
  inputs: string[];
  /** Agency types the indicator applies to; every type when absent. */
  appliesTo?: AgencyType[];
  rule: Rule;
  /** Rulings (scoring-rules.md) that settled this indicator's ambiguities, told to the user. */
  rulings: string[];
}

export interface Catalog {
  edition: string;
  title: string;
  attachment: string;
  stepMode: StepMode;
  agencyTypes: { code: AgencyType; label: string }[];
  inputs: InputDef[];
  indicators: IndicatorDef[];
  headers: string[];
  subtotal: { label: string; base: number; limitsText: string };
  signatures: string[];
  /** The notice's submission requirements: when and where each copy goes. */
  deadlines: string[];
}
