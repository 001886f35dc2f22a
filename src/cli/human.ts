// The report as a person reads it on a terminal: one block per indicator, flags under it.
import { cliText, severityLabel } from "../messages/zh-CN";
import { Catalog } from "../rules/catalog";
import { Flag, ScoreReport } from "../rules/types";

function flagLine(flag: Flag): string {
  return `    [${severityLabel[flag.severity]}] ${flag.message}`;
}

export function formatReport(report: ScoreReport, catalog: Catalog): string {
  const typeLabel = catalog.agencyTypes.find((t) => t.code === report.agencyType)?.label ?? null;
  const lines = [cliText.header(report.agencyName, typeLabel, report.edition)];
  lines.push(cliText.total(report.total, report.maxTotal));
  lines.push(...report.flags.map(flagLine));

  for (const indicator of report.indicators) {
    const def = catalog.indicators.find((d) => d.no === indicator.no);
    const score = cliText.score(indicator.score, indicator.max, indicator.applicable);
    lines.push("", `${String(indicator.no).padStart(2)}. ${def?.name ?? ""}  ${score}`);
    lines.push(...indicator.flags.map(flagLine));
    lines.push(...indicator.explanation.map((line) => `    ${line}`));
  }
  return lines.join("\n");
}
