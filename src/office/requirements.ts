// The Excel API requirement sets the adapter relies on, checked at run time: one add-in serves
// Excel 2019, Excel 2021, Microsoft 365 and Excel on the web, and each offers a different set.

export interface RequirementSet {
  name: "ExcelApi";
  version: string;
}

/**
 * Without these the add-in cannot work at all, so detect() reports each one missing.
 * - 1.4: defined names and document settings looked up without throwing (`…OrNullObject`),
 *   `names.add`: finding, repairing and remembering.
 * - 1.7: `worksheet.onChanged`, which rescoring as the user types hangs on.
 * - 1.8: data validation on ranges, added to input cells that lack it.
 * Excel 2019 has 1.8, and every Excel without 1.8 that can load an add-in at all (Excel 2016
 * with a volume licence stops at 1.1) lacks 1.4 too, so asking for 1.8 turns nobody away who
 * could have run the add-in with less.
 */
export const REQUIRED_SETS: readonly RequirementSet[] = [
  { name: "ExcelApi", version: "1.4" },
  { name: "ExcelApi", version: "1.7" },
  { name: "ExcelApi", version: "1.8" },
];

/** Cell notes, the plain yellow notes that print and travel with the file. */
export const NOTES_SET: RequirementSet = { name: "ExcelApi", version: "1.18" };
/** Threaded comments: where notes are missing, the explanation goes into a comment instead. */
export const COMMENTS_SET: RequirementSet = { name: "ExcelApi", version: "1.10" };
/** `workbook.insertWorksheetsFromBase64`: inserting the template's sheets. */
export const INSERT_SHEETS_SET: RequirementSet = { name: "ExcelApi", version: "1.13" };

export function setLabel(set: RequirementSet): string {
  return `${set.name} ${set.version}`;
}

export function supports(set: RequirementSet): boolean {
  return Office.context.requirements.isSetSupported(set.name, set.version);
}

/** The required sets this Excel lacks, as "ExcelApi 1.8", for the pane to name. */
export function missingRequiredSets(): string[] {
  return REQUIRED_SETS.filter((set) => !supports(set)).map(setLabel);
}
