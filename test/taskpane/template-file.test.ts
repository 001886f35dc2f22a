// The template the pane inserts is fetched beside the pane and handed to Excel as base64.
import { loadTemplateBase64, toBase64 } from "../../src/taskpane/template-file";

const realFetch = globalThis.fetch;

afterEach(() => {
  globalThis.fetch = realFetch;
});

test("base64 of a file longer than one slice matches Node's own encoding", () => {
  const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);

  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
});

test("the template is read from the add-in's assets folder", async () => {
  const requested: string[] = [];
  globalThis.fetch = (async (url: string) => {
    requested.push(url);
    return new Response(new Uint8Array([80, 75, 3, 4]));
  }) as typeof fetch;

  expect(await loadTemplateBase64()).toBe("UEsDBA==");
  expect(requested).toEqual(["assets/template-2022.xlsx"]);
});

test("a template missing from the deployment is an error naming the HTTP status", async () => {
  globalThis.fetch = (async () => new Response("", { status: 404 })) as typeof fetch;

  await expect(loadTemplateBase64()).rejects.toThrow(/HTTP 404/);
});
