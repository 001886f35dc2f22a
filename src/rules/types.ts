// Shared vocabulary of the rule set: inputs, flags and the score report.

export type AgencyType = "district" | "bureau" | "industry";

export type Severity = "error" | "warning" | "info";

/** How a raw value is read and checked; see "Inputs" in the scoring rules. */
export type InputKind = "count" | "amount" | "rate" | "points" | "text" | "choice" | "yesno";

export interface InputDef {
  key: string;
  kind: InputKind;
  /** Chinese label shown beside the input cell and in messages. */
  label: string;
  /** Unit shown after the label: 人, 元, 次, 分 … (empty for text). */
  unit: string;
  /** Required for an applicable indicator unless the rule gives blank a meaning. */
  optional?: boolean;
  /** For points: the most that may be entered, and the step values go by (0.5 → halves). */
  max?: number;
  step?: number;
}

export interface Flag {
  severity: Severity;
  code: string;
  keys: string[];
  message: string;
}

export interface IndicatorReport {
  no: number;
  applicable: boolean;
  score: number | null;
  max: number;
  actual: number | null;
  flags: Flag[];
  explanation: string[];
}

export interface ScoreReport {
  edition: string;
  agencyName: string | null;
  agencyType: AgencyType | null;
  total: number | null;
  maxTotal: number;
  /** Flags about the form as a whole (agency name, incomplete total). */
  flags: Flag[];
  indicators: IndicatorReport[];
}

/** A flat input object: input key to a raw value as typed (number, string, boolean). */
export type RawInputs = Record<string, unknown>;
