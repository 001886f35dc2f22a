// Writing into the protected form. The template protects both sheets without a password, so
// reviewers can trust that nobody typed over a formula; the add-in lifts protection only inside
// its own write batch and puts it back, with the options it had, in the same batch.

export interface SheetProtection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** Queues the load of every sheet's name and protection (there are few sheets). */
export function loadSheets(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/protection/protected, items/protection/options");
  return sheets;
}

/** The protection of each sheet, by name, once `loadSheets` has been synced. */
export function protectionBySheet(sheets: Excel.WorksheetCollection): Map<string, SheetProtection> {
  return new Map(
    sheets.items.map((sheet) => [
      sheet.name,
      { protected: sheet.protection.protected, options: sheet.protection.options },
    ])
  );
}

/**
 * Queues `write` between lifting and restoring the protection of the sheets it writes to.
 * Lifting comes first in the batch, so if a sheet turns out to have a password after all,
 * Excel stops there and nothing is half written. Returns the sheets that were lifted.
 */
export function queueUnprotected(
  context: Excel.RequestContext,
  protections: Map<string, SheetProtection>,
  sheetNames: Iterable<string>,
  write: () => void
): { name: string; options: Excel.WorksheetProtectionOptions }[] {
  const lifted = [...new Set(sheetNames)]
    .map((name) => ({ name, state: protections.get(name) }))
    .filter(({ state }) => state?.protected)
    .map(({ name, state }) => ({ name, options: (state as SheetProtection).options }));
  for (const { name } of lifted) context.workbook.worksheets.getItem(name).protection.unprotect();
  write();
  for (const { name, options } of lifted) {
    context.workbook.worksheets.getItem(name).protection.protect(options);
  }
  return lifted;
}

/**
 * After a write batch failed part-way: protects again every lifted sheet that is now open, so
 * a failure never leaves the form unprotected.
 */
export async function restoreProtection(
  lifted: { name: string; options: Excel.WorksheetProtectionOptions }[]
): Promise<void> {
  if (lifted.length === 0) return;
  await Excel.run(async (context) => {
    const states = lifted.map(({ name, options }) => {
      const protection = context.workbook.worksheets.getItem(name).protection;
      protection.load("protected");
      return { protection, options };
    });
    await context.sync();

    for (const { protection, options } of states) {
      if (!protection.protected) protection.protect(options);
    }
    await context.sync();
  });
}
