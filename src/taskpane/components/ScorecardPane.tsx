// The whole pane over one workbook: a heading, the last failure if any, and what the workbook
// holds: nothing yet, a form to repair, an Excel too old, or the scored form.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";
import { edition2022 } from "../../rules/edition2022";
import { WorkbookPort } from "../../office/port";
import { PaneState, PaneSession } from "../pane-session";
import { usePaneSession } from "../usePaneSession";
import { LoadingNotice } from "./LoadingNotice";
import { NoFormNotice } from "./NoFormNotice";
import { ProblemMessage } from "./ProblemMessage";
import { ScoreReportView } from "./ScoreReportView";
import { UnnamedFormNotice } from "./UnnamedFormNotice";
import { UnsupportedExcelNotice } from "./UnsupportedExcelNotice";

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalM,
    minWidth: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: 0,
  },
});

export interface ScorecardPaneProps {
  port: WorkbookPort;
  rescoreDelayMs?: number;
}

function content(state: PaneState, session: PaneSession) {
  const view = state.view;
  switch (view.kind) {
    case "loading":
      return <LoadingNotice />;
    case "failed":
      // The problem message above says what failed and offers to try again; it stays until then.
      return null;
    case "absent":
      return <NoFormNotice busy={state.busy === "insertForm"} onInsert={session.insertForm} />;
    case "unnamed":
      return (
        <UnnamedFormNotice
          sheetName={view.sheetName}
          busy={state.busy === "repairNames"}
          onRepair={session.repairNames}
        />
      );
    case "unsupported":
      return <UnsupportedExcelNotice missing={view.missing} />;
    case "scored":
      return (
        <ScoreReportView
          report={view.result.report}
          scoring={state.scoring}
          onSelect={session.select}
          onRescore={session.rescore}
        />
      );
  }
}

export function ScorecardPane({ port, rescoreDelayMs }: ScorecardPaneProps) {
  const styles = useStyles();
  const [state, session] = usePaneSession(port, rescoreDelayMs);
  const edition =
    state.view.kind === "scored" ? state.view.result.report.edition : edition2022.edition;

  return (
    <main className={styles.pane}>
      <Text as="h1" size={500} weight="semibold" className={styles.heading}>
        {zhCN.pane.heading(edition)}
      </Text>
      {state.problem && (
        <ProblemMessage
          problem={state.problem}
          onRetry={session.start}
          onDismiss={state.view.kind === "failed" ? undefined : session.dismissProblem}
        />
      )}
      {content(state, session)}
    </main>
  );
}
