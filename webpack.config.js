// Builds the task pane into dist-addin/: the bundle and taskpane.html, the manifest with its
// URLs pointed at the deployment, the icons and the template workbook. `webpack serve` serves
// the same files on https://localhost:3000/ for sideloading.
/* global console */
const path = require("path");
const { URL } = require("url");
const { spawnSync } = require("child_process");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OUTPUT_DIR = path.resolve(__dirname, "dist-addin");

// --- Where the add-in is deployed -----------------------------------------------------------

/** The base every URL of the manifest starts with: ADDIN_BASE_URL, else the dev server. */
function deploymentBase() {
  const configured = process.env.ADDIN_BASE_URL;
  if (!configured) return null;

  let url;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${configured}".`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must start with https:// (Office loads add-ins only over HTTPS): "${configured}".`
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function pointManifestAt(base) {
  return (content) => {
    // Only attribute values are URLs; the comments keep their words.
    const manifest = content.toString("utf8");
    const quoted = `"${DEV_BASE_URL}`;
    if (!manifest.includes(quoted)) {
      throw new Error(`manifest.xml has no URL starting with ${DEV_BASE_URL} to replace.`);
    }
    return manifest.split(quoted).join(`"${base}`);
  };
}

/** Says, in the build's own summary, that a production manifest still points at localhost. */
class LocalManifestWarning {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalManifestWarning", (compilation) => {
      const warning = new compiler.webpack.WebpackError(
        `ADDIN_BASE_URL 未设置：dist-addin/manifest.xml 仍指向 ${DEV_BASE_URL}，只能用于本机调试；` +
          `部署前请设置 ADDIN_BASE_URL（如 https://addin.example.org/scorecard/）后重新构建。\n` +
          `ADDIN_BASE_URL is not set: dist-addin/manifest.xml still points at ${DEV_BASE_URL}, ` +
          `fit for local debugging only; set ADDIN_BASE_URL and build again before deploying.`
      );
      compilation.warnings.push(warning);
    });
  }
}

// --- The HTTPS certificate of the dev server ------------------------------------------------

// On Linux the certificate is installed with sudo, which would wait for a password at a prompt
// nobody sees; try only when sudo runs without one. Returns why not, or null to go ahead.
function whyCertificateCannotBeInstalled(devCerts) {
  if (devCerts.verifyCertificates() || process.platform !== "linux") return null;
  const sudo = spawnSync("sudo", ["-n", "true"], { stdio: "ignore" });
  if (sudo.error)
    return "the certificate is not installed, and sudo, needed to install it, is missing";
  if (sudo.status !== 0) return "the certificate is not installed, and sudo asks for a password";
  return null;
}

async function devServerTransport() {
  let reason;
  try {
    const devCerts = require("office-addin-dev-certs");
    reason = whyCertificateCannotBeInstalled(devCerts);
    if (reason === null) {
      return { type: "https", options: await devCerts.getHttpsServerOptions() };
    }
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }

  console.warn(
    [
      "",
      `[dev-server] 无法获取或安装本机 HTTPS 开发证书：${reason}`,
      "  现改用 http://localhost:3000/ 提供任务窗格；但 Office 只从 https 加载加载项，此时 manifest.xml 中的地址无法使用。",
      "  解决：在有管理员权限的终端运行 `npx office-addin-dev-certs install`（Linux 上需要 sudo），然后重新运行 `npm run dev-server`。",
      `[dev-server] Could not obtain or install the HTTPS development certificate: ${reason}`,
      "  Serving the task pane over plain http://localhost:3000/ instead; Office loads add-ins only over HTTPS,",
      "  so the manifest's URLs do not work in this mode.",
      "  Fix: run `npx office-addin-dev-certs install` in a terminal with administrator rights (sudo on Linux),",
      "  then run `npm run dev-server` again.",
      "",
    ].join("\n")
  );
  return { type: "http" };
}

// --- The configuration ----------------------------------------------------------------------

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const base = deploymentBase();

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: OUTPUT_DIR,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              // ES modules, so webpack can drop the Fluent UI components the pane never uses;
              // the repository's CommonJS setting is for Node.
              compilerOptions: { module: "es2020", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        template: "./src/taskpane/taskpane.html",
        filename: "taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: pointManifestAt(base ?? DEV_BASE_URL),
          },
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          // The manifest's SupportUrl and LearnMoreUrl.
          { from: "src/taskpane/help.html", to: "help.html" },
          // Built by `npm run build:template`; the pane inserts it into a workbook without the form.
          { from: "assets/template-2022.xlsx", to: "assets/template-2022.xlsx" },
        ],
      }),
      ...(production && base === null ? [new LocalManifestWarning()] : []),
    ],
    // The real budget (250 KB gzipped) is measured by bench/pane.ts; this only catches a
    // bundle that has grown by a whole library.
    performance: production
      ? { hints: "warning", maxAssetSize: 1024 * 1024, maxEntrypointSize: 1024 * 1024 }
      : { hints: false },
    devServer:
      env && env.WEBPACK_SERVE
        ? {
            // Only this computer's browser and Excel need the pane while developing.
            host: "localhost",
            port: DEV_PORT,
            server: await devServerTransport(),
            static: false,
            headers: { "Access-Control-Allow-Origin": "*" },
          }
        : undefined,
  };
};
