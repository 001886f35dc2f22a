// The last thing the workbook refused to do, in the port's own words, with a way forward.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";
import { PortProblem } from "../pane-session";

export interface ProblemMessageProps {
  problem: PortProblem;
  onRetry: () => void;
  /** Absent while the message is all the pane has to show. */
  onDismiss?: () => void;
}

// Finding, scoring and following the form are retried by starting over; the other actions
// have their own button right below.
const retried = new Set(["detect", "score", "watch"]);

export function ProblemMessage({ problem, onRetry, onDismiss }: ProblemMessageProps) {
  const text = zhCN.pane.problem;
  const reason = problem.reason.trim() === "" ? text.unknown : problem.reason;

  return (
    <MessageBar intent={problem.action === "watch" ? "warning" : "error"} layout="multiline">
      <MessageBarBody>{text[problem.action](reason)}</MessageBarBody>
      <MessageBarActions>
        {retried.has(problem.action) && <Button onClick={onRetry}>{text.retry}</Button>}
        {onDismiss && (
          <Button appearance="subtle" onClick={onDismiss}>
            {text.dismiss}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
