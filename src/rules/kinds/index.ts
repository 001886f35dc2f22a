// One entry point over every rule kind.
import { Rule } from "../catalog";
import { scoreBand } from "./band";
import { scoreCeiling } from "./ceiling";
import { Outcome, RuleContext } from "./context";
import { scoreDeduction } from "./deduction";
import { scoreJudged } from "./judged";
import { scoreThreshold } from "./threshold";

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
