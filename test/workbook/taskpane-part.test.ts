// The task pane attached to a workbook: the Office Open XML parts Excel needs to open the add-in
// with the file, read back, replaced rather than repeated, and a file that still opens.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { validateXML } from "xmllint-wasm";
import { ADDIN_ID, ADDIN_VERSION } from "../../src/addin";
import { attachTaskPane, readTaskPane, TaskPaneReference } from "../../src/workbook/taskpane-part";

const centralDeployment: TaskPaneReference = {
  addinId: ADDIN_ID,
  version: ADDIN_VERSION,
  store: "EXCatalog",
  storeType: "EXCatalog",
};
const sharedFolder: TaskPaneReference = {
  addinId: ADDIN_ID,
  version: ADDIN_VERSION,
  store: '\\\\fileserver\\add-ins & "templates"',
  storeType: "FileSystem",
  width: 420,
};
const cellText = "互助保障覆盖率";

async function plainWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("自评");
  sheet.getCell("A1").value = cellText;
  sheet.getCell("B1").value = 42;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function part(xlsx: Buffer, name: string): Promise<string> {
  const entry = (await JSZip.loadAsync(xlsx)).file(name);
  if (entry === null) throw new Error(`no ${name} in the package`);
  return entry.async("string");
}

async function partBytes(xlsx: Buffer, name: string): Promise<Buffer> {
  const entry = (await JSZip.loadAsync(xlsx)).file(name);
  if (entry === null) throw new Error(`no ${name} in the package`);
  return entry.async("nodebuffer");
}

async function partNames(xlsx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  return Object.keys(zip.files).filter((name) => !zip.files[name].dir);
}

function count(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, "g"))?.length ?? 0;
}

describe("attachTaskPane", () => {
  test("the web extension part names the add-in, its catalog and the autoopen property", async () => {
    const xml = await part(
      await attachTaskPane(await plainWorkbook(), centralDeployment),
      "xl/webextensions/webextension1.xml"
    );
    expect(xml).toMatch(
      /^<\?xml[^>]*\?>\s*<we:webextension xmlns:we="http:\/\/schemas\.microsoft\.com\/office\/webextensions\/webextension\/2010\/11" id="\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}">/
    );
    expect(xml).toContain(
      `<we:reference id="${ADDIN_ID}" version="1.0.0.0" store="EXCatalog" storeType="EXCatalog"/>`
    );
    expect(xml).toContain("<we:alternateReferences/>");
    expect(xml).toContain(
      '<we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties>'
    );
    expect(xml).toContain("<we:bindings/>");
    expect(xml).toContain(
      '<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
    );
  });

  test("the task panes part docks one visible pane on the right, 350 px wide, linked as rId1", async () => {
    const xlsx = await attachTaskPane(await plainWorkbook(), centralDeployment);
    const panes = await part(xlsx, "xl/webextensions/taskpanes.xml");
    expect(panes).toContain(
      '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">'
    );
    expect(count(panes, /<wetp:taskpane /)).toBe(1);
    expect(panes).toContain('<wetp:taskpane dockstate="right" visibility="1" width="350" row="1">');
    expect(panes).toContain(
      '<wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>'
    );

    const links = await part(xlsx, "xl/webextensions/_rels/taskpanes.xml.rels");
    expect(links).toContain(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    );
    expect(links).toContain(
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/>'
    );
  });

  test("the package root points to the task panes, and both parts have their content type", async () => {
    const before = await plainWorkbook();
    const xlsx = await attachTaskPane(before, centralDeployment);

    const rootRelationships = await part(xlsx, "_rels/.rels");
    const added = rootRelationships.match(
      /<Relationship Id="(rId\d+)" Type="http:\/\/schemas\.microsoft\.com\/office\/2011\/relationships\/webextensiontaskpanes" Target="xl\/webextensions\/taskpanes\.xml"\/>/
    );
    expect(added).not.toBeNull();
    expect(await part(before, "_rels/.rels")).not.toContain(`Id="${added?.[1]}"`);

    const contentTypes = await part(xlsx, "[Content_Types].xml");
    expect(contentTypes).toContain(
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>'
    );
    expect(contentTypes).toContain(
      '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>'
    );
  });

  test("every other part of the workbook is kept byte for byte", async () => {
    const before = await plainWorkbook();
    const after = await attachTaskPane(before, centralDeployment);
    const untouched = (await partNames(before)).filter(
      (name) => name !== "[Content_Types].xml" && name !== "_rels/.rels"
    );
    expect(untouched).toContain("xl/worksheets/sheet1.xml");
    for (const name of untouched) {
      expect([name, await partBytes(after, name)]).toEqual([name, await partBytes(before, name)]);
    }
    expect((await partNames(after)).slice(0, untouched.length + 2)).toEqual(
      await partNames(before)
    );
  });

  test("attaching twice leaves one root relationship, one override of each, one web extension", async () => {
    const once = await attachTaskPane(await plainWorkbook(), centralDeployment);
    const twice = await attachTaskPane(once, sharedFolder);

    expect(count(await part(twice, "_rels/.rels"), /webextensiontaskpanes/)).toBe(1);
    const contentTypes = await part(twice, "[Content_Types].xml");
    expect(count(contentTypes, /PartName="\/xl\/webextensions\/taskpanes\.xml"/)).toBe(1);
    expect(count(contentTypes, /PartName="\/xl\/webextensions\/webextension1\.xml"/)).toBe(1);
    expect((await partNames(twice)).filter((name) => name.includes("webextension"))).toEqual([
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
      "xl/webextensions/webextension1.xml",
    ]);
    expect(await readTaskPane(twice)).toEqual(sharedFolder);
  });

  test("a task pane saved under other part names is replaced, not left beside the new one", async () => {
    // As another writer might have saved it: the web extension as webextension7.xml.
    const zip = await JSZip.loadAsync(await attachTaskPane(await plainWorkbook(), sharedFolder));
    const oldName = "xl/webextensions/webextension1.xml";
    const extension = (await zip.file(oldName)?.async("string")) ?? "";
    zip.remove(oldName).file("xl/webextensions/webextension7.xml", extension);
    for (const name of ["xl/webextensions/_rels/taskpanes.xml.rels", "[Content_Types].xml"]) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      zip.file(name, xml.replace("webextension1.xml", "webextension7.xml"));
    }
    const otherNames = await zip.generateAsync({ type: "nodebuffer" });
    expect(await readTaskPane(otherNames)).toEqual(sharedFolder);

    const replaced = await attachTaskPane(otherNames, centralDeployment);
    expect((await partNames(replaced)).filter((name) => name.includes("webextension"))).toEqual([
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
      "xl/webextensions/webextension1.xml",
    ]);
    expect(await part(replaced, "[Content_Types].xml")).not.toContain("webextension7");
    expect(await readTaskPane(replaced)).toEqual({ ...centralDeployment, width: 350 });
  });

  test("attaching the same reference again gives the same parts, instance id included", async () => {
    const once = await attachTaskPane(await plainWorkbook(), centralDeployment);
    const twice = await attachTaskPane(once, centralDeployment);
    for (const name of await partNames(once)) {
      expect([name, await part(twice, name)]).toEqual([name, await part(once, name)]);
    }
  });

  test("a shared-folder path with backslashes, an ampersand and quotes is escaped and round-trips", async () => {
    const xlsx = await attachTaskPane(await plainWorkbook(), sharedFolder);
    expect(await part(xlsx, "xl/webextensions/webextension1.xml")).toContain(
      'store="\\\\fileserver\\add-ins &amp; &quot;templates&quot;" storeType="FileSystem"'
    );
    expect(await readTaskPane(xlsx)).toEqual(sharedFolder);
  });

  test("every part written or rewritten is well-formed XML", async () => {
    const xlsx = await attachTaskPane(await attachTaskPane(await plainWorkbook(), sharedFolder), {
      ...centralDeployment,
      store: "<&'\">\t\n",
    });
    const names = [
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
      "xl/webextensions/webextension1.xml",
    ];
    const xml = await Promise.all(
      names.map(async (name, i) => ({ fileName: `part${i}.xml`, contents: await part(xlsx, name) }))
    );
    const result = await validateXML({ xml, normalization: "c14n" });
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    expect((await readTaskPane(xlsx))?.store).toBe("<&'\">\t\n");
  });

  test("exceljs still loads the workbook and reads the cell", async () => {
    const attached = await attachTaskPane(await plainWorkbook(), sharedFolder);
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; a copy gives one that holds just these bytes.
    await workbook.xlsx.load(new Uint8Array(attached).buffer);
    expect(workbook.getWorksheet("自评")?.getCell("A1").value).toBe(cellText);
    expect(workbook.getWorksheet("自评")?.getCell("B1").value).toBe(42);
  });

  test.each([
    ["text", Buffer.from("not a workbook at all")],
    ["an empty buffer", Buffer.alloc(0)],
  ])("%s is rejected as not an .xlsx file", async (_, input) => {
    await expect(attachTaskPane(input, centralDeployment)).rejects.toThrow(
      /^Not an \.xlsx file: the data is not a zip archive/
    );
    await expect(readTaskPane(input)).rejects.toThrow(/^Not an \.xlsx file/);
  });

  test("a zip without [Content_Types].xml is rejected as not an .xlsx file", async () => {
    const zip = new JSZip().file("readme.txt", "hello");
    const input = await zip.generateAsync({ type: "nodebuffer" });
    await expect(attachTaskPane(input, centralDeployment)).rejects.toThrow(
      "Not an .xlsx file: the zip archive has no [Content_Types].xml"
    );
  });

  test.each([
    ["an empty add-in id", { ...centralDeployment, addinId: "" }, /non-empty addinId/],
    ["a blank store", { ...centralDeployment, store: " " }, /non-empty store/],
    ["a width of 0", { ...centralDeployment, width: 0 }, /width must be a positive number/],
  ])("a reference with %s is refused", async (_, ref, message) => {
    await expect(attachTaskPane(await plainWorkbook(), ref)).rejects.toThrow(message);
  });
});

describe("readTaskPane", () => {
  test("a workbook straight from exceljs has no task pane", async () => {
    expect(await readTaskPane(await plainWorkbook())).toBeNull();
  });

  test("gives back the reference that was attached, with the default width of 350", async () => {
    const xlsx = await attachTaskPane(await plainWorkbook(), centralDeployment);
    expect(await readTaskPane(xlsx)).toEqual({ ...centralDeployment, width: 350 });
  });

  test("a pane whose autoopen property is not true does not count", async () => {
    const zip = await JSZip.loadAsync(await attachTaskPane(await plainWorkbook(), sharedFolder));
    const name = "xl/webextensions/webextension1.xml";
    const xml = await zip.file(name)?.async("string");
    zip.file(name, (xml ?? "").replace('value="true"', 'value="false"'));
    expect(await readTaskPane(await zip.generateAsync({ type: "nodebuffer" }))).toBeNull();
  });
});

// LibreOffice opening a file with these parts is checked on the real template in template.test.ts.
