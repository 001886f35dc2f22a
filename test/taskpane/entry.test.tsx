/** @jest-environment jsdom */
// The pane's entry point: inside Excel it shows the pane over the Excel port; opened anywhere
// else it says, in plain words, that it runs inside Excel, and does not crash.
import "./setup";
import { screen } from "@testing-library/dom";
import { fullMarks } from "../fixtures";
import { FakeWorkbook } from "./fake-port";

jest.mock("../../src/office/excel-adapter", () => ({ createExcelPort: jest.fn() }));

type Globals = { Office?: unknown; Excel?: unknown };
const globals = globalThis as Globals;

function officeReadyIn(host: string | null): unknown {
  return {
    HostType: { Excel: "Excel", Word: "Word" },
    onReady: () => Promise.resolve({ host, platform: null }),
  };
}

function startPane(): void {
  document.body.innerHTML = '<div id="container"></div>';
  jest.isolateModules(() => {
    require("../../src/taskpane/index");
  });
}

afterEach(() => {
  delete globals.Office;
  delete globals.Excel;
  document.body.innerHTML = "";
});

test("without office.js the page says the pane runs inside Excel and why it cannot start", async () => {
  startPane();

  expect(await screen.findByRole("heading", { name: "请在 Excel 中打开本窗格" })).toBeTruthy();
  expect(screen.getByText(/未能加载 Office 脚本库/)).toBeTruthy();
});

test("in a plain browser (no host, no Excel) the page says the pane runs inside Excel", async () => {
  globals.Office = officeReadyIn(null);
  startPane();

  expect(await screen.findByRole("heading", { name: "请在 Excel 中打开本窗格" })).toBeTruthy();
  expect(screen.queryByText(/未能加载 Office 脚本库/)).toBeNull();
});

test("in Word the page says the pane runs inside Excel", async () => {
  globals.Office = officeReadyIn("Word");
  startPane();

  expect(await screen.findByRole("heading", { name: "请在 Excel 中打开本窗格" })).toBeTruthy();
});

test("inside Excel the pane scores the workbook through the Excel port", async () => {
  const { createExcelPort } = jest.requireMock("../../src/office/excel-adapter") as {
    createExcelPort: jest.Mock;
  };
  createExcelPort.mockReturnValue(new FakeWorkbook(fullMarks));
  globals.Office = officeReadyIn("Excel");
  globals.Excel = {};
  startPane();

  expect(await screen.findByRole("heading", { name: "各项指标" })).toBeTruthy();
  expect(createExcelPort).toHaveBeenCalledWith({ loadTemplateBase64: expect.any(Function) });
});
