// A small reader for the parts of a saved workbook the review needs: defined names, sheets, and
// each cell's formula and saved value. It inflates only those parts, with Node's zlib, so the
// office can check a thousand submissions in seconds; writing still goes through exceljs.
import { inflateRawSync } from "zlib";
import { SubmissionError, ZipEntry } from "./zip-guard";

/** One cell as saved: its value (the cached result for a formula) and its formula. */
export interface SavedCell {
  value: number | string | boolean | undefined;
  /** Without "=", or null for a typed value. */
  formula: string | null;
}

export interface SavedSheet {
  name: string;
  cell(address: string): SavedCell | undefined;
  /** Rows in order, each with its cells by column letters. */
  rows(): [number, Map<string, SavedCell>][];
}

export interface SavedWorkbook {
  sheets: SavedSheet[];
  sheet(name: string): SavedSheet | undefined;
  /** The reference a workbook-level defined name points at, e.g. 'Sheet'!$A$1. */
  definedName(name: string): string | undefined;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES[entity] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/** The text of every <t> in a fragment: a plain or a rich-text string. */
function textRuns(xml: string): string {
  let text = "";
  for (const match of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>|<t\s*\/>/g))
    text += unescapeXml(match[1] ?? "");
  return text;
}

function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\s*\/>/g)].map((m) => textRuns(m[1] ?? ""));
}

function parseCell(tag: string, body: string, strings: string[]): SavedCell {
  const type = attribute(tag, "t");
  const formulaMatch = /<f(?:\s[^>]*)?>([^<]*)<\/f>/.exec(body);
  // Limitation: a shared formula's dependent cells (<f t="shared" si="…"/>) carry no text of
  // their own; they read as having no formula. The form's score cells each have their own.
  const formula = formulaMatch ? unescapeXml(formulaMatch[1]) : null;
  const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
  let value: SavedCell["value"];
  if (type === "inlineStr") value = textRuns(body);
  else if (raw === undefined) value = undefined;
  else if (type === "s") value = strings[Number(raw)];
  else if (type === "b") value = raw === "1";
  else if (type === "str" || type === "e") value = unescapeXml(raw);
  else value = Number(raw);
  return { value, formula };
}

function parseSheet(name: string, xml: string, strings: string[]): SavedSheet {
  const cells = new Map<string, SavedCell>();
  const rows = new Map<number, Map<string, SavedCell>>();
  for (const match of xml.matchAll(/<c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = ` ${match[1]}`;
    const address = attribute(tag, "r");
    if (!address) continue;
    const cell = parseCell(tag, match[2] ?? "", strings);
    cells.set(address, cell);
    const [, column, row] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
    if (!column) continue;
    if (!rows.has(Number(row))) rows.set(Number(row), new Map());
    rows.get(Number(row))?.set(column, cell);
  }
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]);
  return { name, cell: (address) => cells.get(address), rows: () => ordered };
}

export function openWorkbook(
  data: Buffer,
  entries: ZipEntry[],
  corrupt: (detail: string) => string
): SavedWorkbook {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const part = (name: string): string | undefined => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    try {
      const start =
        entry.offset +
        30 +
        data.readUInt16LE(entry.offset + 26) +
        data.readUInt16LE(entry.offset + 28);
      const bytes = data.subarray(start, start + entry.compressedSize);
      return (entry.method === 0 ? bytes : inflateRawSync(bytes)).toString("utf8");
    } catch (e) {
      throw new SubmissionError(corrupt(`${name}: ${(e as Error).message}`));
    }
  };

  const workbookXml = part("xl/workbook.xml") ?? "";
  const relations = new Map<string, string>();
  for (const match of (part("xl/_rels/workbook.xml.rels") ?? "").matchAll(
    /<Relationship\s[^>]*>/g
  )) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id && target) relations.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const strings = parseSharedStrings(part("xl/sharedStrings.xml"));

  const sheets: SavedSheet[] = [];
  for (const match of workbookXml.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const target = relations.get(attribute(match[0], "r:id") ?? "");
    const xml = target ? part(target) : undefined;
    if (name && xml !== undefined) sheets.push(parseSheet(name, xml, strings));
  }

  const names = new Map<string, string>();
  for (const match of workbookXml.matchAll(/<definedName\s([^>]*)>([^<]*)<\/definedName>/g)) {
    const tag = ` ${match[1]}`;
    // Sheet-level names (localSheetId) are not the form's names, which are workbook-level.
    if (attribute(tag, "localSheetId") === undefined)
      names.set(attribute(tag, "name") ?? "", unescapeXml(match[2]));
  }
  return {
    sheets,
    sheet: (name) => sheets.find((s) => s.name === name),
    definedName: (name) =>
      names.get(name) ??
      [...names.entries()].find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1],
  };
}
