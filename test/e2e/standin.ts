// The stand-in for Excel inside the test page. Appended to the real office.js, it runs before
// the pane's bundle: Office reports the Excel host and every requirement set, and `Excel` is a
// fake Excel holding the template's sheets, cells and names. The test drives it through
// `window.__standin`.
import { FakeExcel } from "../office/fake-excel";
import { ShippedModel, unshipModel } from "./standin-model";

/** What the test reaches in the page. */
export interface StandinApi {
  /** Types a value into the cell behind a defined name and raises Excel's change event. */
  type(name: string, value: unknown): Promise<void>;
  /** The cell the add-in selected last, as "sheet!A1", or null. */
  selected(): string | null;
  /** The cell behind a defined name, as "sheet!A1". */
  addressOf(name: string): string;
}

declare global {
  interface Window {
    __standinModel: ShippedModel;
    __standin: StandinApi;
  }
}

function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  return {
    sheet: ref.slice(0, bang).replace(/^'(.*)'$/, "$1"),
    address: ref.slice(bang + 1).replace(/\$/g, ""),
  };
}

const fake = new FakeExcel(unshipModel(window.__standinModel));

function addressOf(name: string): string {
  const ref = fake.definedNames().get(name);
  if (ref === undefined) throw new Error(`the stand-in has no name ${name}`);
  const { sheet, address } = splitRef(ref);
  return `${sheet}!${address}`;
}

// The real office.js stays, with its enums; only what depends on a host is answered here.
const globals = window as unknown as Record<string, unknown>;
globals.Excel = fake.excel;
Office.onReady = () =>
  Promise.resolve({ host: Office.HostType.Excel, platform: Office.PlatformType.OfficeOnline });
Object.defineProperty(Office, "context", {
  configurable: true,
  value: { requirements: { isSetSupported: () => true } },
});

window.__standin = {
  async type(name, value) {
    fake.type(name, value);
    const { sheet, address } = splitRef(addressOf(name));
    await fake.change(sheet, { address });
  },
  selected() {
    const last = fake.calls.filter((call) => call.method === "select").pop();
    return last ? `${last.sheet}!${last.cell}` : null;
  },
  addressOf,
};
