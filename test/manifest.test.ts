// manifest.xml: valid against the Office add-in schemas (version 1.1, checked offline), in step
// with src/addin.ts, for Excel only, and pointing only at icons that exist at the size they claim.
import { existsSync, readFileSync, readdirSync } from "fs";
import { basename, join } from "path";
import { validateXML, XMLValidationResult } from "xmllint-wasm";
import { ADDIN_ID, ADDIN_VERSION } from "../src/addin";

const root = join(__dirname, "..");
const assetsDir = join(root, "assets");
const schemaDir = join(__dirname, "..", "..", "shared", "schemas", "office-addin-manifest");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const URL_BASE = "https://localhost:3000/";

const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
// Comments are dropped before the text is searched, so a URL or tag in a comment counts for
// nothing; the schema check below makes sure the elements sit where they should.
const manifestWithoutComments = manifest.replace(/<!--[\s\S]*?-->/g, "");

// --- Reading the schemas --------------------------------------------------------------------

interface SchemaFile {
  fileName: string;
  contents: string;
}

// The schemas import one another by bare file name (schemaLocation="OfficeAppBasicTypesV1_0.xsd"),
// so each imported file is handed to xmllint under that same name, next to the main schema.
function readSchemas(): { main: SchemaFile; imports: SchemaFile[] } {
  if (!existsSync(join(schemaDir, MAIN_SCHEMA))) {
    throw new Error(
      `Office add-in manifest schemas not found: expected ${MAIN_SCHEMA} and the .xsd files ` +
        `it imports in ${schemaDir} (the shared folder next to the repository).`
    );
  }
  const read = (fileName: string): SchemaFile => ({
    fileName,
    contents: readFileSync(join(schemaDir, fileName), "utf8"),
  });
  const main = read(MAIN_SCHEMA);
  const imports = readdirSync(schemaDir)
    .filter((name) => name.endsWith(".xsd") && name !== MAIN_SCHEMA)
    .map(read);

  const present = new Set([main, ...imports].map((file) => file.fileName));
  const missing = [main, ...imports]
    .flatMap((file) => [...file.contents.matchAll(/schemaLocation="([^"]+)"/g)].map((m) => m[1]))
    .filter((name) => !present.has(name));
  if (missing.length > 0) {
    throw new Error(
      `Office add-in manifest schemas incomplete: ${[...new Set(missing)].join(", ")} ` +
        `expected in ${schemaDir}.`
    );
  }
  return { main, imports };
}

// --- Reading the manifest -------------------------------------------------------------------

function textsOf(element: string): string[] {
  const pattern = new RegExp(`<${element}>([^<]*)</${element}>`, "g");
  return [...manifestWithoutComments.matchAll(pattern)].map((m) => m[1].trim());
}

function attributesOf(element: string): Record<string, string>[] {
  const pattern = new RegExp(`<${element}\\s([^>]*?)/?>`, "g");
  return [...manifestWithoutComments.matchAll(pattern)].map((tag) =>
    Object.fromEntries([...tag[1].matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
  );
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG file`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const urls = [...manifestWithoutComments.matchAll(/DefaultValue="([a-z]+:\/\/[^"]*)"/gi)].map(
  (m) => m[1]
);
const iconUrls = [...new Set(urls.filter((url) => url.endsWith(".png")))];

// --- The specification ----------------------------------------------------------------------

describe("manifest.xml against the Office add-in schemas", () => {
  let schemas: { main: SchemaFile; imports: SchemaFile[] };

  beforeAll(() => {
    schemas = readSchemas();
  });

  function validate(xml: string): Promise<XMLValidationResult> {
    return validateXML({
      xml: [{ fileName: "manifest.xml", contents: xml }],
      schema: [schemas.main],
      preload: schemas.imports,
    });
  }

  test("the manifest is valid", async () => {
    const result = await validate(manifest);
    const errors = result.errors.map((error) => error.rawMessage);
    expect({ valid: result.valid, errors }).toEqual({ valid: true, errors: [] });
  });

  test.each([
    ["without its <Id>", /<Id>[^<]*<\/Id>/, "", /Expected is \( \{[^}]+\}Id \)/],
    [
      "with an element the schema does not know",
      "<Permissions>",
      "<Colour>blue</Colour><Permissions>",
      /Colour': This element is not expected/,
    ],
    [
      "with a three-part requirement version",
      'MinVersion="1.7"',
      'MinVersion="1.7.1"',
      /'1\.7\.1' is not accepted by the pattern/,
    ],
  ])("a copy %s is reported invalid", async (_case, search, replacement, expectedError) => {
    const broken = manifest.replace(search, replacement);
    expect(broken).not.toBe(manifest);

    const result = await validate(broken);

    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => error.message).join("\n")).toMatch(expectedError);
  });
});

describe("manifest.xml contents", () => {
  test("<Id> and <Version> are ADDIN_ID and ADDIN_VERSION of src/addin.ts", () => {
    expect(textsOf("Id")).toEqual([ADDIN_ID]);
    expect(textsOf("Version")).toEqual([ADDIN_VERSION]);
  });

  test("the add-in is for Excel only: the Workbook host, requiring ExcelApi 1.7", () => {
    expect(attributesOf("Host")).toEqual([{ Name: "Workbook" }, { "xsi:type": "Workbook" }]);
    expect(attributesOf("Set")).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  test("every URL starts with the development base that the build replaces", () => {
    expect(urls).toContain(`${URL_BASE}taskpane.html`);
    expect(urls.filter((url) => !url.startsWith(URL_BASE))).toEqual([]);
  });

  test("every resid names a resource defined under <Resources>", () => {
    const defined = new Set(
      ["bt:Image", "bt:Url", "bt:String"].flatMap((element) =>
        attributesOf(element)
          .map((attributes) => attributes.id)
          .filter((id) => id !== undefined)
      )
    );
    const referenced = [...manifestWithoutComments.matchAll(/resid="([^"]*)"/g)].map((m) => m[1]);

    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
  });

  test.each(iconUrls)("icon %s exists in assets/ with the pixel size its name says", (url) => {
    const name = url.slice(`${URL_BASE}assets/`.length);
    const claimedSize = Number(/^icon-(\d+)\.png$/.exec(name)?.[1]);
    expect(url.startsWith(`${URL_BASE}assets/`)).toBe(true);
    expect(claimedSize).toBeGreaterThan(0);

    const file = join(assetsDir, name);

    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: claimedSize, height: claimedSize });
  });

  test("each ribbon icon of size N resolves to the N-pixel image", () => {
    const imageUrls = new Map(
      attributesOf("bt:Image")
        .filter((attributes) => attributes.id !== undefined)
        .map((attributes) => [attributes.id, attributes.DefaultValue])
    );
    const references = attributesOf("bt:Image").filter((attributes) => attributes.size);

    expect(references.map((reference) => reference.size)).toEqual([
      "16",
      "32",
      "80",
      "16",
      "32",
      "80",
    ]);
    for (const reference of references) {
      const url = imageUrls.get(reference.resid) ?? "";
      expect(basename(url)).toBe(`icon-${reference.size}.png`);
    }
  });
});
