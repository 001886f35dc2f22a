// One scoring pass over the bound form, in two syncs: the first reads every input and all that
// the writes depend on, the engine scores, the second writes formulas, explanations, highlights
// and missing validation. Only what differs is written, so a pass over an unchanged form
// writes nothing and takes one sync. No cell outside the score, actual and input cells is
// touched, and no input cell's content.
import { scoreAgency } from "../engine/score";
import { excelText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { actualName, indicatorFormulas, scoreName, totalFormula } from "../rules/sheet-formulas";
import { isBlank } from "../rules/parse";
import { InputDef, RawInputs, ScoreReport } from "../rules/types";
import { canonicalFormula } from "../workbook/formula-text";
import { splitAddress } from "./addresses";
import { rawFromCell } from "./cell-values";
import {
  ExplanationStore,
  explanationsFor,
  explanationWrite,
  openExplanationStore,
} from "./explanations";
import { flaggedInputs, HIGHLIGHT_SETTING, planHighlights, readRemembered } from "./highlights";
import { ScoringResult } from "./port";
import { loadSheets, protectionBySheet, queueUnprotected, restoreProtection } from "./protection";
import { validationFor } from "./validation";

interface InputCell {
  def: InputDef;
  range: Excel.Range;
}

interface OutputCell {
  name: string;
  /** The formula the rule set writes, with its "=". */
  formula: string;
  range: Excel.Range;
}

/** A queued change, and the sheet whose protection must be lifted for it (null: none). */
interface Write {
  sheet: string | null;
  apply: () => void;
}

/** The formula of every score and measured-value cell, and of the subtotal. */
export function outputFormulas(catalog: Catalog): { name: string; formula: string }[] {
  const cells = catalog.indicators.flatMap((def) => {
    const formulas = indicatorFormulas(def, catalog);
    return [
      { name: scoreName(def.no), formula: `=${formulas.score}` },
      { name: actualName(def.no), formula: `=${formulas.actual}` },
    ];
  });
  cells.push({ name: "scoreTotal", formula: `=${totalFormula(catalog)}` });
  return cells;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sheetOf(range: Excel.Range): string {
  return splitAddress(range.address).sheet;
}

/** Everything the pass reads, queued for one sync. */
interface Reading {
  inputs: InputCell[];
  outputs: OutputCell[];
  sheets: Excel.WorksheetCollection;
  store: ExplanationStore;
  settings: Excel.SettingCollection;
  remembered: Excel.Setting;
}

function queueReading(context: Excel.RequestContext, catalog: Catalog): Reading {
  const workbook = context.workbook;
  const inputs = catalog.inputs.map((def) => {
    const range = workbook.names.getItem(def.key).getRange();
    range.load("address, values, valueTypes");
    range.format.fill.load("color");
    range.dataValidation.load("type");
    return { def, range };
  });
  const outputs = outputFormulas(catalog).map(({ name, formula }) => {
    const range = workbook.names.getItem(name).getRange();
    range.load("address, formulas");
    return { name, formula, range };
  });
  const remembered = workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  remembered.load("value");
  return {
    inputs,
    outputs,
    sheets: loadSheets(context),
    store: openExplanationStore(context),
    settings: workbook.settings,
    remembered,
  };
}

function rawInputs(inputs: InputCell[]): RawInputs {
  const raw: RawInputs = {};
  for (const { def, range } of inputs) {
    raw[def.key] = rawFromCell(range.values[0][0], range.valueTypes[0][0]);
  }
  return raw;
}

/**
 * Formulas are compared as formulas, as the review does: one that Excel gives back in another
 * spelling (case, spaces, number forms) is left alone; anything else is written again.
 */
function formulaWrites(outputs: OutputCell[]): Write[] {
  return outputs
    .filter(
      (cell) =>
        canonicalFormula(String(cell.range.formulas[0][0])) !== canonicalFormula(cell.formula)
    )
    .map((cell) => ({
      sheet: sheetOf(cell.range),
      apply: () => {
        cell.range.formulas = [[cell.formula]];
      },
    }));
}

function explanationWrites(reading: Reading, report: ScoreReport, catalog: Catalog): Write[] {
  const rangeOf = new Map(reading.outputs.map((cell) => [cell.name, cell.range]));
  return explanationsFor(report, catalog).flatMap((explanation) => {
    const range = rangeOf.get(explanation.name) as Excel.Range;
    const apply = explanationWrite(reading.store, range, explanation);
    return apply ? [{ sheet: sheetOf(range), apply }] : [];
  });
}

function highlightWrites(reading: Reading, raw: RawInputs, report: ScoreReport): Write[] {
  const fills = reading.inputs.map(({ def, range }) => ({
    key: def.key,
    color: range.format.fill.color,
    blank: isBlank(raw[def.key]),
  }));
  const stored = reading.remembered;
  const remembered = readRemembered(stored.isNullObject ? undefined : stored.value);
  const plan = planHighlights(fills, flaggedInputs(report), remembered);

  const rangeOf = new Map(reading.inputs.map(({ def, range }) => [def.key, range]));
  const writes: Write[] = plan.changes.map(({ key, color }) => {
    const range = rangeOf.get(key) as Excel.Range;
    const fill = range.format.fill;
    const apply = () => {
      if (color === null) fill.clear();
      else fill.color = color;
    };
    return { sheet: sheetOf(range), apply };
  });
  if (plan.rememberedChanged) {
    const settings = reading.settings;
    writes.push({ sheet: null, apply: () => settings.add(HIGHLIGHT_SETTING, plan.remembered) });
  }
  return writes;
}

function validationWrites(inputs: InputCell[], catalog: Catalog): Write[] {
  return inputs.flatMap(({ def, range }) => {
    if (range.dataValidation.type !== "None") return [];
    const validation = validationFor(def, splitAddress(range.address).local, catalog);
    if (!validation) return [];
    const apply = () => {
      range.dataValidation.ignoreBlanks = true;
      range.dataValidation.rule = validation.rule;
      range.dataValidation.prompt = validation.prompt;
      range.dataValidation.errorAlert = validation.errorAlert;
    };
    return [{ sheet: sheetOf(range), apply }];
  });
}

/** Queues the writes inside lifted protection and syncs; a failure leaves the sheets locked. */
async function applyWrites(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  writes: Write[]
): Promise<void> {
  const touched = writes.flatMap((write) => (write.sheet === null ? [] : [write.sheet]));
  const lifted = queueUnprotected(context, protectionBySheet(sheets), touched, () => {
    for (const write of writes) write.apply();
  });
  try {
    await context.sync();
  } catch (error) {
    await restoreProtection(lifted);
    throw new Error(excelText.errors.writeFailed(detailOf(error)), { cause: error });
  }
}

export async function scorePass(catalog: Catalog): Promise<ScoringResult> {
  return Excel.run(async (context) => {
    let reading: Reading;
    try {
      reading = queueReading(context, catalog);
      await context.sync();
    } catch (error) {
      throw new Error(excelText.errors.namesMissing(detailOf(error)), { cause: error });
    }

    const raw = rawInputs(reading.inputs);
    const report = scoreAgency(raw, catalog);

    const writes = [
      ...formulaWrites(reading.outputs),
      ...explanationWrites(reading, report, catalog),
      ...highlightWrites(reading, raw, report),
      ...validationWrites(reading.inputs, catalog),
    ];
    if (writes.length > 0) await applyWrites(context, reading.sheets, writes);
    return { report, inputs: raw };
  });
}
