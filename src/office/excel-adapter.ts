// The WorkbookPort in Excel, through Office.js: finds the form by its defined names or by its
// header text, gives a copy that lost its names new ones, inserts the template's sheets, scores
// (scoring-pass.ts), selects a named cell and watches the inputs (watch.ts).
import { excelText } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { edition2022 } from "../rules/edition2022";
import { definedNames, FORM_SHEET, INPUT_SHEET } from "../workbook/layout";
import {
  findHeaderRow,
  HEADER_WINDOW,
  INPUT_HEADERS,
  locateForm,
  locateInputs,
  LOCATE_WINDOW,
  NameTarget,
} from "./form-finder";
import { formNames, lookUpNames, queueNames, workingNames } from "./names";
import { FormState, WorkbookPort } from "./port";
import { INSERT_SHEETS_SET, missingRequiredSets, supports } from "./requirements";
import { scorePass } from "./scoring-pass";
import { watchInputs } from "./watch";

export interface ExcelPortOptions {
  /** The template workbook (assets/template-2022.xlsx) as base64; the pane fetches it from the
   *  add-in's own origin. Called only when sheets are to be inserted. */
  loadTemplateBase64: () => Promise<string>;
  catalog?: Catalog;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The sheet to call the form among those whose header matches: the template's name first. */
function pickForm(sheetNames: string[]): string | null {
  return sheetNames.includes(FORM_SHEET) ? FORM_SHEET : (sheetNames[0] ?? null);
}

/** Queues the read of the top of every sheet, where a form's header would be. */
function readHeaderWindows(sheets: Excel.WorksheetCollection) {
  return sheets.items.map((sheet) => {
    const range = sheet.getRange(HEADER_WINDOW);
    range.load("values");
    return { name: sheet.name, range };
  });
}

type HeaderWindow = ReturnType<typeof readHeaderWindows>[number];

/** The form, by its header; the input sheet by its name, else by its own header. */
function findSheets(windows: HeaderWindow[], catalog: Catalog) {
  const holds = (candidate: HeaderWindow, headers: readonly string[]) =>
    findHeaderRow(candidate.range.values, headers) !== null;
  const form = pickForm(windows.filter((w) => holds(w, catalog.headers)).map((w) => w.name));
  const inputs =
    windows.find((w) => w.name === INPUT_SHEET) ??
    windows.find((w) => w.name !== form && holds(w, INPUT_HEADERS));
  return { form, inputs: inputs?.name ?? null };
}

async function detectForm(catalog: Catalog): Promise<FormState> {
  const missing = missingRequiredSets();
  if (missing.length > 0) return { kind: "unsupported", missing };

  return Excel.run(async (context): Promise<FormState> => {
    const items = lookUpNames(context, formNames(catalog));
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    if (workingNames(items).size === items.size) return { kind: "bound" };

    const windows = readHeaderWindows(sheets);
    await context.sync();
    const { form } = findSheets(windows, catalog);
    return form === null ? { kind: "absent" } : { kind: "unnamed", sheetName: form };
  });
}

/** Inserts the template's input sheet after the form; its cells are where the template has them. */
async function insertInputSheet(
  context: Excel.RequestContext,
  form: string,
  catalog: Catalog,
  template: () => Promise<string>
): Promise<NameTarget[]> {
  if (!supports(INSERT_SHEETS_SET)) throw new Error(excelText.errors.inputSheetMissing);
  context.workbook.insertWorksheetsFromBase64(await template(), {
    sheetNamesToInsert: [INPUT_SHEET],
    positionType: "After",
    relativeTo: form,
  });
  await context.sync();
  const inputKeys = new Set(catalog.inputs.map((def) => def.key));
  return definedNames(catalog).filter(({ name }) => inputKeys.has(name));
}

/**
 * Adds the missing names to a form found by its header text. Names that already work are kept:
 * they followed their cells wherever those moved. Broken names (#REF!) are replaced. No cell is
 * written.
 *
 * The input names need the input sheet: 填报数据 by name, else a sheet with its header. When
 * there is none, the template's input sheet is inserted next to the form and the names point
 * there: a form without its input sheet has nowhere for the raw figures the add-in scores
 * from, and the inserted sheet is blank, so nothing anyone typed is touched. Where Excel
 * cannot insert sheets, the error says to use the office's template instead.
 */
async function repairNames(catalog: Catalog, template: () => Promise<string>): Promise<void> {
  await Excel.run(async (context) => {
    let items = lookUpNames(context, formNames(catalog));
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const keep = workingNames(items);
    if (keep.size === items.size) return;

    const windows = readHeaderWindows(sheets);
    await context.sync();
    const { form, inputs } = findSheets(windows, catalog);
    if (form === null) throw new Error(excelText.errors.formNotFound);

    const formGrid = sheets.getItem(form).getRange(LOCATE_WINDOW);
    formGrid.load("values");
    const inputGrid = inputs === null ? null : sheets.getItem(inputs).getRange(LOCATE_WINDOW);
    inputGrid?.load("values");
    await context.sync();

    const formTargets = locateForm(formGrid.values, form, catalog);
    if (!formTargets.ok) throw new Error(formTargets.message);
    let inputTargets: NameTarget[];
    if (inputGrid !== null && inputs !== null) {
      const located = locateInputs(inputGrid.values, inputs, catalog);
      if (!located.ok) throw new Error(located.message);
      inputTargets = located.targets;
    } else {
      inputTargets = await insertInputSheet(context, form, catalog, template);
      // The inserted sheet may have brought names of its own along; look them up afresh.
      items = lookUpNames(context, formNames(catalog));
      await context.sync();
    }

    queueNames(context, items, [...inputTargets, ...formTargets.targets], keep);
    await context.sync();
  });
}

/**
 * Inserts the template's two sheets and points every name at them. Running it on a workbook
 * that already has a working form does nothing; a sheet of the same name that is not the form
 * is left alone, with an error saying so, rather than renamed or overwritten.
 */
async function insertForm(catalog: Catalog, template: () => Promise<string>): Promise<void> {
  if (!supports(INSERT_SHEETS_SET)) throw new Error(excelText.errors.insertUnsupported);

  await Excel.run(async (context) => {
    const items = lookUpNames(context, formNames(catalog));
    const existing = [FORM_SHEET, INPUT_SHEET].map((name) => ({
      name,
      sheet: context.workbook.worksheets.getItemOrNullObject(name),
    }));
    await context.sync();
    if (workingNames(items).size === items.size) return;
    const clash = existing.find(({ sheet }) => !sheet.isNullObject);
    if (clash) throw new Error(excelText.errors.sheetExists(clash.name));

    context.workbook.insertWorksheetsFromBase64(await template(), {
      sheetNamesToInsert: [FORM_SHEET, INPUT_SHEET],
      positionType: "End",
    });
    await context.sync();

    // Whether Excel copies the template's names along differs between hosts; either way every
    // name is made afresh, pointing at the inserted cells.
    const inserted = lookUpNames(context, formNames(catalog));
    await context.sync();
    queueNames(context, inserted, definedNames(catalog), new Set());
    context.workbook.worksheets.getItem(INPUT_SHEET).activate();
    await context.sync();
  });
}

async function selectNamed(name: string): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.names.getItem(name).getRange();
    range.worksheet.activate();
    range.select();
    try {
      await context.sync();
    } catch (error) {
      throw new Error(excelText.errors.selectFailed(name), { cause: error });
    }
  });
}

export function createExcelPort(options: ExcelPortOptions): WorkbookPort {
  const catalog = options.catalog ?? edition2022;

  async function template(): Promise<string> {
    try {
      return await options.loadTemplateBase64();
    } catch (error) {
      throw new Error(excelText.errors.templateUnavailable(detailOf(error)), { cause: error });
    }
  }

  return {
    detect: () => detectForm(catalog),
    repairNames: () => repairNames(catalog, template),
    insertForm: () => insertForm(catalog, template),
    score: () => scorePass(catalog),
    select: (name) => selectNamed(name),
    // The pane debounces: this calls back once per relevant Excel event.
    watchInputs: (onChange) => watchInputs(catalog, onChange),
  };
}
