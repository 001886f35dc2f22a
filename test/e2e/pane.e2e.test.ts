// The production build of the task pane in headless Chromium, over a stand-in for Excel that
// holds the shipped template with the example agency's figures (examples/chaoyang-2022.json):
// what a staff member sees and does, from opening the pane to fixing a value. Screenshots go to
// out/e2e/pane-*.png for people to look at.
import { Locator, Page } from "playwright-core";
import example from "../../examples/chaoyang-2022.json";
import {
  buildPane,
  buildStandin,
  chromiumMissing,
  launchPane,
  officeScript,
  openPane,
  PaneBrowser,
  PaneServer,
  screenshotPath,
  serveDirectory,
} from "./harness";
import { target, templateModel } from "../office/template-model";

const missing = chromiumMissing();
// On a developer's machine without Chromium the test steps aside; in CI it must run.
const skipped = missing !== null && process.env.CI !== "true";
if (skipped) console.warn(`pane end-to-end test skipped: ${missing}`);
const describeInChromium = skipped ? describe.skip : describe;

const BUILD_TIMEOUT_MS = 150_000;
const STEP_TIMEOUT_MS = 10_000;

let server: PaneServer;
let browser: PaneBrowser;
let page: Page;
let pageErrors: string[];

function indicatorButton(no: number): Locator {
  return page.getByRole("button", { name: new RegExp(`^第 ${no} 项 `) });
}

/** The indicator's list item: its button, its flags and its explanation. */
function indicatorItem(no: number): Locator {
  return page.getByRole("listitem").filter({ has: indicatorButton(no) });
}

/** The cell a defined name points at in the template, read in Node, as "sheet!A1". */
async function templateAddress(name: string): Promise<string> {
  const { sheet, address } = target(await templateModel(), name);
  return `${sheet}!${address}`;
}

/** Waits until the add-in has selected `cell` in the stand-in. */
async function selection(cell: string): Promise<string | null> {
  await page
    .waitForFunction((expected) => window.__standin.selected() === expected, cell)
    .catch(() => undefined);
  return page.evaluate(() => window.__standin.selected());
}

async function typeIntoSheet(name: string, value: unknown): Promise<void> {
  await page.evaluate(([key, shown]) => window.__standin.type(key as string, shown), [name, value]);
}

describeInChromium("the task pane in Chromium over the template", () => {
  beforeAll(async () => {
    const [paneDir, standin] = await Promise.all([buildPane(), buildStandin()]);
    server = await serveDirectory(paneDir);
    browser = await launchPane(server, await officeScript(standin, example));
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    page = await openPane(browser, server);
    pageErrors = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.getByRole("heading", { name: "各项指标" }).waitFor();
  });

  afterEach(async () => {
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  test("serves every page and icon the built manifest names", async () => {
    const manifest = await (await fetch(`${server.url}manifest.xml`)).text();
    const names = [...manifest.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining(["taskpane.html", "help.html", "assets/icon-32.png"])
    );
    for (const name of new Set(names)) {
      expect([name, (await fetch(`${server.url}${name}`)).status]).toEqual([name, 200]);
    }
    expect(await (await fetch(`${server.url}help.html`)).text()).toContain("使用说明");
  });

  test("opens on the example agency's form: all 18 indicators and a total of 90 of 100", async () => {
    await expect(page.getByRole("button", { name: /^第 \d+ 项 / }).count()).resolves.toBe(18);
    await expect(indicatorButton(18).isVisible()).resolves.toBe(true);
    await expect(page.getByText("小计 90 分，满分 100 分").count()).resolves.toBe(1);
    await expect(indicatorButton(1).getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(indicatorButton(1).textContent()).resolves.toContain("19 / 20");

    await page.screenshot({ path: screenshotPath("scored"), fullPage: true });
  });

  test("a member count in words flags indicator 1 with its fix, 定位 goes to the cell, and correcting it clears the flag", async () => {
    await typeIntoSheet("unionMembers", "一万");

    const flag = indicatorItem(1).getByRole("listitem").filter({ hasText: "实际工会会员人数" });
    await flag.waitFor();
    const message = (await flag.textContent()) as string;
    expect(message).toContain("错误");
    expect(message).toContain("「实际工会会员人数」应为数字，填写的 “一万” 不是数字");
    expect(message).toContain("请只填写阿拉伯数字");
    await expect(indicatorButton(1).textContent()).resolves.toContain("— / 20");
    await expect(page.getByText("小计暂不计算，满分 100 分").count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath("flagged"), fullPage: true });

    await flag.getByRole("button", { name: /^在表中定位：/ }).click();
    const cell = await templateAddress("unionMembers");
    await expect(selection(cell)).resolves.toBe(cell);

    await typeIntoSheet("unionMembers", 10000);
    await flag.waitFor({ state: "detached" });
    await expect(indicatorButton(1).textContent()).resolves.toContain("19 / 20");
    await expect(page.getByText("小计 90 分，满分 100 分").count()).resolves.toBe(1);
  });

  test("clicking indicator 1 opens its explanation with the figures and selects its score cell", async () => {
    await indicatorButton(1).click();

    const explanation = page.getByRole("region", { name: "第 1 项计分说明" });
    await explanation.waitFor();
    await expect(indicatorButton(1).getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(explanation.textContent()).resolves.toContain(
      "覆盖率 = 实际参加互助保障人数 8,200 ÷ 实际工会会员人数 10,000 = 82.0%"
    );
    const cell = await templateAddress("score01");
    await expect(selection(cell)).resolves.toBe(cell);

    await page.screenshot({ path: screenshotPath("explanation"), fullPage: true });
  });

  test("Tab from the top reaches every control in reading order, and Enter opens an indicator", async () => {
    // Every control a pointer can reach, numbered in document order.
    const controls = await page.evaluate(() => {
      const selector = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
      const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (element) => element.getClientRects().length > 0 && !element.hasAttribute("disabled")
      );
      all.forEach((element, index) => element.setAttribute("data-e2e-order", String(index)));
      return all.map((element) => element.getAttribute("aria-label") ?? element.role ?? "");
    });
    const indicators = controls.filter((label) => /^第 \d+ 项 /.test(label));
    expect(indicators).toHaveLength(18);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: number[] = [];
    const roles = new Set<string>();
    for (let press = 0; press < controls.length + 3; press++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const order = element?.getAttribute("data-e2e-order");
        return order ? { order: Number(order), role: element?.getAttribute("role") } : null;
      });
      if (focused === null || reached.includes(focused.order)) break;
      reached.push(focused.order);
      if (focused.role) roles.add(focused.role);
    }
    expect(reached).toEqual(controls.map((_label, index) => index));
    expect(roles).toContain("switch");

    await indicatorButton(3).focus();
    await page.keyboard.press("Enter");
    await expect(indicatorButton(3).getAttribute("aria-expanded")).resolves.toBe("true");
    await page.getByRole("region", { name: "第 3 项计分说明" }).waitFor();
  });
});
