// `npm start`: on Windows and macOS, sideloads the add-in into desktop Excel with
// office-addin-debugging, which also starts the dev server. On Linux there is no desktop Excel:
// the pane is served, and the steps to sideload it into Excel on the web are printed.
/* global console */
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const windows = process.platform === "win32";

// office-addin-debugging prints its failures and still exits with 0, so its output is read.
// It prints "Error: Unable to start debugging." and "Unable to sideload …" / "Unable to start
// the dev server …" for the steps that failed.
const FAILURE = /^Error:|Unable to (start|sideload)|is not running/m;

function run(command, args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      shell: windows,
      stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    if (capture) {
      child.stdout.on("data", (chunk) => {
        process.stdout.write(chunk);
        output += chunk;
      });
      child.stderr.on("data", (chunk) => {
        process.stderr.write(chunk);
        output += chunk;
      });
    }
    child.on("error", (error) => resolve({ code: 1, output: `Error: ${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function sideloadIntoDesktopExcel() {
  const args = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"];
  const { code, output } = await run("npx", args, { capture: true });
  if (code !== 0 || FAILURE.test(output)) {
    console.error(
      [
        "",
        "未能在桌面版 Excel 中加载本加载项：原因见上方输出。常见原因：HTTPS 开发证书未安装",
        "（运行 `npx office-addin-dev-certs install`）、端口 3000 被占用、Excel 未安装。",
        "The add-in could not be sideloaded into desktop Excel; the output above says why. Common",
        "causes: the HTTPS development certificate is not installed (run",
        "`npx office-addin-dev-certs install`), port 3000 is taken, Excel is not installed.",
      ].join("\n")
    );
    process.exitCode = 1;
  }
}

async function serveForExcelOnTheWeb() {
  console.log(
    [
      "此系统没有桌面版 Excel：现在启动任务窗格的开发服务器（https://localhost:3000/），",
      "请在 Excel 网页版中旁加载：",
      "  1. 用同一台电脑的浏览器打开 https://localhost:3000/taskpane.html，确认没有证书警告；",
      "     如有，先运行 `npx office-addin-dev-certs install`，并让浏览器信任该证书。",
      "  2. 在浏览器中打开 Excel 网页版（https://excel.cloud.microsoft/），新建或打开一个工作簿。",
      "  3. 开始 → 加载项 → 高级（或“更多加载项”）→ 上传我的加载项，选择本仓库的 manifest.xml。",
      "  4. 在“开始”选项卡的“绩效自评”组中点击“打开自评助手”。",
      "按 Ctrl+C 停止服务器。",
      "",
      "There is no desktop Excel on this system: starting the task pane's dev server",
      "(https://localhost:3000/). Sideload it into Excel on the web:",
      "  1. In a browser on this computer, open https://localhost:3000/taskpane.html and make sure",
      "     there is no certificate warning; if there is, run `npx office-addin-dev-certs install`",
      "     and have the browser trust that certificate.",
      "  2. Open Excel on the web (https://excel.cloud.microsoft/) and create or open a workbook.",
      "  3. Home → Add-ins → Advanced (or More Add-ins) → Upload My Add-in, and pick this",
      "     repository's manifest.xml.",
      "  4. On the Home tab, in the 绩效自评 group, click 打开自评助手.",
      "Press Ctrl+C to stop the server.",
      "",
    ].join("\n")
  );
  const { code } = await run("npm", ["run", "dev-server"], { capture: false });
  process.exitCode = code;
}

if (process.platform === "win32" || process.platform === "darwin") {
  sideloadIntoDesktopExcel();
} else {
  serveForExcelOnTheWeb();
}
