// The pane's state over a WorkbookPort, without React: finding the form, scoring it, following
// the user's edits, and keeping the last failure for the pane to show. usePaneSession binds it
// to React; the tests also drive it directly.
import { FormState, ScoringResult, WorkbookPort } from "../office/port";

export type PaneView =
  | { kind: "loading" }
  | Exclude<FormState, { kind: "bound" }>
  | { kind: "scored"; result: ScoringResult }
  /** The workbook could not be read at all; the problem says why. */
  | { kind: "failed" };

/** Selects the cell behind a defined name (an input key, score01 …) in the sheet. */
export type SelectCell = (name: string) => void;

export type PortAction = "detect" | "score" | "insertForm" | "repairNames" | "select" | "watch";

export interface PortProblem {
  action: PortAction;
  /** The port's own words; empty when the failure carried none. */
  reason: string;
}

export interface PaneState {
  view: PaneView;
  /** The one-click fix running; its button is disabled meanwhile. */
  busy: "insertForm" | "repairNames" | null;
  /** A scoring pass is running. */
  scoring: boolean;
  /** The last failure, kept until dismissed or until the same action succeeds. */
  problem: PortProblem | null;
}

export interface PaneSession {
  getState(): PaneState;
  subscribe(listener: () => void): () => void;
  /** Finds the form; when it is bound, scores it and starts following its inputs. */
  start(): Promise<void>;
  insertForm(): Promise<void>;
  repairNames(): Promise<void>;
  /** One more scoring pass now, after the running one if any. */
  rescore(): Promise<void>;
  select(name: string): Promise<void>;
  /** Input cells changed: re-scores once the edits have paused for the delay. */
  inputsChanged(): void;
  dismissProblem(): void;
  /** Stops following the inputs and drops every reply still on its way. */
  dispose(): Promise<void>;
}

/** Long enough to let a burst of typing or a paste settle into one pass. */
export const RESCORE_DELAY_MS = 400;

export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string") return message;
  }
  return "";
}

export function createPaneSession(
  port: WorkbookPort,
  delayMs: number = RESCORE_DELAY_MS
): PaneSession {
  let state: PaneState = { view: { kind: "loading" }, busy: null, scoring: false, problem: null };
  const listeners = new Set<() => void>();

  // Bumped by start and dispose, so a reply meant for an earlier run is dropped.
  let run = 0;
  let stopWatching: (() => Promise<void>) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Passes never overlap: a request during a pass asks for one more pass after it, so the
  // last edit is always read by a pass that started after it was made. `passes` settles when
  // the last of them is done.
  let passes: Promise<void> | null = null;
  let passWanted = false;

  // --- State --------------------------------------------------------------------------------

  function update(change: Partial<PaneState>): void {
    state = { ...state, ...change };
    for (const listener of [...listeners]) listener();
  }

  function failed(action: PortAction, error: unknown): void {
    update({ problem: { action, reason: reasonOf(error) } });
  }

  function succeeded(action: PortAction): void {
    if (state.problem?.action === action) update({ problem: null });
  }

  // --- Scoring passes -------------------------------------------------------------------------

  async function onePass(): Promise<void> {
    const current = run;
    try {
      const result = await port.score();
      if (current !== run) return;
      update({ view: { kind: "scored", result } });
      succeeded("score");
    } catch (error) {
      if (current !== run) return;
      failed("score", error);
      if (state.view.kind === "loading") update({ view: { kind: "failed" } });
    }
  }

  function rescore(): Promise<void> {
    if (passes !== null) {
      passWanted = true;
      return passes;
    }
    passes = runPasses();
    return passes;
  }

  async function runPasses(): Promise<void> {
    update({ scoring: true });
    try {
      do {
        passWanted = false;
        await onePass();
      } while (passWanted);
    } finally {
      passes = null;
      update({ scoring: false });
    }
  }

  function cancelTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function inputsChanged(): void {
    cancelTimer();
    timer = setTimeout(() => {
      timer = undefined;
      void rescore();
    }, delayMs);
  }

  // --- Following the inputs -------------------------------------------------------------------

  async function stop(stopper: () => Promise<void>): Promise<void> {
    try {
      await stopper();
    } catch (error) {
      failed("watch", error);
    }
  }

  async function unwatch(): Promise<void> {
    const stopper = stopWatching;
    stopWatching = null;
    if (stopper) await stop(stopper);
  }

  async function watch(current: number): Promise<void> {
    try {
      const stopper = await port.watchInputs(inputsChanged);
      if (current !== run) {
        await stop(stopper);
        return;
      }
      stopWatching = stopper;
      succeeded("watch");
    } catch (error) {
      if (current === run) failed("watch", error);
    }
  }

  // --- Finding the form -----------------------------------------------------------------------

  async function start(): Promise<void> {
    const current = ++run;
    cancelTimer();
    await unwatch();
    update({ view: { kind: "loading" } });

    let form: FormState;
    try {
      form = await port.detect();
    } catch (error) {
      if (current !== run) return;
      failed("detect", error);
      update({ view: { kind: "failed" } });
      return;
    }
    if (current !== run) return;
    succeeded("detect");
    if (form.kind !== "bound") {
      update({ view: form });
      return;
    }

    await rescore();
    if (current === run && state.view.kind === "scored") await watch(current);
  }

  async function fixForm(action: "insertForm" | "repairNames"): Promise<void> {
    if (state.busy !== null) return;
    update({ busy: action });
    try {
      await port[action]();
    } catch (error) {
      failed(action, error);
      update({ busy: null });
      return;
    }
    succeeded(action);
    update({ busy: null });
    await start();
  }

  // --- Selecting cells ------------------------------------------------------------------------

  async function select(name: string): Promise<void> {
    try {
      await port.select(name);
      succeeded("select");
    } catch (error) {
      failed("select", error);
    }
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    insertForm: () => fixForm("insertForm"),
    repairNames: () => fixForm("repairNames"),
    rescore,
    select,
    inputsChanged,
    dismissProblem: () => update({ problem: null }),
    async dispose() {
      run++;
      passWanted = false;
      cancelTimer();
      await unwatch();
    },
  };
}
