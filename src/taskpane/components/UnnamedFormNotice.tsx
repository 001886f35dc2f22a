// The form is there without its defined names: one button adds them.
import { zhCN } from "../../messages/zh-CN";
import { PaneNotice } from "./PaneNotice";

export interface UnnamedFormNoticeProps {
  sheetName: string;
  busy: boolean;
  onRepair: () => void;
}

export function UnnamedFormNotice({ sheetName, busy, onRepair }: UnnamedFormNoticeProps) {
  const text = zhCN.pane.unnamed;
  const action = { label: text.action, busyLabel: text.busy, busy, onClick: onRepair };
  return <PaneNotice title={text.title} body={text.body(sheetName)} action={action} />;
}
