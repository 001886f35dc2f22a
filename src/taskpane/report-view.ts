// What the pane shows of a score report, worked out without React: each indicator's state,
// the indicators grouped by area, the flag counts and the pre-submission check.
import { Catalog } from "../rules/catalog";
import { edition2022 } from "../rules/edition2022";
import { Flag, IndicatorReport, ScoreReport } from "../rules/types";

export type IndicatorState = "scored" | "warning" | "unscored" | "notApplicable";

export interface IndicatorRow {
  no: number;
  name: string;
  report: IndicatorReport;
  state: IndicatorState;
  /** An error or a warning to deal with; info flags are only told. */
  hasProblem: boolean;
}

export interface AreaGroup {
  /** 考核内容 */
  area: string;
  rows: IndicatorRow[];
}

export type OverallStatus = "allGood" | "errors" | "warnings";

export interface FlagCounts {
  errors: number;
  warnings: number;
}

export interface SubmissionCheck {
  allScored: boolean;
  scored: number;
  applicable: number;
  agencyName: boolean;
  agencyType: boolean;
  noErrors: boolean;
  ready: boolean;
}

// Only one edition exists; a later one is looked up here by `report.edition`.
const catalogs: Record<string, Catalog> = { [edition2022.edition]: edition2022 };

export function catalogFor(report: ScoreReport): Catalog {
  return catalogs[report.edition] ?? edition2022;
}

/** The notice's deadlines for the report's own edition; none for an edition not known here. */
export function deadlinesFor(report: ScoreReport): string[] | undefined {
  return catalogs[report.edition]?.deadlines;
}

function isProblem(flag: Flag): boolean {
  return flag.severity === "error" || flag.severity === "warning";
}

export function indicatorState(report: IndicatorReport): IndicatorState {
  if (!report.applicable) return "notApplicable";
  if (report.score === null) return "unscored";
  if (report.flags.some((flag) => flag.severity === "warning")) return "warning";
  return "scored";
}

/** The indicators in form order, grouped by area in the order the areas first appear. */
export function groupByArea(report: ScoreReport): AreaGroup[] {
  const catalog = catalogFor(report);
  const groups: AreaGroup[] = [];
  for (const indicator of report.indicators) {
    const def = catalog.indicators.find((candidate) => candidate.no === indicator.no);
    const area = def?.area ?? "";
    const row: IndicatorRow = {
      no: indicator.no,
      name: def?.name ?? String(indicator.no),
      report: indicator,
      state: indicatorState(indicator),
      hasProblem: indicator.flags.some(isProblem),
    };
    const last = groups[groups.length - 1];
    if (last && last.area === area) last.rows.push(row);
    else groups.push({ area, rows: [row] });
  }
  return groups;
}

/** Keeps the rows with an error or a warning, and the areas that still have rows. */
export function onlyProblems(groups: AreaGroup[]): AreaGroup[] {
  return groups
    .map((group) => ({ ...group, rows: group.rows.filter((row) => row.hasProblem) }))
    .filter((group) => group.rows.length > 0);
}

/**
 * Counts each distinct flag once: the missing agency type is one mistake, though the engine
 * repeats its flag on the form and on both type-dependent indicators.
 */
export function countFlags(report: ScoreReport): FlagCounts {
  const all = [...report.flags, ...report.indicators.flatMap((indicator) => indicator.flags)];
  const seen = new Set<string>();
  const counts: FlagCounts = { errors: 0, warnings: 0 };
  for (const flag of all) {
    const identity = `${flag.severity}|${flag.code}|${flag.keys.join(",")}|${flag.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    if (flag.severity === "error") counts.errors++;
    if (flag.severity === "warning") counts.warnings++;
  }
  return counts;
}

export function overallStatus(counts: FlagCounts): OverallStatus {
  if (counts.errors > 0) return "errors";
  if (counts.warnings > 0) return "warnings";
  return "allGood";
}

export function unscoredCount(report: ScoreReport): number {
  return report.indicators.filter((indicator) => indicator.applicable && indicator.score === null)
    .length;
}

/** What must hold before the form is sent: warnings are to be checked but do not stop it. */
export function submissionCheck(report: ScoreReport): SubmissionCheck {
  const applicable = report.indicators.filter((indicator) => indicator.applicable);
  const scored = applicable.filter((indicator) => indicator.score !== null).length;
  const check = {
    allScored: scored === applicable.length,
    scored,
    applicable: applicable.length,
    agencyName: report.agencyName !== null && report.agencyName.trim() !== "",
    agencyType: report.agencyType !== null,
    noErrors: countFlags(report).errors === 0,
  };
  return {
    ...check,
    ready: check.allScored && check.agencyName && check.agencyType && check.noErrors,
  };
}

export function agencyTypeLabel(report: ScoreReport): string | null {
  if (report.agencyType === null) return null;
  const type = catalogFor(report).agencyTypes.find((t) => t.code === report.agencyType);
  return type?.label ?? report.agencyType;
}
