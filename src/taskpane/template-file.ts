// The template workbook shipped beside the pane (assets/template-2022.xlsx), read as base64 for
// Excel's insertWorksheetsFromBase64.
import { zhCN } from "../messages/zh-CN";

export const TEMPLATE_PATH = "assets/template-2022.xlsx";

export function toBase64(bytes: Uint8Array): string {
  // String.fromCharCode takes its arguments on the stack, so the bytes go in slices.
  const slice = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

export async function loadTemplateBase64(path: string = TEMPLATE_PATH): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(zhCN.pane.templateUnavailable(response.status));

  return toBase64(new Uint8Array(await response.arrayBuffer()));
}
