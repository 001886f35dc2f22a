// The workbook-level defined names that bind the add-in to the form: looking them up without
// errors, telling a working name from a broken one, and pointing names at cells.
import { Catalog } from "../rules/catalog";
import { definedNames } from "../workbook/layout";
import { NameTarget } from "./form-finder";

/** Every name of the spec, in the template's order: inputs, then score and actual cells, total. */
export function formNames(catalog: Catalog): string[] {
  return definedNames(catalog).map((entry) => entry.name);
}

/** Queues a lookup of each name; read `isNullObject` and `type` after the next sync. */
export function lookUpNames(
  context: Excel.RequestContext,
  names: string[]
): Map<string, Excel.NamedItem> {
  const items = new Map<string, Excel.NamedItem>();
  for (const name of names) {
    const item = context.workbook.names.getItemOrNullObject(name);
    item.load("type");
    items.set(name, item);
  }
  return items;
}

/**
 * A name that points at cells. A name whose sheet was deleted still exists but has become an
 * error (#REF!): it binds nothing and counts as missing.
 */
export function isWorking(item: Excel.NamedItem): boolean {
  return !item.isNullObject && item.type === "Range";
}

/** The names, among those looked up, that work. */
export function workingNames(items: Map<string, Excel.NamedItem>): Set<string> {
  return new Set([...items].filter(([, item]) => isWorking(item)).map(([name]) => name));
}

/**
 * Queues names pointing at their targets, except those in `keep`. A broken name of the same
 * name is deleted first, since `add` fails on a name that exists. The items must have been
 * looked up and synced.
 */
export function queueNames(
  context: Excel.RequestContext,
  items: Map<string, Excel.NamedItem>,
  targets: NameTarget[],
  keep: Set<string>
): void {
  for (const { name, ref } of targets) {
    if (keep.has(name)) continue;
    const existing = items.get(name);
    if (existing && !existing.isNullObject) existing.delete();
    context.workbook.names.add(name, `=${ref}`);
  }
}
