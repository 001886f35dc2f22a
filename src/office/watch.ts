// Telling the pane when an input changes, so it can score again. The pane debounces: Excel
// raises one event per edit, and a paste or a fill-down raises a burst; this side only filters,
// and calls back at once for every event that may concern an input.
import { Catalog } from "../rules/catalog";
import { areaHolds, parseAreas, splitAddress } from "./addresses";

interface Position {
  row: number;
  column: number;
}

/** Where every input cell is now, by the id of its worksheet (ids survive renaming); one sync. */
async function readPositions(
  context: Excel.RequestContext,
  catalog: Catalog
): Promise<Map<string, Position[]>> {
  const ranges = catalog.inputs.map((def) => {
    const range = context.workbook.names.getItem(def.key).getRange();
    range.load("address, rowIndex, columnIndex");
    return range;
  });
  const sheets = context.workbook.worksheets;
  sheets.load("items/id, items/name");
  await context.sync();

  const idOf = new Map(sheets.items.map((sheet) => [sheet.name, sheet.id]));
  const bySheet = new Map<string, Position[]>();
  for (const range of ranges) {
    const id = idOf.get(splitAddress(range.address).sheet) ?? "";
    const cells = bySheet.get(id) ?? [];
    cells.push({ row: range.rowIndex, column: range.columnIndex });
    bySheet.set(id, cells);
  }
  return bySheet;
}

/** A single-cell edit that left the value as it was: a format or validation change. */
function valueUnchanged(event: Excel.WorksheetChangedEventArgs): boolean {
  // `details` exists from ExcelApi 1.9, and only for edits of one cell.
  const details = event.details as Excel.ChangedEventDetail | undefined;
  if (!details) return false;
  return (
    details.valueBefore === details.valueAfter && details.valueTypeBefore === details.valueTypeAfter
  );
}

/**
 * Listens on every sheet holding an input cell (in the template only 填报数据: the form sheet
 * holds formulas, which the add-in writes itself).
 *
 * The add-in's own writes are told apart without a "writing" flag, which would also swallow an
 * edit the user makes while a pass is being written:
 * - from ExcelApi 1.14 Excel marks them (`triggerSource` "ThisLocalAddin");
 * - its formulas and notes go to the form sheet, which holds no input;
 * - on input cells it changes only fills and validation, which leave the value as it was;
 * - and a pass writes only what differs, so on older Excel, where none of this can be told, an
 *   event it caused costs one more pass that writes nothing, and the loop ends there.
 */
export async function watchInputs(
  catalog: Catalog,
  onChange: () => void
): Promise<() => Promise<void>> {
  let watched = new Map<string, Position[]>();
  // After rows or cells move, the remembered positions may be wrong until read again; until
  // then every edit on a watched sheet counts, so none is lost.
  let stale = false;

  // Two structural changes in a row start two reads; only the later one's answer is current.
  let reads = 0;

  async function refresh(): Promise<void> {
    const read = ++reads;
    try {
      const positions = await Excel.run((context) => readPositions(context, catalog));
      if (read !== reads) return;
      watched = positions;
      stale = false;
    } catch {
      // An input's name no longer resolves (its row was deleted): positions stay unknown and
      // every edit keeps counting; the pane's next pass reports the broken name.
      stale = true;
    }
  }

  function touchesInput(event: Excel.WorksheetChangedEventArgs): boolean {
    const cells = watched.get(event.worksheetId) ?? [];
    const areas = parseAreas(event.address);
    return cells.some((cell) => areas.some((area) => areaHolds(area, cell.row, cell.column)));
  }

  async function changed(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    if (event.triggerSource === "ThisLocalAddin") return;
    if (event.changeType !== "RangeEdited") {
      stale = true;
      onChange();
      await refresh();
      return;
    }
    if (valueUnchanged(event)) return;
    if (stale || touchesInput(event)) onChange();
  }

  const registrations = await Excel.run(async (context) => {
    watched = await readPositions(context, catalog);
    const handlers = [...watched.keys()].map((id) =>
      context.workbook.worksheets.getItem(id).onChanged.add(changed)
    );
    await context.sync();
    return handlers;
  });

  // Every handler was added in the one context above, so one batch removes them all.
  return async () => {
    if (registrations.length === 0) return;
    await Excel.run(registrations[0].context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    });
  };
}
