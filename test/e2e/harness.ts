// Shared by the end-to-end test and the pane benchmark: builds the task pane for production and
// the stand-in for Excel, serves the pane on 127.0.0.1, and opens it in headless Chromium with
// office.js answered from @microsoft/office-js plus the stand-in. Nothing leaves the machine:
// every request that is neither the local server nor office.js is aborted.
import { execFile } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { tmpdir } from "os";
import { extname, join, normalize, sep } from "path";
import { BrowserContext, chromium, Page } from "playwright-core";
import { promisify } from "util";
import webpack from "webpack";
import { RawInputs } from "../../src/rules/types";
import { templateModel, typeInputs } from "../office/template-model";
import { shipModel } from "./standin-model";

export const ROOT = join(__dirname, "..", "..");
export const OUT_DIR = join(ROOT, "out", "e2e");
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const PANE_VIEWPORT = { width: 320, height: 900 };

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null;
  return `${CHROMIUM_PATH} is missing: install it with apt-get install -y chromium`;
}

// --- Builds ----------------------------------------------------------------------------------

/**
 * The production build of the pane, as `npm run build:addin` makes it, written to out/e2e/addin
 * so that dist-addin/ is left alone. E2E_PANE_PREBUILT=1 uses dist-addin/ as it is instead.
 */
export async function buildPane(): Promise<string> {
  const prebuilt = join(ROOT, "dist-addin");
  if (process.env.E2E_PANE_PREBUILT === "1" && existsSync(join(prebuilt, "taskpane.html"))) {
    return prebuilt;
  }

  const output = join(OUT_DIR, "addin");
  const cli = require.resolve("webpack/bin/webpack.js");
  await promisify(execFile)(
    process.execPath,
    [cli, "--mode", "production", "--output-path", output],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }
  );
  return output;
}

/** The stand-in (standin.ts and the fake Excel under it) as one script for the page. */
export async function buildStandin(): Promise<string> {
  const output = join(OUT_DIR, "standin");
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry: join(__dirname, "standin.ts"),
    output: { path: output, filename: "standin.js" },
    resolve: {
      extensions: [".ts", ".js"],
      // office-addin-mock reads only host names from it; the real package does not bundle.
      alias: {
        "office-addin-manifest": join(ROOT, "test", "support", "office-addin-manifest-stub.js"),
      },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: join(ROOT, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { module: "es2020" },
            },
          },
        },
      ],
    },
  });

  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result)))
  );
  await promisify(compiler.close.bind(compiler))();
  if (stats.hasErrors()) {
    throw new Error(`the stand-in does not build:\n${stats.toString("errors-only")}`);
  }
  return readFileSync(join(output, "standin.js"), "utf8");
}

/**
 * What the page receives for office.js: Microsoft's script from @microsoft/office-js, the
 * template's model (with `inputs` typed into it), and the stand-in.
 */
export async function officeScript(standin: string, inputs?: RawInputs): Promise<string> {
  const officeJs = readFileSync(require.resolve("@microsoft/office-js/dist/office.js"), "utf8");
  const model = await templateModel();
  if (inputs) typeInputs(model, inputs);
  return [officeJs, `window.__standinModel = ${JSON.stringify(shipModel(model))};`, standin].join(
    "\n;\n"
  );
}

// --- Serving ---------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export interface PaneServer {
  /** Ends with "/". */
  url: string;
  close(): Promise<void>;
}

/** Serves a directory's files on 127.0.0.1, on a port the system picks. */
export async function serveDirectory(dir: string): Promise<PaneServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- The browser -----------------------------------------------------------------------------

export interface PaneBrowser {
  context: BrowserContext;
  /**
   * The outside requests that were refused: office.js's own, such as its telemetry frame and the
   * host table it loads beside itself. Left out, office.js stays in the state it has outside
   * Office, which the stand-in completes; loaded, the table would put back a `Office.context`
   * that asks the missing host.
   */
  refused: string[];
  close(): Promise<void>;
}

/**
 * Debian's Chromium with a fresh profile. Routing every request also turns Chromium's HTTP cache
 * off, so each page loads the pane as a first visit does.
 */
export async function launchPane(server: PaneServer, script: string): Promise<PaneBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "pane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PANE_VIEWPORT,
  });

  const refused: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url)) return route.continue();
    if (url === OFFICE_JS_URL) {
      return route.fulfill({ body: script, contentType: "application/javascript" });
    }
    refused.push(url);
    return route.abort();
  });

  return {
    context,
    refused,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new tab on the pane's page; returns once the page has loaded, not yet scored. */
export async function openPane(browser: PaneBrowser, server: PaneServer): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  return page;
}

export function screenshotPath(name: string): string {
  mkdirSync(OUT_DIR, { recursive: true });
  return join(OUT_DIR, `pane-${name}.png`);
}
