// The verdict in one line: all good, errors to fix, or warnings to check.
import { MessageBar, MessageBarBody, MessageBarIntent } from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";
import { FlagCounts, OverallStatus } from "../report-view";

const intents: Record<OverallStatus, MessageBarIntent> = {
  allGood: "success",
  errors: "error",
  warnings: "warning",
};

export interface ReportStatusProps {
  status: OverallStatus;
  counts: FlagCounts;
  unscored: number;
}

export function ReportStatus({ status, counts, unscored }: ReportStatusProps) {
  const text = zhCN.pane.status;
  const message =
    status === "allGood"
      ? text.allGood
      : status === "errors"
        ? text.errors(counts.errors, unscored)
        : text.warnings(counts.warnings);

  return (
    <MessageBar intent={intents[status]} layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
