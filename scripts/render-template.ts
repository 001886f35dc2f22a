// Renders page 1 of the template (filled with the example agency) to PNG, so a person can set it
// beside the printed official form: template → LibreOffice PDF → pdftoppm PNG.
// Usage: npm run render -- [OUT_DIR]   (default: out/render)
import { execFileSync } from "child_process";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { buildTemplate } from "../src/workbook/template";
import { convert } from "../test/support/libreoffice";

async function render(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const example = join(__dirname, "..", "examples", "chaoyang-2022.json");
  const xlsx = join(outDir, "template-example.xlsx");
  writeFileSync(xlsx, await buildTemplate({ inputs: JSON.parse(readFileSync(example, "utf8")) }));

  convert([xlsx], outDir, "pdf");
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  const png = join(outDir, "template-page");
  execFileSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "2", pdf, png]);
  console.log(`rendered ${pdf} → ${png}-1.png (and -2.png where there is a second page)`);
}

render(resolve(process.argv[2] ?? join("out", "render"))).catch((e) => {
  console.error(`render: ${(e as Error).message}`);
  process.exitCode = 1;
});
