// The first look at a submitted file: limits are enforced from the zip's directory alone.
import JSZip from "jszip";
import { fileText } from "../../src/messages/zh-CN";
import {
  checkPackage,
  DEFAULT_LIMITS,
  listEntries,
  SubmissionError,
} from "../../src/workbook/zip-guard";

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function reason(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof SubmissionError) return e.message;
    throw e;
  }
  return "accepted";
}

test("lists the entries with their sizes from the central directory", async () => {
  const data = await zipOf({ "xl/workbook.xml": "<workbook/>", "a.txt": "x".repeat(1000) });
  const entries = listEntries(data, fileText).filter((e) => !e.name.endsWith("/"));
  expect(entries.map((e) => [e.name, e.uncompressedSize])).toEqual([
    ["xl/workbook.xml", 11],
    ["a.txt", 1000],
  ]);
  expect(entries[1].compressedSize).toBeLessThan(100);
});

test("an oversized worksheet is refused by its expanded size, before it is inflated", async () => {
  const sheet = Array.from({ length: 4000 }, (_, i) => `<c r="A${i}"><v>${i * 7919}</v></c>`).join(
    ""
  );
  const data = await zipOf({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": sheet });
  const limits = { ...DEFAULT_LIMITS, maxSheetBytes: 50_000 };
  expect(reason(() => checkPackage(data, fileText, limits))).toContain("过大");
  expect(reason(() => checkPackage(data, fileText))).toBe("accepted");
});

test("a file over the size limit is refused without being opened", async () => {
  const data = await zipOf({ "xl/workbook.xml": "<workbook/>" });
  expect(
    reason(() => checkPackage(data, fileText, { ...DEFAULT_LIMITS, maxFileBytes: 10 }))
  ).toContain("文件过大");
});

test("a zip without a workbook part is not a workbook", async () => {
  expect(reason(() => checkPackage(Buffer.from("PK not really"), fileText))).toContain(
    "不是 .xlsx"
  );
  const data = await zipOf({ "word/document.xml": "<doc/>" });
  expect(reason(() => checkPackage(data, fileText))).toContain("没有 Excel 工作簿");
});
