// The explanation on each score cell, so a printed or e-mailed copy still says how every score
// was reached: a cell note where Excel has notes, a comment where it has only comments.
import { excelText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { scoreName } from "../rules/sheet-formulas";
import { Flag, ScoreReport } from "../rules/types";
import { COMMENTS_SET, NOTES_SET, supports } from "./requirements";

export interface Explanation {
  /** The defined name of the score cell it goes on. */
  name: string;
  /** The first line, by which the add-in recognises its own note again. */
  title: string;
  text: string;
}

function flagLines(flags: Flag[]): string[] {
  return flags.map((flag) => excelText.note.flag(flag.severity, flag.message));
}

/**
 * One explanation per indicator and one for the subtotal. Flags come before the explanation,
 * whose last line for an unscored indicator points at "the hints above".
 */
export function explanationsFor(report: ScoreReport, catalog: Catalog): Explanation[] {
  const notes = catalog.indicators.map((def) => {
    const item = report.indicators.find((i) => i.no === def.no);
    const title = excelText.note.title(def.no, def.name);
    const lines = item ? [...flagLines(item.flags), ...item.explanation] : [];
    return { name: scoreName(def.no), title, lines };
  });
  notes.push({
    name: "scoreTotal",
    title: excelText.note.totalTitle,
    lines: [...flagLines(report.flags), excelText.note.total(report.total, report.maxTotal)],
  });
  return notes.map(({ name, title, lines }) => ({
    name,
    title,
    text: [title, ...lines, excelText.note.generated].join("\n"),
  }));
}

/** Text with its line breaks written one way, since Excel may store them as \r\n. */
function sameLines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** An item of either collection: both have `content`, both take a plain-text string. */
interface NoteLike {
  content: string;
}

/**
 * Where explanations go in this Excel. Notes (ExcelApi 1.18) are preferred: a plain note is
 * what a reader expects on a cell, with no author or reply thread. Comments (ExcelApi 1.10) open
 * a conversation in the name of whoever scored, but they too travel with the file.
 * Limitation: Excel 2019 and other hosts below ExcelApi 1.10 get no explanation in the sheet;
 * the pane still shows every one.
 */
export type ExplanationStore =
  | { kind: "notes"; collection: Excel.NoteCollection }
  | { kind: "comments"; collection: Excel.CommentCollection }
  | { kind: "none" };

/** Opens the store and queues the load of its items' text, to be read after the next sync. */
export function openExplanationStore(context: Excel.RequestContext): ExplanationStore {
  if (supports(NOTES_SET)) {
    const collection = context.workbook.notes;
    collection.load("items/content");
    return { kind: "notes", collection };
  }
  if (supports(COMMENTS_SET)) {
    const collection = context.workbook.comments;
    collection.load("items/content");
    return { kind: "comments", collection };
  }
  return { kind: "none" };
}

/**
 * The write that puts the explanation on its cell, or null when it is there already: updates
 * the add-in's own note (found by its title line, which stays with the cell when rows move)
 * when the text differs, adds one where there is none.
 * Limitation: a note someone typed by hand on a score cell, without the title line, makes the
 * add fail; the form sheet is protected without "edit objects", so only an unprotected copy of
 * the form can have one.
 */
export function explanationWrite(
  store: ExplanationStore,
  cell: Excel.Range,
  explanation: Explanation
): (() => void) | null {
  if (store.kind === "none") return null;
  const items: NoteLike[] = store.collection.items;
  const own = items.filter((item) => item.content.startsWith(explanation.title));
  if (own.length === 0) {
    if (store.kind === "notes") return () => store.collection.add(cell, explanation.text);
    return () => store.collection.add(cell, explanation.text);
  }
  const stale = own.filter((item) => sameLines(item.content) !== sameLines(explanation.text));
  if (stale.length === 0) return null;
  return () => {
    for (const item of stale) item.content = explanation.text;
  };
}
