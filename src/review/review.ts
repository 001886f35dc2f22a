// The office's review: every submission re-scored with the engine, its claimed scores compared
// with the recomputed ones, and every score cell checked against the formula the rule set writes.
import { readFile } from "fs/promises";
import { scoreAgency } from "../engine/score";
import { fileText, reviewText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { indicatorFormulas, scoreName, totalFormula } from "../rules/sheet-formulas";
import { AgencyType, Flag, ScoreReport } from "../rules/types";
import { canonicalFormula } from "../workbook/formula-text";
import { readSubmission, SavedScore, Submission } from "../workbook/read";
import { SubmissionError } from "../workbook/zip-guard";

export interface Difference {
  no: number;
  claimed: number | null;
  recomputed: number | null;
  /** The score cell holding the claimed value, e.g. 自评表!K5 (not in the spec; for findings). */
  cell: string;
}

export interface Tampering {
  /** The indicator, or 0 for the 小计 cell. */
  no: number;
  cell: string;
  /** What the cell holds instead: its formula with "=", or the value typed over it. */
  formula: string;
}

export interface SubmissionReview {
  file: string;
  agencyName: string | null;
  agencyType: AgencyType | null;
  rank: number;
  claimed: { total: number | null; scores: Record<string, number | null> };
  report: ScoreReport;
  differences: Difference[];
  tampered: Tampering[];
  /** Where each input was read from ('sheet'!A1), for findings that point at a cell. */
  inputCells: Record<string, string>;
}

export interface ReviewResult {
  submissions: SubmissionReview[];
  unreadable: { file: string; reason: string }[];
}

const TOLERANCE = 1e-9;

function differs(claimed: number | null, recomputed: number | null): boolean {
  if (claimed === null || recomputed === null) return claimed !== recomputed;
  return Math.abs(claimed - recomputed) > TOLERANCE;
}

/** The formulas the rule set writes, also in canonical spelling, made once per catalog. */
const expectedFormulas = new WeakMap<Catalog, Map<number, { text: string; canonical: string }>>();

function expectedFor(catalog: Catalog): Map<number, { text: string; canonical: string }> {
  let expected = expectedFormulas.get(catalog);
  if (!expected) {
    const texts: [number, string][] = catalog.indicators.map((def) => [
      def.no,
      indicatorFormulas(def, catalog).score,
    ]);
    texts.push([0, totalFormula(catalog)]);
    expected = new Map(
      texts.map(([no, text]) => [no, { text, canonical: canonicalFormula(text) }])
    );
    expectedFormulas.set(catalog, expected);
  }
  return expected;
}

/** A score cell that does not hold the rule's formula, compared as formulas, not as text. */
function tampering(
  no: number,
  saved: SavedScore | undefined | null,
  catalog: Catalog
): Tampering | null {
  const expected = expectedFor(catalog).get(no);
  if (!saved || !expected) return null;
  const formula = saved.formula;
  const same = formula === expected.text || canonicalFormula(formula ?? "") === expected.canonical;
  if (formula !== null && same) return null;
  const content = formula !== null ? `=${formula}` : saved.shown;
  return { no, cell: `${saved.sheet}!${saved.address}`, formula: content };
}

/** Compares one read submission with the engine; rank is set once all are known. */
export function reviewSubmission(
  file: string,
  submission: Submission,
  catalog: Catalog
): SubmissionReview {
  const report = scoreAgency(submission.inputs, catalog);
  const scores: Record<string, number | null> = {};
  const differences: Difference[] = [];
  const tampered: Tampering[] = [];

  for (const item of report.indicators) {
    const saved = submission.scores.get(item.no);
    const claimed = saved?.claimed ?? null;
    scores[String(item.no)] = claimed;
    const recomputed = item.applicable ? item.score : null;
    if (differs(claimed, recomputed)) {
      const cell = saved ? `${saved.sheet}!${saved.address}` : "";
      differences.push({ no: item.no, claimed, recomputed, cell });
    }
    const found = tampering(item.no, saved, catalog);
    if (found) tampered.push(found);
  }
  const totalTampering = tampering(0, submission.total, catalog);
  if (totalTampering) tampered.push(totalTampering);

  // The tamper check is a flag too (spec, "Flags"), on the indicator whose cell was changed.
  for (const t of tampered) {
    const message = reviewText.formulaChanged(t.cell, t.formula);
    const flag: Flag = {
      severity: "warning",
      code: "formula-changed",
      keys: [t.no === 0 ? "scoreTotal" : scoreName(t.no)],
      message,
    };
    (t.no === 0 ? report.flags : report.indicators[t.no - 1].flags).push(flag);
  }

  return {
    file,
    agencyName: report.agencyName,
    agencyType: report.agencyType,
    rank: 0,
    claimed: { total: submission.total?.claimed ?? null, scores },
    report,
    differences,
    tampered,
    inputCells: Object.fromEntries(
      [...submission.inputCells].map(([key, place]) => [key, `${place.sheet}!${place.address}`])
    ),
  };
}

/** Ranks by recomputed total, highest first; equal totals share a rank; unscored come last. */
export function rank(reviews: SubmissionReview[]): SubmissionReview[] {
  const sorted = [...reviews].sort((a, b) => {
    const ta = a.report.total ?? -Infinity;
    const tb = b.report.total ?? -Infinity;
    return tb - ta || a.file.localeCompare(b.file);
  });
  sorted.forEach((review, i) => {
    const previous = sorted[i - 1];
    review.rank = previous && previous.report.total === review.report.total ? previous.rank : i + 1;
  });
  return sorted;
}

export async function reviewFiles(
  files: string[],
  catalog: Catalog,
  onProgress: (done: number) => void = () => undefined
): Promise<ReviewResult> {
  const reviews: SubmissionReview[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const [index, file] of files.entries()) {
    try {
      const submission = readSubmission(await readFile(file), catalog);
      reviews.push(reviewSubmission(file, submission, catalog));
    } catch (e) {
      // A bad file is reported and skipped; anything else is a bug and stops the run.
      const code = (e as NodeJS.ErrnoException).code;
      if (e instanceof SubmissionError) unreadable.push({ file, reason: e.message });
      else if (code) unreadable.push({ file, reason: fileText.cannotOpen(code) });
      else throw e;
    }
    onProgress(index + 1);
  }
  return { submissions: rank(reviews), unreadable };
}
