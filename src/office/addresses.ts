// A1 addresses as Office.js hands them out ("填报数据!D6", "'My sheet'!$D$6:$D$9", "D:D") and
// references as defined names want them ('自评表'!$K$5). Rows and columns here are 0-based, as
// in Office.js `rowIndex` / `columnIndex`.

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0 for "A", 26 for "AA". */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as a reference needs it: always quoted, inner quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute one-cell reference, the shape the template's defined names have. */
export function cellReference(sheet: string, row: number, column: number): string {
  return `${quoteSheet(sheet)}!$${columnLetters(column)}$${row + 1}`;
}

/** "D6" for a cell, without the sheet and without "$". */
export function localAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Splits a sheet-qualified address into its sheet and the part after "!". */
export function splitAddress(address: string): { sheet: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", local: address };
  const raw = address.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** A rectangle of cells, bounds included. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const WHOLE = 1 << 30;

/** One end of an area: "D6", "D" (a whole column) or "6" (a whole row). */
function corner(text: string): { row: number | null; column: number | null } | null {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!match || (match[1] === "" && match[2] === "")) return null;
  return {
    column: match[1] ? columnIndex(match[1]) : null,
    row: match[2] ? Number(match[2]) - 1 : null,
  };
}

/**
 * The areas of an address such as "D6", "$D$6:$D$9", "D:D", "6:8" or "A1,C3", with or without
 * a sheet name; an area it cannot read is left out.
 */
export function parseAreas(address: string): Area[] {
  const areas: Area[] = [];
  for (const part of splitAddress(address).local.split(",")) {
    const [first, last = first] = part.trim().split(":");
    const a = corner(first);
    const b = corner(last);
    if (!a || !b) continue;
    areas.push({
      top: Math.min(a.row ?? 0, b.row ?? 0),
      left: Math.min(a.column ?? 0, b.column ?? 0),
      bottom: Math.max(a.row ?? WHOLE, b.row ?? WHOLE),
      right: Math.max(a.column ?? WHOLE, b.column ?? WHOLE),
    });
  }
  return areas;
}

export function areaHolds(area: Area, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}
