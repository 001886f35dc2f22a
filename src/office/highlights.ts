// Which input cells to colour, and which colour to give back once a value is fixed. Pure: the
// cells' fills, the report and the remembered fills in, the changes out.
import { ScoreReport, Severity } from "../rules/types";

/**
 * The add-in's own fills. Unusual shades on purpose: a cell showing exactly one of them was
 * coloured by the add-in, so a colour the user chose is never taken away.
 */
export const HIGHLIGHT_FILL: Record<"error" | "warning", string> = {
  error: "#F4B8B8",
  warning: "#FCE1A4",
};

/**
 * The template's fill of its input cells (template.ts, INPUT_FILL): given back to a highlighted
 * cell when the add-in has no record of what the cell looked like before.
 */
export const TEMPLATE_INPUT_FILL = "#FFF2CC";

/**
 * The fill each cell had before the add-in highlighted it, by input key. Kept in the
 * workbook's settings for this add-in, so it survives saving and reopening, travels with the
 * file and touches no cell.
 */
export type RememberedFills = Record<string, string>;

export const HIGHLIGHT_SETTING = "scorecard.highlightedInputs";

export interface InputFill {
  key: string;
  /** The cell's fill now, "#RRGGBB". */
  color: string;
  /** Nothing typed: no highlight, whatever the flags say. */
  blank: boolean;
}

export interface FillChange {
  key: string;
  /** The colour to set; null clears the fill. */
  color: string | null;
}

export interface HighlightPlan {
  changes: FillChange[];
  remembered: RememberedFills;
  rememberedChanged: boolean;
}

/**
 * The worst error or warning naming each input. A blank cell is not highlighted: on an empty
 * form every cell would turn red, hiding the values that are actually wrong; the yellow input
 * fill already says where to type, and the pane lists what is missing.
 */
export function flaggedInputs(report: ScoreReport): Map<string, "error" | "warning"> {
  const worst = new Map<string, "error" | "warning">();
  const flags = [...report.flags, ...report.indicators.flatMap((item) => item.flags)];
  for (const flag of flags) {
    if (!isHighlighted(flag.severity)) continue;
    for (const key of flag.keys) {
      if (worst.get(key) !== "error") worst.set(key, flag.severity);
    }
  }
  return worst;
}

function isHighlighted(severity: Severity): severity is "error" | "warning" {
  return severity === "error" || severity === "warning";
}

function isOurs(color: string): boolean {
  const upper = color.toUpperCase();
  return upper === HIGHLIGHT_FILL.error || upper === HIGHLIGHT_FILL.warning;
}

/**
 * Limitation: Office.js reports no fill and a white fill alike, as #FFFFFF (the fill pattern
 * needs ExcelApi 1.9); both are given back as no fill, so a cell filled white by hand loses
 * that fill, which only shows in its gridlines.
 */
function restored(color: string | undefined): string | null {
  const previous = (color ?? TEMPLATE_INPUT_FILL).toUpperCase();
  return previous === "#FFFFFF" ? null : previous;
}

/**
 * Highlights every flagged cell that has a value; gives a cell its remembered fill back once it
 * is no longer flagged, unless someone recoloured it meanwhile. Running it again on its own
 * result changes nothing.
 */
export function planHighlights(
  cells: InputFill[],
  flagged: Map<string, "error" | "warning">,
  remembered: RememberedFills
): HighlightPlan {
  const next: RememberedFills = { ...remembered };
  const changes: FillChange[] = [];
  for (const cell of cells) {
    const severity = cell.blank ? undefined : flagged.get(cell.key);
    const current = cell.color.toUpperCase();
    if (severity) {
      const wanted = HIGHLIGHT_FILL[severity];
      if (!isOurs(current)) next[cell.key] = current;
      if (current !== wanted) changes.push({ key: cell.key, color: wanted });
    } else if (isOurs(current)) {
      changes.push({ key: cell.key, color: restored(next[cell.key]) });
      delete next[cell.key];
    } else {
      // Someone gave the cell a colour of their own while it was highlighted: it stays.
      delete next[cell.key];
    }
  }
  const rememberedChanged = JSON.stringify(next) !== JSON.stringify(remembered);
  return { changes, remembered: next, rememberedChanged };
}

/** The remembered fills as stored in the settings, ignoring anything that is not a fill. */
export function readRemembered(stored: unknown): RememberedFills {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const fills: RememberedFills = {};
  for (const [key, color] of Object.entries(stored)) {
    if (typeof color === "string" && /^#[0-9A-Fa-f]{6}$/.test(color)) fills[key] = color;
  }
  return fills;
}
