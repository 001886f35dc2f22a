// One entry point over every rule kind.
import { Rule } from "../catalog";
import { bandFormula, scoreBand } from "./band";
import { ceilingFormula, scoreCeiling } from "./ceiling";
import { FormulaContext, KindFormula, Outcome, RuleContext } from "./context";
import { deductionFormula, scoreDeduction } from "./deduction";
import { judgedFormula, scoreJudged } from "./judged";
import { scoreThreshold, thresholdFormula } from "./threshold";

export function scoreRule(rule: Rule, ctx: RuleContext): Outcome {
  switch (rule.kind) {
    case "band":
      return scoreBand(rule, ctx);
    case "threshold":
      return scoreThreshold(rule, ctx);
    case "ceiling":
      return scoreCeiling(rule, ctx);
    case "deduction":
      return scoreDeduction(rule, ctx);
    case "judged":
      return scoreJudged(rule, ctx);
  }
}

export function ruleFormula(rule: Rule, ctx: FormulaContext): KindFormula {
  switch (rule.kind) {
    case "band":
      return bandFormula(rule, ctx);
    case "threshold":
      return thresholdFormula(rule, ctx);
    case "ceiling":
      return ceilingFormula(rule, ctx);
    case "deduction":
      return deductionFormula(rule, ctx);
    case "judged":
      return judgedFormula(rule, ctx);
  }
}
