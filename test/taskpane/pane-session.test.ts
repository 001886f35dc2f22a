// The pane's state logic without React: finding the form, debounced re-scoring that loses no
// edit, and failures kept for the pane to show.
import { createPaneSession, PaneSession, RESCORE_DELAY_MS } from "../../src/taskpane/pane-session";
import { fullMarks } from "../fixtures";
import { FakeWorkbook } from "./fake-port";

/** Lets every pending promise callback run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

function totalOf(session: PaneSession): number | null | undefined {
  const view = session.getState().view;
  return view.kind === "scored" ? view.result.report.total : undefined;
}

describe("pane session", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("a bound form is scored once and then followed for edits", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);

    await session.start();

    expect(totalOf(session)).toBe(100);
    expect(workbook.calls).toEqual(["detect", "score", "watchInputs"]);
    expect(workbook.listeners).toBe(1);
  });

  test("a workbook without the form is neither scored nor followed", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "absent" });
    const session = createPaneSession(workbook);

    await session.start();

    expect(session.getState().view).toEqual({ kind: "absent" });
    expect(workbook.calls).toEqual(["detect"]);
  });

  test("edits within the delay are scored by one pass after the last of them", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);
    await session.start();

    workbook.edit("meetingsAttended", 2);
    jest.advanceTimersByTime(RESCORE_DELAY_MS - 1);
    workbook.edit("meetingsAttended", 1);
    jest.advanceTimersByTime(RESCORE_DELAY_MS - 1);
    expect(workbook.passes).toHaveLength(1);

    jest.advanceTimersByTime(1);
    await settle();

    expect(workbook.passes).toHaveLength(2);
    expect(totalOf(session)).toBe(98);
  });

  test("an edit made while a pass runs gets one more pass after it", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);
    await session.start();

    const release = workbook.holdScoring();
    workbook.edit("meetingsAttended", 2);
    jest.advanceTimersByTime(RESCORE_DELAY_MS);
    await settle();
    expect(workbook.passes).toHaveLength(2);
    expect(session.getState().scoring).toBe(true);

    // This edit lands after pass 2 read the inputs.
    workbook.edit("meetingsAttended", 0);
    jest.advanceTimersByTime(RESCORE_DELAY_MS);
    await settle();
    expect(workbook.passes).toHaveLength(2);

    release();
    await settle();

    expect(workbook.passes).toHaveLength(3);
    expect(workbook.passes[2].meetingsAttended).toBe(0);
    expect(totalOf(session)).toBe(97);
    expect(session.getState().scoring).toBe(false);
  });

  test("many edits during one pass cost one extra pass, not one each", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);
    await session.start();

    const release = workbook.holdScoring();
    void session.rescore();
    await settle();
    for (const value of [2, 1, 0]) {
      workbook.edit("meetingsAttended", value);
      jest.advanceTimersByTime(RESCORE_DELAY_MS);
    }
    release();
    await settle();

    expect(workbook.passes).toHaveLength(3);
    expect(totalOf(session)).toBe(97);
  });

  test("a failed pass keeps the last report and says why", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);
    await session.start();

    workbook.failNext("score", new Error("工作表受保护"));
    await session.rescore();

    expect(totalOf(session)).toBe(100);
    expect(session.getState().problem).toEqual({ action: "score", reason: "工作表受保护" });

    await session.rescore();
    expect(session.getState().problem).toBeNull();
  });

  test("a workbook that cannot be read at all shows the failure, and a retry starts over", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    workbook.failNext("detect", { code: "GeneralException", message: "发生内部错误" });
    const session = createPaneSession(workbook);

    await session.start();
    expect(session.getState().view).toEqual({ kind: "failed" });
    expect(session.getState().problem).toEqual({ action: "detect", reason: "发生内部错误" });

    await session.start();
    expect(totalOf(session)).toBe(100);
    expect(session.getState().problem).toBeNull();
  });

  test("inserting the form scores it and follows it", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "absent" });
    const session = createPaneSession(workbook);
    await session.start();

    await session.insertForm();

    expect(totalOf(session)).toBe(100);
    expect(session.getState().busy).toBeNull();
    expect(workbook.listeners).toBe(1);
  });

  test("a failed repair leaves the form as it was and says why", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "unnamed", sheetName: "Sheet1" });
    const session = createPaneSession(workbook);
    await session.start();

    workbook.failNext("repairNames", new Error("名称已存在"));
    await session.repairNames();

    expect(session.getState().view).toEqual({ kind: "unnamed", sheetName: "Sheet1" });
    expect(session.getState().problem).toEqual({ action: "repairNames", reason: "名称已存在" });
    expect(session.getState().busy).toBeNull();
  });

  test("after dispose no listener is left and no timer fires a pass", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);
    await session.start();

    workbook.edit("meetingsAttended", 2);
    await session.dispose();
    jest.advanceTimersByTime(RESCORE_DELAY_MS * 2);
    await settle();

    expect(workbook.listeners).toBe(0);
    expect(workbook.passes).toHaveLength(1);
  });

  test("a session disposed while finding the form never starts following it", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    const session = createPaneSession(workbook);

    const starting = session.start();
    await session.dispose();
    await starting;

    expect(workbook.listeners).toBe(0);
    expect(session.getState().view).toEqual({ kind: "loading" });
  });
});
