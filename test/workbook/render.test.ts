// The rendering script people use to compare the template with the printed form.
import { execFileSync, spawnSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";
import { tempDir } from "../cli/run";
import { INSTALL_HINT, sofficePath } from "../support/libreoffice";

const hasTools =
  sofficePath() !== null && spawnSync("sh", ["-c", "command -v pdftoppm"]).status === 0;
if (!hasTools && process.env.CI !== "true") {
  console.warn(`SKIPPED: rendering needs soffice and pdftoppm: ${INSTALL_HINT} poppler-utils`);
}

(hasTools || process.env.CI === "true" ? test : test.skip)(
  "npm run render writes page 1 and 2 of the filled template as A4-landscape PNGs",
  () => {
    const out = tempDir();
    const script = join(__dirname, "..", "..", "scripts", "render-template.ts");
    execFileSync(process.execPath, ["--import", "tsx", script, out], { stdio: "pipe" });
    for (const page of ["template-page-1.png", "template-page-2.png"]) {
      const png = readFileSync(join(out, page));
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      // A4 landscape at 110 dpi: 1286 × 909 pixels.
      expect(width).toBeGreaterThan(height);
      expect(Math.round((width / height) * 100) / 100).toBeCloseTo(297 / 210, 1);
    }
  },
  180_000
);
