// Entry of the task pane: waits for Office, then shows the pane over the workbook, or, opened
// outside Excel, a plain message saying where the pane runs.
import { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { createExcelPort } from "../office/excel-adapter";
import { App } from "./App";
import { OutsideExcelNotice } from "./components/OutsideExcelNotice";
import { loadTemplateBase64 } from "./template-file";

function show(content: ReactElement): void {
  const container = document.getElementById("container") ?? document.body;
  createRoot(container).render(content);
}

function inExcel(host: Office.HostType | null): boolean {
  return host === Office.HostType.Excel && typeof Excel !== "undefined";
}

// office.js is a separate script from Microsoft's CDN; when it could not load, `Office` is
// not even defined.
if (typeof Office === "undefined") {
  show(<OutsideExcelNotice officeUnavailable />);
} else {
  Office.onReady().then(
    (info) => {
      if (!inExcel(info.host)) {
        show(<OutsideExcelNotice officeUnavailable={false} />);
        return;
      }
      const port = createExcelPort({ loadTemplateBase64: () => loadTemplateBase64() });
      show(<App port={port} />);
    },
    () => show(<OutsideExcelNotice officeUnavailable />)
  );
}
