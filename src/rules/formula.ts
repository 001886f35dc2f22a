// Building blocks of the sheet's formulas. Each mirrors one piece of the TypeScript rules, so a
// score cell computes what the engine computes; only functions every spreadsheet knows
// (Excel 2007+, Excel on the web, LibreOffice) are used, so no `_xlfn.` prefix is needed.
import { StepMode } from "./arithmetic";
import { pointsLimits } from "./parse";
import { InputDef } from "./types";

/** A number as a formula literal: 0.05, 10, 0.5 (never exponent notation). */
export function literal(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(15)));
}

/** `a*b` that reads naturally: a factor of 1 is left out. */
export function times(factor: number, expression: string): string {
  return factor === 1 ? expression : `${literal(factor)}*${expression}`;
}

/** G1 in a formula: whole steps of `step` in `x`, rounded to 9 decimals before the floor. */
export function stepsFormula(x: string, step: number, mode: StepMode): string {
  const quotient = step === 1 ? x : `(${x})/${literal(step)}`;
  const count = mode === "whole" ? `INT(ROUND(${quotient},9))` : `ROUNDUP(ROUND(${quotient},9),0)`;
  return `MAX(0,${count})`;
}

/** True when a cell is empty or holds spaces only, as the engine's isBlank. */
export function blankFormula(name: string): string {
  return `TRIM(${name}&"")=""`;
}

/**
 * The checks an input's value must pass, each never an error value whatever the cell holds:
 * N() reads text as 0 and ISNUMBER rejects it first. Text that looks like a number is not a
 * number here either, as in the engine.
 */
export function validChecks(def: InputDef): string[] {
  const x = def.key;
  const value = `N(${x})`;
  switch (def.kind) {
    case "count":
      return [`ISNUMBER(${x})`, `${value}>=0`, `${value}=INT(${value})`];
    case "amount":
      return [`ISNUMBER(${x})`, `${value}>=0`];
    case "rate":
      return [`ISNUMBER(${x})`, `${value}>0`, `${value}<=1`];
    case "points": {
      // Whole multiples of the step: x/0.5 is written x*2, as a person would.
      const { max, step } = pointsLimits(def);
      const inSteps = Number.isInteger(1 / step)
        ? `${value}*${1 / step}`
        : `${value}/${literal(step)}`;
      const checks = [`ISNUMBER(${x})`, `${value}>=0`];
      if (Number.isFinite(max)) checks.push(`${value}<=${literal(max)}`);
      checks.push(`${inSteps}=INT(${inSteps})`);
      return def.optional ? [`OR(${blankFormula(x)},AND(${checks.join(",")}))`] : checks;
    }
    case "yesno":
      return [`OR(${blankFormula(x)},${x}="是",${x}="否",${x}=TRUE,${x}=FALSE)`];
    case "text":
    case "choice":
      return def.optional ? [] : [`NOT(${blankFormula(x)})`];
  }
}

/** A yes/no input read as yes: 是 or TRUE. */
export function yesFormula(name: string): string {
  return `OR(${name}="是",${name}=TRUE)`;
}
