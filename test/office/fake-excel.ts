// A fake Excel for the adapter's tests, built from office-addin-mock's OfficeMockObject: the
// proxies hold the template's cells and names, properties read as the mock's error strings
// until loaded and synced, and every write is recorded with the cell it went to and whether
// that cell's sheet was protected at the time. Syncs are counted.
import { OfficeMockObject } from "office-addin-mock";
import { EMPTY_CELL, valueTypeOf } from "./cell-model";
import type { SheetModel, WorkbookModel } from "./template-model";

type Node = OfficeMockObject;

interface PropertyMock {
  _value: unknown;
  _valueBeforeLoaded: unknown;
}

interface MockInternals {
  addMock(name: string): void;
  setValue(name: string, value: unknown): void;
  _properties: Map<string, PropertyMock>;
}

export const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

function internals(node: Node): MockInternals {
  return node as unknown as MockInternals;
}

function child(parent: Node, key: string): Node {
  internals(parent).addMock(key);
  return parent[key] as Node;
}

function scalars(node: Node, values: Record<string, unknown>): Node {
  for (const [key, value] of Object.entries(values)) internals(node).setValue(key, value);
  return node;
}

/** What the cell really holds now, loaded or not. */
export function truth(node: Node, key: string): unknown {
  return internals(node)._properties.get(key)?._valueBeforeLoaded;
}

/** Sets what a property really holds, as Excel itself would (not a write by the add-in). */
function settle(node: Node, key: string, value: unknown) {
  internals(node).setValue(key, value);
}

export interface Write {
  sheet: string;
  cell: string;
  property: string;
  value: unknown;
  whileProtected: boolean;
}

export interface Call {
  method: string;
  sheet?: string;
  cell?: string;
  args: unknown[];
}

export interface Note {
  cell: string;
  content: string;
}

export interface FakeOptions {
  /** The highest ExcelApi version this Excel supports, e.g. "1.18". */
  api?: string;
  /** The workbook insertWorksheetsFromBase64 inserts from. */
  template?: WorkbookModel;
  /** Whether inserting sheets also brings the source's names (hosts differ). */
  insertBringsNames?: boolean;
}

function versionAtMost(version: string, highest: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [x, y] = highest.split(".").map(Number);
  return a < x || (a === x && b <= y);
}

function cellParts(address: string): { row: number; column: number } {
  const [, letters, digits] = /^\$?([A-Z]+)\$?(\d+)$/.exec(address) as RegExpExecArray;
  let column = 0;
  for (const ch of letters) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(digits) - 1, column: column - 1 };
}

function letters(column: number): string {
  let text = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

/** Excel quotes a sheet name in an address only where it must. */
function qualified(sheet: string, local: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) ? `${sheet}!${local}` : `'${sheet}'!${local}`;
}

function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^=/, "")
    .replace(/^'(.*)'$/, "$1");
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
}

interface SheetState {
  model: SheetModel;
  id: string;
  node: Node;
  cellNodes: Map<string, Node>;
  handlers: ((event: Excel.WorksheetChangedEventArgs) => Promise<unknown>)[];
}

export class FakeExcel {
  readonly calls: Call[] = [];
  readonly writes: Write[] = [];
  readonly notes: Note[] = [];
  readonly comments: Note[] = [];
  syncs = 0;
  /**
   * Commands that fail when their batch runs, e.g. "notes.add". As in Excel, the commands
   * queued after a failing one in the same batch are not carried out, and the sync throws.
   */
  readonly failing = new Set<string>();

  readonly excel: Node;
  readonly office: Node;
  private readonly context: Node;
  private readonly workbook: Node;
  private readonly sheets: SheetState[] = [];
  private readonly nameNodes = new Map<string, Node>();
  private readonly settingNodes = new Map<string, Node>();
  private readonly api: string;
  /** The failure that stopped the current batch; what follows it is not carried out. */
  private halted: Error | null = null;
  private counter = 0;

  constructor(
    private readonly model: WorkbookModel,
    private readonly options: FakeOptions = {}
  ) {
    this.api = options.api ?? "1.18";
    this.office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === "ExcelApi" && versionAtMost(version, this.api),
        },
      },
    });

    this.excel = new OfficeMockObject();
    this.context = child(this.excel, "context");
    internals(this.excel).setValue(
      "run",
      async (first: unknown, second?: (context: Node) => Promise<unknown>) => {
        const batch = typeof first === "function" ? first : second;
        return (batch as (context: Node) => Promise<unknown>)(this.context);
      }
    );
    const sync = OfficeMockObject.prototype.sync;
    this.context.sync = async () => {
      this.syncs += 1;
      const failure = this.halted;
      this.halted = null;
      await sync.call(this.context);
      if (failure) throw failure;
    };

    this.workbook = child(this.context, "workbook");
    this.buildWorksheets();
    this.buildNames();
    this.buildSettings();
    this.buildNotes("notes", this.notes);
    this.buildNotes("comments", this.comments);
    internals(this.workbook).setValue(
      "insertWorksheetsFromBase64",
      (base64: string, options: Excel.InsertWorksheetOptions) => {
        if (!this.carriesOut("insertWorksheetsFromBase64")) return { value: [] };
        this.calls.push({ method: "insertWorksheetsFromBase64", args: [base64, options] });
        this.insertSheets(options.sheetNamesToInsert ?? []);
        return { value: [] };
      }
    );
    for (const sheet of model.sheets) this.addSheet(sheet);
  }

  /** Makes this fake the `Excel` and `Office` globals the adapter talks to. */
  install(): this {
    const globals = globalThis as unknown as Record<string, unknown>;
    globals.Excel = this.excel;
    globals.Office = this.office;
    return this;
  }

  /** False when the batch has stopped, or when `method` is set to fail (which stops it). */
  private carriesOut(method: string): boolean {
    if (this.halted) return false;
    if (!this.failing.has(method)) return true;
    this.halted = new Error(`GeneralException: ${method} failed`);
    return false;
  }

  // Worksheets ---------------------------------------------------------------------------------

  private worksheets!: Node;

  private buildWorksheets() {
    const worksheets = child(this.workbook, "worksheets");
    this.worksheets = worksheets;
    worksheets.items = [];
    scalars(worksheets, {
      // Office.js loads "items/x" on every item of a collection.
      load: (what: string) => {
        const paths = what.split(",").map((path) => path.trim().replace(/^items\//, ""));
        for (const sheet of this.sheets) sheet.node.load(paths);
        return worksheets;
      },
      getItem: (key: string) => this.sheetState(key).node,
      getItemOrNullObject: (key: string) => {
        const found = this.sheets.find((s) => s.model.name === key || s.id === key);
        return found ? found.node : this.nullNode(worksheets);
      },
    });
  }

  private nullNode(parent: Node): Node {
    const node = child(parent, `null${++this.counter}`);
    scalars(node, { type: undefined, value: undefined, name: undefined });
    node.isNullObject = true;
    return node;
  }

  private sheetState(key: string): SheetState {
    const found = this.sheets.find((s) => s.model.name === key || s.id === key);
    if (!found) throw new Error(`ItemNotFound: worksheet ${key}`);
    return found;
  }

  private addSheet(model: SheetModel) {
    const id = `{sheet-${++this.counter}}`;
    const node = child(this.worksheets, `sheet${this.counter}`);
    const state: SheetState = { model, id, node, cellNodes: new Map(), handlers: [] };
    this.sheets.push(state);
    node.isNullObject = false;
    scalars(node, {
      id,
      name: model.name,
      activate: () => this.calls.push({ method: "activate", sheet: model.name, args: [] }),
      getRange: (address: string) =>
        address.includes(":") ? this.gridNode(state, address) : this.cellNode(state, address),
    });
    const protection = child(node, "protection");
    scalars(protection, {
      protected: model.protected,
      options: { ...model.options },
      protect: (options?: Record<string, unknown>) => {
        if (!this.carriesOut("protect")) return;
        if (model.protected) throw new Error(`InvalidOperation: ${model.name} is protected`);
        model.protected = true;
        settle(protection, "protected", true);
        this.calls.push({ method: "protect", sheet: model.name, args: [plain(options)] });
      },
      unprotect: () => {
        if (!this.carriesOut("unprotect")) return;
        model.protected = false;
        settle(protection, "protected", false);
        this.calls.push({ method: "unprotect", sheet: model.name, args: [] });
      },
    });
    const onChanged = child(node, "onChanged");
    scalars(onChanged, {
      add: (handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        state.handlers.push(handler);
        return {
          context: this.context,
          remove: () => {
            state.handlers = state.handlers.filter((h) => h !== handler);
            this.calls.push({ method: "removeHandler", sheet: model.name, args: [] });
          },
        };
      },
    });
    this.worksheets.items = this.sheets.map((s) => s.node);
  }

  private insertSheets(names: string[]) {
    const source = this.options.template;
    if (!source) throw new Error("the fake has no template to insert from");
    for (const name of names) {
      const sheet = source.sheets.find((s) => s.name === name) as SheetModel;
      this.addSheet({ ...sheet, cells: new Map(sheet.cells) });
    }
    if (!this.options.insertBringsNames) return;
    for (const [name, entry] of source.names) {
      if (names.includes(splitRef(entry.ref).sheet)) this.defineName(name, entry.ref, "Range");
    }
  }

  // Cells --------------------------------------------------------------------------------------

  private cellModel(state: SheetState, address: string) {
    return state.model.cells.get(address) ?? EMPTY_CELL;
  }

  /** One cell's proxy; the same one for every lookup, so its state is the cell's. */
  cellNode(state: SheetState, address: string): Node {
    const local = address.replace(/\$/g, "");
    const existing = state.cellNodes.get(local);
    if (existing) return existing;

    const cell = this.cellModel(state, local);
    const { row, column } = cellParts(local);
    const node = child(state.node, `cell_${local}`);
    const where = { sheet: state.model.name, cell: local };
    scalars(node, {
      address: qualified(state.model.name, local),
      rowIndex: row,
      columnIndex: column,
      values: [[cell.value]],
      valueTypes: [[cell.valueType]],
      formulas: [[cell.formula]],
      numberFormat: [["General"]],
      select: () => this.calls.push({ method: "select", ...where, args: [] }),
    });
    this.track(node, ["values", "formulas", "numberFormat"], state, local);

    const format = child(node, "format");
    const fill = child(format, "fill");
    scalars(fill, {
      color: cell.fill,
      clear: () => {
        if (!this.carriesOut("fill.clear")) return;
        settle(fill, "color", "#FFFFFF");
        this.record(state, local, "fill.clear", null);
      },
    });
    this.track(fill, ["color"], state, local, "fill.");

    const validation = child(node, "dataValidation");
    scalars(validation, {
      type: cell.validation,
      rule: undefined,
      prompt: undefined,
      errorAlert: undefined,
      ignoreBlanks: undefined,
    });
    // A rule set on a cell gives the cell's validation its type, as in Excel.
    const typed = (key: string, rule: unknown) => {
      if (key === "rule") settle(validation, "type", validationType(rule));
    };
    const settings = ["rule", "prompt", "errorAlert", "ignoreBlanks"];
    this.track(validation, settings, state, local, "dataValidation.", typed);

    const worksheet = child(node, "worksheet");
    scalars(worksheet, {
      id: state.id,
      name: state.model.name,
      activate: () => this.calls.push({ method: "activate", sheet: state.model.name, args: [] }),
    });
    state.cellNodes.set(local, node);
    return node;
  }

  /** A block of cells, read for its values; any write to it is recorded too. */
  private gridNode(state: SheetState, address: string): Node {
    const [first, last] = address.split(":").map(cellParts);
    const values: unknown[][] = [];
    for (let row = first.row; row <= last.row; row++) {
      const line: unknown[] = [];
      for (let column = first.column; column <= last.column; column++) {
        line.push(this.valueAt(state, `${letters(column)}${row + 1}`));
      }
      values.push(line);
    }
    const node = child(state.node, `grid${++this.counter}`);
    scalars(node, { address: qualified(state.model.name, address), values, formulas: values });
    this.track(node, ["values", "formulas"], state, address);
    return node;
  }

  private valueAt(state: SheetState, address: string): unknown {
    const node = state.cellNodes.get(address);
    if (node) return (truth(node, "values") as unknown[][])[0][0];
    return this.cellModel(state, address).value;
  }

  /** Turns properties into recorders of the add-in's writes. */
  private track(
    node: Node,
    keys: string[],
    state: SheetState,
    cell: string,
    prefix = "",
    after?: (key: string, value: unknown) => void
  ) {
    for (const key of keys) {
      let shown: unknown = node[key];
      Object.defineProperty(node, key, {
        configurable: true,
        enumerable: true,
        get: () => shown,
        set: (value: unknown) => {
          const property = internals(node)._properties.get(key) as PropertyMock;
          // The mock's own updates set its error strings or the value it loaded.
          const own = value === NOT_LOADED || value === NOT_SYNCED || value === property._value;
          if (!own && this.carriesOut(prefix + key)) {
            property._value = value;
            property._valueBeforeLoaded = value;
            this.record(state, cell, prefix + key, value);
            after?.(key, value);
          }
          shown = value;
        },
      });
    }
  }

  private record(state: SheetState, cell: string, property: string, value: unknown) {
    this.writes.push({
      sheet: state.model.name,
      cell,
      property,
      value,
      whileProtected: state.model.protected,
    });
  }

  // Names --------------------------------------------------------------------------------------

  private names!: Node;

  private buildNames() {
    const names = child(this.workbook, "names");
    this.names = names;
    scalars(names, {
      getItemOrNullObject: (name: string) => this.nameNodes.get(name) ?? this.nullNode(names),
      getItem: (name: string) => {
        const node = this.nameNodes.get(name);
        if (node && !node.isNullObject) return node;
        // Excel reports a missing name when the batch runs, not when it is queued.
        this.halted ??= new Error(`ItemNotFound: ${name}`);
        const missing = this.nullNode(names);
        scalars(missing, { getRange: () => this.cellNode(this.sheets[0], "XFD1048576") });
        return missing;
      },
      add: (name: string, reference: string) => {
        if (!this.carriesOut("names.add")) return;
        this.calls.push({ method: "names.add", args: [name, reference] });
        this.defineName(name, reference.replace(/^=/, ""), "Range");
      },
    });
    for (const [name, entry] of this.model.names) this.defineName(name, entry.ref, entry.type);
  }

  private defineName(name: string, ref: string, type: "Range" | "Error") {
    this.model.names.set(name, { ref, type });
    let node = this.nameNodes.get(name);
    if (!node) {
      node = child(this.names, `name${++this.counter}`);
      this.nameNodes.set(name, node);
      scalars(node, {
        getRange: () => {
          const entry = this.model.names.get(name);
          if (!entry || entry.type !== "Range") {
            this.halted ??= new Error(`InvalidReference: ${name}`);
            return this.cellNode(this.sheets[0], "XFD1048576");
          }
          const { sheet, address } = splitRef(entry.ref);
          return this.cellNode(this.sheetState(sheet), address);
        },
        delete: () => {
          if (!this.carriesOut("names.delete")) return;
          this.calls.push({ method: "names.delete", args: [name] });
          this.model.names.delete(name);
          (node as Node).isNullObject = true;
        },
      });
    }
    scalars(node, { name, type, value: ref });
    node.isNullObject = false;
  }

  /** The names as they stand: name to reference. */
  definedNames(): Map<string, string> {
    return new Map([...this.model.names].map(([name, entry]) => [name, entry.ref]));
  }

  /** The cell proxy a defined name points at. */
  named(name: string): Node {
    const { sheet, address } = splitRef((this.model.names.get(name) as { ref: string }).ref);
    return this.cellNode(this.sheetState(sheet), address);
  }

  /** Types a value into the cell a name points at, as a person would. */
  type(name: string, value: unknown) {
    const node = this.named(name);
    const shown = value === undefined || value === null ? "" : value;
    settle(node, "values", [[shown]]);
    settle(node, "formulas", [[shown]]);
    settle(node, "valueTypes", [[valueTypeOf(shown)]]);
  }

  /** Gives a named cell a fill, as a person would. */
  paint(name: string, color: string) {
    settle(this.named(name).format.fill, "color", color);
  }

  fillOf(name: string): string {
    return truth(this.named(name).format.fill, "color") as string;
  }

  formulaOf(name: string): unknown {
    return (truth(this.named(name), "formulas") as unknown[][])[0][0];
  }

  // Settings, notes, comments ------------------------------------------------------------------

  private buildSettings() {
    const settings = child(this.workbook, "settings");
    scalars(settings, {
      getItemOrNullObject: (key: string) => this.settingNodes.get(key) ?? this.nullNode(settings),
      add: (key: string, value: unknown) => {
        if (!this.carriesOut("settings.add")) return;
        this.calls.push({ method: "settings.add", args: [key, value] });
        let node = this.settingNodes.get(key);
        if (!node) {
          node = child(settings, `setting${++this.counter}`);
          this.settingNodes.set(key, node);
        }
        scalars(node, { key, value });
        node.isNullObject = false;
      },
    });
  }

  setting(key: string): unknown {
    const node = this.settingNodes.get(key);
    return node ? truth(node, "value") : undefined;
  }

  private buildNotes(kind: "notes" | "comments", list: Note[]) {
    const collection = child(this.workbook, kind);
    collection.items = [];
    scalars(collection, {
      load: (what: string) => {
        const paths = what.split(",").map((path) => path.trim().replace(/^items\//, ""));
        for (const item of collection.items as Node[]) item.load(paths);
        return collection;
      },
      add: (cell: Node, content: string) => {
        if (!this.carriesOut(`${kind}.add`)) return undefined;
        const address = truth(cell, "address") as string;
        this.calls.push({ method: `${kind}.add`, cell: address, args: [content] });
        const note: Note = { cell: address, content };
        list.push(note);
        const node = child(collection, `item${++this.counter}`);
        scalars(node, { content });
        let shown: unknown = node.content;
        Object.defineProperty(node, "content", {
          get: () => shown,
          set: (value: unknown) => {
            const property = internals(node)._properties.get("content") as PropertyMock;
            const own = value === NOT_LOADED || value === NOT_SYNCED || value === property._value;
            if (!own && this.carriesOut(`${kind}.update`)) {
              property._value = value;
              property._valueBeforeLoaded = value;
              note.content = value as string;
              this.calls.push({ method: `${kind}.update`, cell: address, args: [value] });
            }
            shown = value;
          },
        });
        collection.items = [...(collection.items as Node[]), node];
        return node;
      },
    });
  }

  // Events -------------------------------------------------------------------------------------

  /** Raises a change event on a sheet, as Excel does after an edit, and waits for the handlers. */
  async change(sheet: string, event: Partial<Excel.WorksheetChangedEventArgs>) {
    const state = this.sheetState(sheet);
    const args = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: state.id,
      address: "A1",
      ...event,
    } as Excel.WorksheetChangedEventArgs;
    for (const handler of [...state.handlers]) await handler(args);
  }

  handlerCount(sheet: string): number {
    return this.sheetState(sheet).handlers.length;
  }

  /**
   * Properties set on a cell proxy that the fake does not model, as "sheet!cell.property":
   * writes the recorders could not see.
   */
  strayProperties(): string[] {
    const stray: string[] = [];
    for (const state of this.sheets) {
      for (const [address, node] of state.cellNodes) {
        for (const part of [node, node.format, node.format.fill, node.dataValidation]) {
          for (const key of Object.keys(part)) {
            const modelled = internals(part)._properties.has(key);
            if (key.startsWith("_") || modelled || key === "isNullObject") continue;
            if (typeof part[key] === "function") continue;
            stray.push(`${state.model.name}!${address}.${key}`);
          }
        }
      }
    }
    return stray;
  }

  isProtected(sheet: string): boolean {
    return this.sheetState(sheet).model.protected;
  }
}

function validationType(rule: unknown): string {
  const kind = Object.keys(rule as object)[0] ?? "";
  return kind ? kind[0].toUpperCase() + kind.slice(1) : "None";
}

/** Protection options as a plain object, whatever shape the adapter passed them in. */
function plain(options: Record<string, unknown> | undefined): Record<string, unknown> {
  return options ? JSON.parse(JSON.stringify(options)) : {};
}
