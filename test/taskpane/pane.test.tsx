/** @jest-environment jsdom */
// The task pane as the agency's staff meet it, over a fake workbook scored by the real engine.
import "./setup";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { RESCORE_DELAY_MS } from "../../src/taskpane/pane-session";
import { fullMarks } from "../fixtures";
import { FakeWorkbook } from "./fake-port";

const consoleMethods = ["log", "info", "warn", "error", "debug"] as const;
let consoleSpies: jest.SpyInstance[] = [];

beforeEach(() => {
  consoleSpies = consoleMethods.map((method) => jest.spyOn(console, method));
});

afterEach(() => {
  // The pane logs nothing in normal use.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  for (const spy of consoleSpies) spy.mockRestore();
  jest.useRealTimers();
});

function renderPane(workbook: FakeWorkbook) {
  return render(<App port={workbook} />);
}

async function scoredPane(workbook: FakeWorkbook) {
  renderPane(workbook);
  await screen.findByRole("heading", { name: "各项指标" });
}

function indicatorButton(no: number): HTMLElement {
  return screen.getByRole("button", { name: new RegExp(`^第 ${no} 项 `) });
}

function totalText(): string {
  return screen.getByRole("heading", { name: "小计" }).parentElement?.querySelector("[aria-live]")
    ?.textContent as string;
}

describe("task pane states", () => {
  test("shows that the workbook is being read until the first report arrives", async () => {
    renderPane(new FakeWorkbook(fullMarks));

    expect(screen.getByText("正在读取工作簿…")).toBeTruthy();
    await screen.findByRole("heading", { name: "各项指标" });
    expect(screen.queryByText("正在读取工作簿…")).toBeNull();
  });

  test("a workbook without the form offers 插入自评表, which inserts it and scores it", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "absent" });
    renderPane(workbook);

    const insert = await screen.findByRole("button", { name: "插入自评表" });
    expect(screen.getByRole("heading", { name: "本工作簿中没有自评表" })).toBeTruthy();
    fireEvent.click(insert);

    await screen.findByRole("heading", { name: "各项指标" });
    expect(workbook.calls.filter((call) => call === "insertForm")).toHaveLength(1);
    expect(totalText()).toContain("小计 100 分，满分 100 分");
  });

  test("a form without names names its sheet and offers 修复名称", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "unnamed", sheetName: "2022自评" });
    renderPane(workbook);

    const repair = await screen.findByRole("button", { name: "修复名称" });
    expect(screen.getByText(/工作表“2022自评”/)).toBeTruthy();
    fireEvent.click(repair);

    await screen.findByRole("heading", { name: "各项指标" });
    expect(workbook.calls).toContain("repairNames");
  });

  test("full marks: 100 of 100, no errors or warnings, ready to send with the deadlines", async () => {
    await scoredPane(new FakeWorkbook(fullMarks));

    expect(totalText()).toContain("小计 100 分，满分 100 分");
    expect(screen.getByText("错误 0")).toBeTruthy();
    expect(screen.getByText("警告 0")).toBeTruthy();
    expect(screen.getByText("单位类型：区（开发区）")).toBeTruthy();
    expect(screen.getByText("全部适用指标均已计分，没有错误或警告。")).toBeTruthy();
    expect(screen.getByText("检查通过，可以报送。")).toBeTruthy();
    expect(screen.getByText(/2023年1月10日前，通过电子邮件发送至办事处组织机构部/)).toBeTruthy();
    expect(screen.getByText(/加盖单位工会公章.*2023年1月15日前/)).toBeTruthy();
  });

  test("the indicators are grouped under their areas, each with score / max and its state", async () => {
    await scoredPane(new FakeWorkbook(fullMarks));

    const areas = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(areas).toEqual([
      "业务工作情况",
      "财务工作情况",
      "风控工作情况",
      "经办机构管理",
      "组织机构管理",
      "宣传工作",
      "报送要求",
    ]);
    expect(screen.getAllByRole("button", { name: /^第 \d+ 项 / })).toHaveLength(18);
    expect(within(indicatorButton(1)).getByText("20 / 20")).toBeTruthy();
    expect(within(indicatorButton(1)).getByText("已计分")).toBeTruthy();
    // A district agency does not fill indicator 12.
    expect(within(indicatorButton(12)).getByText("不适用")).toBeTruthy();
    expect(indicatorButton(12).getAttribute("aria-label")).toContain("不适用");
  });

  test("errors: the indicator is unscored, the total withheld and sending blocked", async () => {
    const workbook = new FakeWorkbook({ ...fullMarks, unionMembers: undefined });
    await scoredPane(workbook);

    expect(totalText()).toContain("小计暂不计算，满分 100 分");
    expect(screen.getByText("错误 1")).toBeTruthy();
    expect(screen.getByText("有 1 个错误，1 项指标暂不计分：请按下面的提示更正。")).toBeTruthy();
    expect(within(indicatorButton(1)).getByText("— / 20")).toBeTruthy();
    expect(within(indicatorButton(1)).getByText("未计分")).toBeTruthy();
    expect(screen.getByText("尚不能报送：请先完成下列未通过的项目。")).toBeTruthy();
    expect(screen.getByText("全部适用指标已计分（16 / 17）")).toBeTruthy();
    expect(screen.getByText("没有错误（现有 1 个）")).toBeTruthy();
  });

  test("warnings: scores stand, the warning is shown, and sending is not blocked", async () => {
    await scoredPane(new FakeWorkbook({ ...fullMarks, insuredMembers: 11000 }));

    expect(totalText()).toContain("小计 100 分");
    expect(screen.getByText("警告 1")).toBeTruthy();
    expect(screen.getByText("得分已算出，但有 1 个警告：请核对下面标出的数据。")).toBeTruthy();
    expect(within(indicatorButton(1)).getByText("有警告")).toBeTruthy();
    expect(screen.getByText(/「实际参加互助保障人数」大于「实际工会会员人数」/)).toBeTruthy();
    expect(screen.getByText("检查通过，可以报送。")).toBeTruthy();
    expect(screen.getByText("另有 1 个警告不妨碍报送，但请在报送前逐一核对。")).toBeTruthy();
  });

  test("a missing agency name and type fail their checks, the type counted as one error", async () => {
    await scoredPane(new FakeWorkbook({ ...fullMarks, agencyName: "", agencyType: undefined }));

    expect(screen.getByText("错误 1")).toBeTruthy();
    expect(screen.getByText("单位类型：未选择")).toBeTruthy();
    const checks = screen.getByRole("heading", { name: "提交前检查" }).parentElement as HTMLElement;
    const line = (label: string) => within(checks).getByText(label).parentElement as HTMLElement;
    expect(within(line("已填写填报单位")).getByText("未通过")).toBeTruthy();
    expect(within(line("已选择单位类型")).getByText("未通过")).toBeTruthy();
  });

  test("an Excel without the needed APIs lists what is missing", async () => {
    const missing = ["ExcelApi 1.7", "ExcelApi 1.4"];
    renderPane(new FakeWorkbook(fullMarks, { kind: "unsupported", missing }));

    await screen.findByRole("heading", { name: "此版本的 Excel 不支持本助手" });
    expect(screen.getByText("ExcelApi 1.7")).toBeTruthy();
    expect(screen.getByText("ExcelApi 1.4")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });
});

describe("task pane actions", () => {
  test("只看有问题的 keeps only indicators with an error or a warning", async () => {
    await scoredPane(new FakeWorkbook({ ...fullMarks, unionMembers: undefined, auditIssues: 9.5 }));

    fireEvent.click(screen.getByRole("switch", { name: "只看有问题的" }));

    const shown = screen.getAllByRole("button", { name: /^第 \d+ 项 / });
    expect(shown.map((button) => button.getAttribute("aria-label")?.split(" ")[1])).toEqual([
      "1",
      "9",
    ]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "业务工作情况",
      "风控工作情况",
      "报送要求",
    ]);
  });

  test("只看有问题的 on a clean form says there is nothing to fix", async () => {
    await scoredPane(new FakeWorkbook(fullMarks));

    fireEvent.click(screen.getByRole("switch", { name: "只看有问题的" }));

    expect(screen.getByText("没有需要处理的指标。")).toBeTruthy();
    expect(screen.queryAllByRole("button", { name: /^第 \d+ 项 / })).toHaveLength(0);
  });

  test("clicking an indicator opens its explanation and selects its score cell", async () => {
    const workbook = new FakeWorkbook({ ...fullMarks, budgetSpent: 90000 });
    await scoredPane(workbook);

    const button = indicatorButton(7);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(button);

    expect(button.getAttribute("aria-expanded")).toBe("true");
    const region = screen.getByRole("region", { name: "第 7 项计分说明" });
    expect(within(region).getByText(/预算执行率 = 年度管理费实际支出 90,000/)).toBeTruthy();
    expect(within(region).getByText("得分：8 分（满分 10 分）。")).toBeTruthy();
    await act(async () => {});
    expect(workbook.selected).toEqual(["score07"]);
  });

  test("定位 selects the cell of the flag's first input", async () => {
    const workbook = new FakeWorkbook({ ...fullMarks, insuredMembers: 11000 });
    await scoredPane(workbook);

    fireEvent.click(
      screen.getByRole("button", { name: /^在表中定位：「实际参加互助保障人数」大于/ })
    );
    await act(async () => {});

    expect(workbook.selected).toEqual(["insuredMembers"]);
  });

  test("a failed selection shows the port's message and the pane keeps working", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    await scoredPane(workbook);

    workbook.failNext("select", new Error("工作表“自评表”已隐藏"));
    fireEvent.click(indicatorButton(2));

    expect(await screen.findByText("无法在表中选中该单元格：工作表“自评表”已隐藏")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "关闭提示" }));
    expect(screen.queryByText(/无法在表中选中该单元格/)).toBeNull();
    expect(totalText()).toContain("小计 100 分");
  });

  test("a workbook that cannot be read says why, and 重试 tries again", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    workbook.failNext("detect", new Error("RichApi.Error: 此操作不可用"));
    renderPane(workbook);

    expect(await screen.findByText("无法读取工作簿：RichApi.Error: 此操作不可用")).toBeTruthy();
    // With nothing else to show, the message cannot be dismissed, only acted on.
    expect(screen.queryByRole("button", { name: "关闭提示" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));

    await screen.findByRole("heading", { name: "各项指标" });
    expect(screen.queryByText(/无法读取工作簿/)).toBeNull();
  });

  test("an error without words still says that something failed", async () => {
    const workbook = new FakeWorkbook(fullMarks, { kind: "absent" });
    renderPane(workbook);
    workbook.failNext("insertForm", {});

    fireEvent.click(await screen.findByRole("button", { name: "插入自评表" }));

    expect(await screen.findByText("插入自评表失败：未知错误")).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入自评表" })).toBeTruthy();
  });
});

describe("task pane live re-scoring", () => {
  test("edits are re-scored once, 400 ms after the last of them", async () => {
    jest.useFakeTimers();
    const workbook = new FakeWorkbook(fullMarks);
    await scoredPane(workbook);

    act(() => {
      workbook.edit("articlesSubmitted", 5);
      jest.advanceTimersByTime(RESCORE_DELAY_MS - 100);
      workbook.edit("articlesSubmitted", 4);
      jest.advanceTimersByTime(RESCORE_DELAY_MS - 100);
    });
    expect(workbook.passes).toHaveLength(1);

    await act(async () => {
      jest.advanceTimersByTime(100);
    });

    expect(workbook.passes).toHaveLength(2);
    expect(totalText()).toContain("小计 99 分");
  });

  test("an edit made while a pass runs is scored by one more pass", async () => {
    jest.useFakeTimers();
    const workbook = new FakeWorkbook(fullMarks);
    await scoredPane(workbook);

    const release = workbook.holdScoring();
    await act(async () => {
      workbook.edit("articlesSubmitted", 5);
      jest.advanceTimersByTime(RESCORE_DELAY_MS);
    });
    expect(screen.getByText("正在重新计分…")).toBeTruthy();

    await act(async () => {
      workbook.edit("articlesSubmitted", 0);
      jest.advanceTimersByTime(RESCORE_DELAY_MS);
    });
    await act(async () => release());

    expect(workbook.passes.map((read) => read.articlesSubmitted)).toEqual([6, 5, 0]);
    expect(totalText()).toContain("小计 97 分");
    expect(screen.queryByText("正在重新计分…")).toBeNull();
  });

  test("重新计分 runs a pass at once", async () => {
    const workbook = new FakeWorkbook(fullMarks);
    await scoredPane(workbook);
    workbook.inputs.studySessions = 1;

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "重新计分" }));
    });

    expect(totalText()).toContain("小计 98 分");
  });
});

describe("task pane failures", () => {
  test("an unexpected error while drawing shows a message, not a blank pane", async () => {
    // React reports the error it caught to the console; that is not normal use.
    for (const spy of consoleSpies) spy.mockImplementation(() => undefined);
    const workbook = new FakeWorkbook(fullMarks);
    workbook.score = async () => ({ report: { indicators: null } as never, inputs: {} });
    renderPane(workbook);

    expect(await screen.findByText("窗格出错了")).toBeTruthy();
    expect(screen.getByRole("button", { name: "重新加载窗格" })).toBeTruthy();
    for (const spy of consoleSpies) spy.mockClear();
  });
});
