// What the task pane asks of the workbook. The Office.js adapter implements it in Excel; tests
// and the end-to-end stand-in implement it without Office. Nothing above this file touches
// Office.js.
import { RawInputs, ScoreReport } from "../rules/types";

/** Where the open workbook stands with respect to the form. */
export type FormState =
  /** The form is there and bound through its defined names. */
  | { kind: "bound" }
  /** A copy of the form without names (retyped, or an older file), found by its header text. */
  | { kind: "unnamed"; sheetName: string }
  /** No form in this workbook. */
  | { kind: "absent" }
  /** This Excel lacks an API the add-in needs; `missing` names the requirement sets. */
  | { kind: "unsupported"; missing: string[] };

export interface ScoringResult {
  report: ScoreReport;
  /** The raw values read, by input key, for the pane to show what was typed. */
  inputs: RawInputs;
}

export interface WorkbookPort {
  /** Finds the form: by its defined names, else by its header text. */
  detect(): Promise<FormState>;
  /** Adds the defined names to an unnamed form; touches no cell the user typed. */
  repairNames(): Promise<void>;
  /** Inserts the shipped template's sheets into a workbook without the form. */
  insertForm(): Promise<void>;
  /**
   * One scoring pass: reads every input in one sync, scores with the engine, writes formulas,
   * notes and highlights in one more.
   */
  score(): Promise<ScoringResult>;
  /** Selects the cell behind a defined name (an input key, score01 …) in the sheet. */
  select(name: string): Promise<void>;
  /** Calls `onChange` after input cells change; returns a function that stops listening. */
  watchInputs(onChange: () => void): Promise<() => Promise<void>>;
}
