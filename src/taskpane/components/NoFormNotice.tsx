// The workbook has no form: one button inserts the office's template.
import { zhCN } from "../../messages/zh-CN";
import { PaneNotice } from "./PaneNotice";

export interface NoFormNoticeProps {
  busy: boolean;
  onInsert: () => void;
}

export function NoFormNotice({ busy, onInsert }: NoFormNoticeProps) {
  const text = zhCN.pane.noForm;
  const action = { label: text.action, busyLabel: text.busy, busy, onClick: onInsert };
  return <PaneNotice title={text.title} body={text.body} action={action} />;
}
