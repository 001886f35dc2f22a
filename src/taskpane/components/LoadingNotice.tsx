// Shown while the pane reads the workbook for the first time.
import { Spinner } from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";

export function LoadingNotice() {
  return <Spinner size="small" labelPosition="after" label={zhCN.pane.loading} />;
}
