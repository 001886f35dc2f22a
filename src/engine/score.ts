// The scoring engine: raw inputs in, the report of scoring-rules.md out. Pure: no Office, no I/O.
import { zhCN } from "../messages/zh-CN";
import { clamp } from "../rules/arithmetic";
import { Catalog, IndicatorDef } from "../rules/catalog";
import { edition2022 } from "../rules/edition2022";
import { scoreRule } from "../rules/kinds";
import { Values } from "../rules/kinds/context";
import { isBlank, parseAgencyType, parseInput } from "../rules/parse";
import {
  AgencyType,
  Flag,
  IndicatorReport,
  InputDef,
  RawInputs,
  ScoreReport,
} from "../rules/types";

interface AgencyContext {
  catalog: Catalog;
  inputs: Map<string, InputDef>;
  type: AgencyType | null;
  /** The flag to repeat on type-dependent indicators while the type is blank or unknown. */
  typeFlag: Flag;
}

export function maxOf(def: IndicatorDef): number {
  return def.base + def.bonus;
}

export function appliesTo(def: IndicatorDef, type: AgencyType): boolean {
  return def.appliesTo === undefined || def.appliesTo.includes(type);
}

function typeLabel(catalog: Catalog, type: AgencyType): string {
  return catalog.agencyTypes.find((t) => t.code === type)?.label ?? type;
}

function notApplicable(def: IndicatorDef, raw: RawInputs, agency: AgencyContext): IndicatorReport {
  const label = typeLabel(agency.catalog, agency.type as AgencyType);
  const flags: Flag[] = def.inputs
    .filter((key) => !isBlank(raw[key]))
    .map((key) => ({
      severity: "warning",
      code: "not-applicable-value",
      keys: [key],
      message: zhCN.flags.notApplicable(agency.inputs.get(key)?.label ?? key, label),
    }));
  const explanation = [zhCN.explain.notApplicable(label)];
  return {
    no: def.no,
    applicable: false,
    score: null,
    max: maxOf(def),
    actual: null,
    flags,
    explanation,
  };
}

function unscored(def: IndicatorDef, flags: Flag[], lines: string[] = []): IndicatorReport {
  const explanation = [...lines, zhCN.explain.unscored()];
  return {
    no: def.no,
    applicable: true,
    score: null,
    max: maxOf(def),
    actual: null,
    flags,
    explanation,
  };
}

/** G3: the score stays within 0 … base + bonus; says so when a limit was reached. */
function withinLimits(def: IndicatorDef, points: number): { score: number; note: string | null } {
  const score = clamp(points, 0, maxOf(def));
  if (points < 0) return { score, note: zhCN.explain.floorAtZero() };
  if (points > maxOf(def)) return { score, note: zhCN.explain.ceilingAtMax(maxOf(def)) };
  return { score, note: null };
}

export function scoreIndicator(
  def: IndicatorDef,
  raw: RawInputs,
  agency: AgencyContext
): IndicatorReport {
  if (def.appliesTo !== undefined) {
    if (agency.type === null) return unscored(def, [agency.typeFlag]);
    if (!appliesTo(def, agency.type)) return notApplicable(def, raw, agency);
  }

  const flags: Flag[] = [];
  const values: Values = {};
  for (const key of def.inputs) {
    const input = agency.inputs.get(key);
    if (!input)
      throw new Error(`indicator ${def.no} reads ${key}, which the catalog does not define`);
    const parsed = parseInput(input, raw[key]);
    if (parsed.state === "invalid") flags.push(parsed.flag);
    else if (parsed.state === "ok") values[key] = parsed.value;
    else if (input.optional) values[key] = null;
    else
      flags.push({
        severity: "error",
        code: "blank",
        keys: [key],
        message: zhCN.flags.blank(input.label),
      });
  }
  if (flags.length > 0) return unscored(def, flags);

  const label = (key: string) => agency.inputs.get(key)?.label ?? key;
  const outcome = scoreRule(def.rule, { def, values, stepMode: agency.catalog.stepMode, label });
  flags.push(...outcome.flags);
  if (outcome.points === null || flags.some((f) => f.severity === "error")) {
    return unscored(def, flags, outcome.explanation);
  }

  const { score, note } = withinLimits(def, outcome.points);
  const explanation = [...outcome.explanation, ...(note ? [note] : []), ...def.rulings];
  explanation.push(zhCN.explain.result(score, maxOf(def)));
  // An unbounded rate (some at the end, none at the start) has no value to report.
  const actual = outcome.actual !== null && Number.isFinite(outcome.actual) ? outcome.actual : null;
  return {
    no: def.no,
    applicable: true,
    score,
    max: maxOf(def),
    actual,
    flags,
    explanation,
  };
}

/** The most points an agency of this type can reach; with the type unknown, the most of any. */
export function maxTotalFor(catalog: Catalog, type: AgencyType | null): number {
  const totalFor = (t: AgencyType) =>
    catalog.indicators.filter((def) => appliesTo(def, t)).reduce((sum, def) => sum + maxOf(def), 0);
  if (type !== null) return totalFor(type);
  return Math.max(...catalog.agencyTypes.map((t) => totalFor(t.code)));
}

export function scoreAgency(raw: RawInputs, catalog: Catalog = edition2022): ScoreReport {
  const inputs = new Map(catalog.inputs.map((input) => [input.key, input]));
  const labels = catalog.agencyTypes.map((t) => t.label);
  const flags: Flag[] = [];

  const parsedType = parseAgencyType(raw.agencyType, catalog.agencyTypes);
  const typeFlag: Flag = parsedType.flag ?? {
    severity: "error",
    code: "agency-type-missing",
    keys: ["agencyType"],
    message: zhCN.flags.agencyTypeMissing(labels),
  };
  if (parsedType.type === null) flags.push(typeFlag);

  const nameInput = inputs.get("agencyName");
  const parsedName = nameInput
    ? parseInput(nameInput, raw.agencyName)
    : ({ state: "blank" } as const);
  const name = parsedName.state === "ok" ? String(parsedName.value) : null;
  if (parsedName.state === "invalid") flags.push(parsedName.flag);
  if (parsedName.state === "blank") {
    const message = zhCN.flags.agencyNameMissing();
    flags.push({ severity: "warning", code: "agency-name-missing", keys: ["agencyName"], message });
  }

  const agency: AgencyContext = { catalog, inputs, type: parsedType.type, typeFlag };
  const indicators = catalog.indicators.map((def) => scoreIndicator(def, raw, agency));

  const counted = indicators.filter((report) => report.applicable);
  const missing = counted.filter((report) => report.score === null).length;
  const total =
    missing === 0 ? counted.reduce((sum, report) => sum + (report.score ?? 0), 0) : null;
  if (missing > 0) {
    const message = zhCN.flags.totalIncomplete(missing);
    flags.push({ severity: "warning", code: "total-incomplete", keys: [], message });
  }

  return {
    edition: catalog.edition,
    agencyName: name,
    agencyType: parsedType.type,
    total,
    maxTotal: maxTotalFor(catalog, parsedType.type),
    flags,
    indicators,
  };
}
