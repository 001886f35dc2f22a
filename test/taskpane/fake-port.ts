// A workbook without Excel: the real engine scores an input object that the test edits as a
// user would type into the sheet. Every call is recorded; any call can be made to fail, and
// scoring passes can be held open to see what happens to edits made meanwhile.
import { scoreAgency } from "../../src/engine/score";
import { FormState, ScoringResult, WorkbookPort } from "../../src/office/port";
import { RawInputs } from "../../src/rules/types";

type Method = "detect" | "repairNames" | "insertForm" | "score" | "select" | "watchInputs";

export class FakeWorkbook implements WorkbookPort {
  form: FormState;
  inputs: RawInputs;
  /** Method names in call order. */
  calls: Method[] = [];
  /** Names passed to select(), in order. */
  selected: string[] = [];
  /** The inputs each scoring pass read, in order. */
  passes: RawInputs[] = [];

  private watchers = new Set<() => void>();
  private failures = new Map<Method, unknown>();
  private gate: Promise<void> | null = null;

  constructor(inputs: RawInputs, form: FormState = { kind: "bound" }) {
    this.inputs = { ...inputs };
    this.form = form;
  }

  // --- WorkbookPort ---------------------------------------------------------------------------

  async detect(): Promise<FormState> {
    this.called("detect");
    return this.form;
  }

  async repairNames(): Promise<void> {
    this.called("repairNames");
    if (this.form.kind === "unnamed") this.form = { kind: "bound" };
  }

  async insertForm(): Promise<void> {
    this.called("insertForm");
    this.form = { kind: "bound" };
  }

  async score(): Promise<ScoringResult> {
    this.called("score");
    // A pass reads every input at once, at its start; edits after that are not in it.
    const read = { ...this.inputs };
    this.passes.push(read);
    if (this.gate) await this.gate;
    return { report: scoreAgency(read), inputs: read };
  }

  async select(name: string): Promise<void> {
    this.called("select");
    this.selected.push(name);
  }

  async watchInputs(onChange: () => void): Promise<() => Promise<void>> {
    this.called("watchInputs");
    this.watchers.add(onChange);
    return async () => {
      this.watchers.delete(onChange);
    };
  }

  // --- What the test does ---------------------------------------------------------------------

  /** Types a value into an input cell (undefined clears it); the sheet reports the change. */
  edit(key: string, value: unknown): void {
    if (value === undefined) delete this.inputs[key];
    else this.inputs[key] = value;
    for (const onChange of [...this.watchers]) onChange();
  }

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  /** Scoring passes wait, once they have read the inputs, until the returned function runs. */
  holdScoring(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => {
      release = () => {
        this.gate = null;
        resolve();
      };
    });
    return release;
  }

  get listeners(): number {
    return this.watchers.size;
  }

  private called(method: Method): void {
    this.calls.push(method);
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw failure;
    }
  }
}
