// Each indicator's formulas for the form's 自评分 and 实际指标完成值 cells, over the defined
// names of the inputs, so a reviewer clicking a score cell reads the rule itself.
import { Catalog, IndicatorDef } from "./catalog";
import { literal, validChecks } from "./formula";
import { ruleFormula } from "./kinds";
import { AgencyType } from "./types";

/** The defined name of an indicator's score cell: score01 … score18. */
export function scoreName(no: number): string {
  return `score${String(no).padStart(2, "0")}`;
}

/** The defined name of an indicator's measured-value cell: actual01 … actual18. */
export function actualName(no: number): string {
  return `actual${String(no).padStart(2, "0")}`;
}

export const NOT_APPLICABLE = "不适用";

/** True when the agencyType cell names one of these types, by Chinese label or code. */
function typeIs(catalog: Catalog, types: AgencyType[]): string {
  const words = catalog.agencyTypes
    .filter((t) => types.includes(t.code))
    .flatMap((t) => [t.label, t.code])
    .map((word) => `agencyType="${word}"`);
  return `OR(${words.join(",")})`;
}

/** Wraps an indicator's formula with its applicability (G7): `otherwise` for other types, and
 *  empty while the type is unknown. */
function forApplicable(
  def: IndicatorDef,
  catalog: Catalog,
  formula: string,
  otherwise: string
): string {
  if (def.appliesTo === undefined) return formula;
  if (otherwise === '""') return `IF(${typeIs(catalog, def.appliesTo)},${formula},"")`;
  const others = catalog.agencyTypes.map((t) => t.code).filter((c) => !def.appliesTo?.includes(c));
  return `IF(${typeIs(catalog, def.appliesTo)},${formula},IF(${typeIs(catalog, others)},${otherwise},""))`;
}

/** One AND over every input check and every rule condition, so it reads as a list. */
function scoringCondition(def: IndicatorDef, catalog: Catalog, conditions: string[]): string {
  const checks = def.inputs.flatMap((key) => {
    const input = catalog.inputs.find((i) => i.key === key);
    if (!input)
      throw new Error(`indicator ${def.no} reads ${key}, which the catalog does not define`);
    return validChecks(input);
  });
  return `AND(${[...checks, ...conditions].join(",")})`;
}

export interface IndicatorFormulas {
  score: string;
  actual: string;
}

/**
 * The score is empty wherever the engine leaves the indicator unscored (G6), clamped to
 * 0 … base + bonus (G3) otherwise; formulas carry no leading "=".
 */
export function indicatorFormulas(def: IndicatorDef, catalog: Catalog): IndicatorFormulas {
  const kind = ruleFormula(def.rule, { def, stepMode: catalog.stepMode });
  const condition = scoringCondition(def, catalog, kind.conditions);
  const max = literal(def.base + def.bonus);
  const score = `IF(${condition},MAX(0,MIN(${max},${kind.points})),"")`;
  const actual = `IF(${condition},${kind.actual},"")`;
  return {
    score: forApplicable(def, catalog, score, `"${NOT_APPLICABLE}"`),
    actual: forApplicable(def, catalog, actual, '""'),
  };
}

/** 小计: the sum of the scores, empty while any applicable indicator is unscored (G6). */
export function totalFormula(catalog: Catalog): string {
  const names = catalog.indicators.map((def) => scoreName(def.no));
  const missing = names.map((name) => `${name}=""`).join(",");
  return `IF(OR(${missing}),"",SUM(${names.join(",")}))`;
}
