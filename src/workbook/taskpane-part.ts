// Attaches the add-in's task pane to an .xlsx file so that Excel opens the pane with the
// workbook (the "autoopen" feature), even before anyone has inserted the add-in by hand. Excel
// finds the pane through parts that only a file writer can add: a task-panes part linked from
// the package root, and the web-extension part it links to, which names the add-in and the
// catalog that serves its manifest.

import { randomUUID } from "crypto";
import JSZip from "jszip";

export interface TaskPaneReference {
  /** The add-in's GUID from manifest.xml (ADDIN_ID). */
  addinId: string;
  /** The add-in's version from manifest.xml (ADDIN_VERSION). */
  version: string;
  /** Where Office finds the manifest: "EXCatalog", a "\\server\share" path, "developer", … */
  store: string;
  /** The kind of catalog: "EXCatalog", "FileSystem", "Registry" or "OMEX". */
  storeType: string;
  /** Task pane width in pixels; 350 when not given. */
  width?: number;
}

const DEFAULT_WIDTH = 350;

const WEBEXTENSION_NAMESPACE =
  "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const TASKPANES_NAMESPACE = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const OFFICE_RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/package/2006/relationships";

const TASKPANES_RELATIONSHIP =
  "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const WEBEXTENSION_RELATIONSHIP =
  "http://schemas.microsoft.com/office/2011/relationships/webextension";
const TASKPANES_CONTENT_TYPE = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WEBEXTENSION_CONTENT_TYPE = "application/vnd.ms-office.webextension+xml";

// The manifest names the same id in its ShowTaskpane action; Office opens that pane when a
// document's web extension carries this property set to "true".
const AUTO_SHOW_PROPERTY = "Office.AutoShowTaskpaneWithDocument";

const CONTENT_TYPES_PART = "[Content_Types].xml";
const ROOT_RELATIONSHIPS_PART = "_rels/.rels";
const TASKPANES_PART = "xl/webextensions/taskpanes.xml";
const WEBEXTENSION_PART = "xl/webextensions/webextension1.xml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

/**
 * Returns a copy of `xlsx` whose task pane opens with the workbook; replaces any earlier one.
 * Call it on the finished file: exceljs drops these parts when it loads and saves a workbook.
 */
export async function attachTaskPane(
  xlsx: Buffer | Uint8Array,
  ref: TaskPaneReference
): Promise<Buffer> {
  checkReference(ref);
  const zip = await loadPackage(xlsx);
  const contentTypes = await readRequired(zip, CONTENT_TYPES_PART);
  const rootRelationships = await readRequired(zip, ROOT_RELATIONSHIPS_PART);

  const previous = await findTaskPaneParts(zip, rootRelationships);
  const instanceId = previous.instanceId ?? `{${randomUUID().toUpperCase()}}`;
  const replaced = new Set([...previous.parts, TASKPANES_PART, WEBEXTENSION_PART].map(partKey));
  const relationshipsWithout = removeElements(rootRelationships, "Relationship", (attributes) =>
    sameText(attributes.get("Type"), TASKPANES_RELATIONSHIP)
  );
  const typesWithout = removeElements(contentTypes, "Override", (attributes) =>
    replaced.has(partKey(attributes.get("PartName") ?? ""))
  );

  for (const part of previous.parts) removeEntry(zip, part);
  replaceEntry(zip, ROOT_RELATIONSHIPS_PART, withTaskPaneRelationship(relationshipsWithout));
  replaceEntry(zip, CONTENT_TYPES_PART, withTaskPaneOverrides(typesWithout));
  zip.file(TASKPANES_PART, taskPanesXml(ref.width ?? DEFAULT_WIDTH));
  zip.file(relationshipsPartOf(TASKPANES_PART), taskPanesRelationshipsXml());
  zip.file(WEBEXTENSION_PART, webExtensionXml(instanceId, ref));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The add-in whose task pane opens with the workbook, as attachTaskPane wrote it; null when the
 * file has no task pane, or none marked to open automatically.
 */
export async function readTaskPane(xlsx: Buffer | Uint8Array): Promise<TaskPaneReference | null> {
  const zip = await loadPackage(xlsx);
  const rootRelationships = await readRequired(zip, ROOT_RELATIONSHIPS_PART);

  for (const taskPanesPart of relationshipTargets(rootRelationships, "", TASKPANES_RELATIONSHIP)) {
    const taskPanes = await readOptional(zip, taskPanesPart);
    const links = await readOptional(zip, relationshipsPartOf(taskPanesPart));
    if (taskPanes === null || links === null) continue;
    for (const pane of elements(taskPanes, "taskpane")) {
      const found = await readPane(zip, pane, links, folderOf(taskPanesPart));
      if (found !== null) return found;
    }
  }
  return null;
}

function checkReference(ref: TaskPaneReference): void {
  for (const key of ["addinId", "version", "store", "storeType"] as const) {
    if (typeof ref[key] !== "string" || ref[key].trim() === "") {
      throw new Error(`attachTaskPane: the task pane reference needs a non-empty ${key}`);
    }
  }
  if (ref.width !== undefined && !(Number.isFinite(ref.width) && ref.width > 0)) {
    throw new Error(`attachTaskPane: width must be a positive number of pixels, not ${ref.width}`);
  }
}

// ---- Reading the parts back ----

async function readPane(
  zip: JSZip,
  pane: XmlElement,
  links: string,
  folder: string
): Promise<TaskPaneReference | null> {
  const link = elements(pane.body, "webextensionref")[0];
  const linkId = link === undefined ? undefined : attributeByLocalName(link.attributes, "id");
  const target = relationshipTargets(links, folder, WEBEXTENSION_RELATIONSHIP, linkId)[0];
  const extension = target === undefined ? null : await readOptional(zip, target);
  if (extension === null || !opensWithDocument(extension)) return null;

  const reference = elements(extension, "reference")[0]?.attributes;
  if (reference === undefined) return null;
  const width = Number(pane.attributes.get("width"));
  return {
    addinId: reference.get("id") ?? "",
    version: reference.get("version") ?? "",
    store: reference.get("store") ?? "",
    storeType: reference.get("storeType") ?? "",
    width: Number.isFinite(width) ? width : DEFAULT_WIDTH,
  };
}

function opensWithDocument(webExtension: string): boolean {
  return elements(webExtension, "property").some(
    (property) =>
      property.attributes.get("name") === AUTO_SHOW_PROPERTY &&
      sameText(property.attributes.get("value"), "true")
  );
}

/** Every part that makes up the task panes already in the file, and the instance id to keep. */
async function findTaskPaneParts(
  zip: JSZip,
  rootRelationships: string
): Promise<{ parts: string[]; instanceId: string | null }> {
  const parts: string[] = [];
  let instanceId: string | null = null;
  for (const taskPanesPart of relationshipTargets(rootRelationships, "", TASKPANES_RELATIONSHIP)) {
    const linksPart = relationshipsPartOf(taskPanesPart);
    parts.push(taskPanesPart, linksPart);
    const links = (await readOptional(zip, linksPart)) ?? "";
    const extensions = relationshipTargets(
      links,
      folderOf(taskPanesPart),
      WEBEXTENSION_RELATIONSHIP
    );
    for (const extension of extensions) {
      // Limitation: parts that a web extension's own relationships point to (a snapshot image)
      // stay in the package, unreferenced; Excel writes none for a task pane.
      parts.push(extension, relationshipsPartOf(extension));
      const xml = await readOptional(zip, extension);
      instanceId ??=
        xml === null ? null : (elements(xml, "webextension")[0]?.attributes.get("id") ?? null);
    }
  }
  return { parts, instanceId };
}

// ---- Writing the parts ----

function webExtensionXml(instanceId: string, ref: TaskPaneReference): string {
  const reference = attributesXml([
    ["id", ref.addinId],
    ["version", ref.version],
    ["store", ref.store],
    ["storeType", ref.storeType],
  ]);
  return [
    XML_DECLARATION,
    `<we:webextension xmlns:we="${WEBEXTENSION_NAMESPACE}" id="${escapeAttribute(instanceId)}">`,
    `<we:reference${reference}/>`,
    "<we:alternateReferences/>",
    `<we:properties><we:property name="${AUTO_SHOW_PROPERTY}" value="true"/></we:properties>`,
    "<we:bindings/>",
    `<we:snapshot xmlns:r="${OFFICE_RELATIONSHIPS_NAMESPACE}"/>`,
    "</we:webextension>",
  ].join("");
}

// visibility="1" opens the pane the first time the workbook is opened, after the user agrees to
// trust the add-in; with "0" the user would first have to insert the add-in from the ribbon.
// Limitation: with "1", Office.js can no longer turn the automatic opening off for the user.
function taskPanesXml(width: number): string {
  const pane = attributesXml([
    ["dockstate", "right"],
    ["visibility", "1"],
    ["width", String(width)],
    ["row", "1"],
  ]);
  return [
    XML_DECLARATION,
    `<wetp:taskpanes xmlns:wetp="${TASKPANES_NAMESPACE}">`,
    `<wetp:taskpane${pane}>`,
    `<wetp:webextensionref xmlns:r="${OFFICE_RELATIONSHIPS_NAMESPACE}" r:id="rId1"/>`,
    "</wetp:taskpane>",
    "</wetp:taskpanes>",
  ].join("");
}

function taskPanesRelationshipsXml(): string {
  const target = WEBEXTENSION_PART.slice(folderOf(TASKPANES_PART).length);
  return [
    XML_DECLARATION,
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}">`,
    relationshipXml("rId1", WEBEXTENSION_RELATIONSHIP, target),
    "</Relationships>",
  ].join("");
}

function relationshipXml(id: string, type: string, target: string): string {
  const attributes = attributesXml([
    ["Id", id],
    ["Type", type],
    ["Target", target],
  ]);
  return `<Relationship${attributes}/>`;
}

function withTaskPaneRelationship(rootRelationships: string): string {
  const taken = new Set(
    elements(rootRelationships, "Relationship").map((r) => r.attributes.get("Id"))
  );
  let n = 1;
  while (taken.has(`rId${n}`)) n += 1;
  const relationship = relationshipXml(`rId${n}`, TASKPANES_RELATIONSHIP, TASKPANES_PART);
  return insertBeforeClosingTag(rootRelationships, "Relationships", relationship);
}

function withTaskPaneOverrides(contentTypes: string): string {
  const overrides =
    `<Override PartName="/${TASKPANES_PART}" ContentType="${TASKPANES_CONTENT_TYPE}"/>` +
    `<Override PartName="/${WEBEXTENSION_PART}" ContentType="${WEBEXTENSION_CONTENT_TYPE}"/>`;
  return insertBeforeClosingTag(contentTypes, "Types", overrides);
}

// Limitation: the package parts are expected with their namespace as the default one, as Excel,
// exceljs and every other writer seen save them; a prefixed </pkg:Types> is not recognised.
function insertBeforeClosingTag(xml: string, name: string, insertion: string): string {
  const at = xml.lastIndexOf(`</${name}>`);
  if (at < 0) throw new Error(`attachTaskPane: the package part has no </${name}> closing tag`);
  return xml.slice(0, at) + insertion + xml.slice(at);
}

// ---- The zip package ----

async function loadPackage(xlsx: Buffer | Uint8Array): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(xlsx);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`Not an .xlsx file: the data is not a zip archive (${reason})`, { cause });
  }
  if (findEntry(zip, CONTENT_TYPES_PART) === null) {
    throw new Error(`Not an .xlsx file: the zip archive has no ${CONTENT_TYPES_PART}`);
  }
  return zip;
}

async function readRequired(zip: JSZip, part: string): Promise<string> {
  const text = await readOptional(zip, part);
  if (text === null) throw new Error(`Not an .xlsx file: the zip archive has no ${part}`);
  return text;
}

async function readOptional(zip: JSZip, part: string): Promise<string | null> {
  const entry = findEntry(zip, part);
  return entry === null ? null : entry.async("string");
}

// Part names compare without regard to case in Office Open XML, zip entry names do not.
function findEntry(zip: JSZip, part: string): JSZip.JSZipObject | null {
  const exact = zip.file(part);
  if (exact !== null) return exact;
  const key = partKey(part);
  const name = Object.keys(zip.files).find((entry) => partKey(entry) === key);
  return name === undefined ? null : zip.file(name);
}

function removeEntry(zip: JSZip, part: string): void {
  const entry = findEntry(zip, part);
  if (entry !== null) zip.remove(entry.name);
}

// Keeping the entry's name and date leaves the rewritten part where and as it was in the zip.
function replaceEntry(zip: JSZip, part: string, text: string): void {
  const entry = findEntry(zip, part);
  zip.file(entry?.name ?? part, text, entry === null ? {} : { date: entry.date });
}

// ---- Part names and relationships ----

function partKey(name: string): string {
  return name.replace(/^\//, "").toLowerCase();
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Targets, as zip entry names, of the relationships of one type (and id, when given). */
function relationshipTargets(
  relationships: string,
  sourceFolder: string,
  type: string,
  id?: string
): string[] {
  return elements(relationships, "Relationship")
    .map((relationship) => relationship.attributes)
    .filter((a) => sameText(a.get("Type"), type) && a.get("TargetMode") !== "External")
    .filter((a) => id === undefined || a.get("Id") === id)
    .map((a) => resolveTarget(sourceFolder, a.get("Target") ?? ""));
}

function resolveTarget(sourceFolder: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : sourceFolder + target;
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

// ---- Just enough XML ----
// These parts are small, flat and machine-written, so a scan of their tags stands in for a
// parser, which would be a new dependency.
// Limitation: elements are matched by local name whatever their prefix, and namespaces are not
// checked; comments and CDATA sections are not understood.

interface XmlElement {
  attributes: Map<string, string>;
  /** What stands between the start and end tags; empty for an empty-element tag. */
  body: string;
  start: number;
  end: number;
}

const NAME = "[A-Za-z_][\\w.-]*";
const ATTRIBUTE = `\\s+${NAME}(?::${NAME})?\\s*=\\s*(?:"[^"]*"|'[^']*')`;

function elements(xml: string, localName: string): XmlElement[] {
  const startTag = new RegExp(`<((?:${NAME}:)?${localName})((?:${ATTRIBUTE})*)\\s*(/?)>`, "g");
  const found: XmlElement[] = [];
  for (let match = startTag.exec(xml); match !== null; match = startTag.exec(xml)) {
    const [tag, qualifiedName, attributeText, selfClosing] = match;
    const bodyStart = match.index + tag.length;
    const closing = selfClosing ? -1 : xml.indexOf(`</${qualifiedName}>`, bodyStart);
    const bodyEnd = closing < 0 ? bodyStart : closing;
    const end = closing < 0 ? bodyStart : closing + qualifiedName.length + 3;
    found.push({
      attributes: parseAttributes(attributeText),
      body: xml.slice(bodyStart, bodyEnd),
      start: match.index,
      end,
    });
    startTag.lastIndex = end;
  }
  return found;
}

function removeElements(
  xml: string,
  localName: string,
  shouldRemove: (attributes: Map<string, string>) => boolean
): string {
  let kept = "";
  let from = 0;
  for (const element of elements(xml, localName)) {
    if (!shouldRemove(element.attributes)) continue;
    kept += xml.slice(from, element.start);
    from = element.end;
  }
  return kept + xml.slice(from);
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const attribute = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = attribute.exec(text); match !== null; match = attribute.exec(text)) {
    attributes.set(match[1], unescapeXml(match[2] ?? match[3]));
  }
  return attributes;
}

function attributeByLocalName(
  attributes: Map<string, string>,
  localName: string
): string | undefined {
  for (const [name, value] of attributes) {
    if (name.startsWith("xmlns")) continue;
    if (name === localName || name.endsWith(`:${localName}`)) return value;
  }
  return undefined;
}

function attributesXml(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
}

// Tabs and line breaks are written as character references because a parser would otherwise
// turn them into spaces inside an attribute value.
function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
    if (!entity.startsWith("#")) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    // A reference beyond Unicode is a broken file; it is kept as written rather than thrown on.
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
