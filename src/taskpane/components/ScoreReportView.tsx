// The scored form: the total, the overall verdict, problems with the form as a whole, every
// indicator, and the check before sending it to the office.
import { ScoreReport } from "../../rules/types";
import { SelectCell } from "../pane-session";
import { countFlags, groupByArea, overallStatus, unscoredCount } from "../report-view";
import { FormFlagList } from "./FormFlagList";
import { IndicatorList } from "./IndicatorList";
import { ReportStatus } from "./ReportStatus";
import { ScoreSummary } from "./ScoreSummary";
import { SubmissionCheck } from "./SubmissionCheck";

export interface ScoreReportViewProps {
  report: ScoreReport;
  scoring: boolean;
  onSelect: SelectCell;
  onRescore: () => void;
}

export function ScoreReportView({ report, scoring, onSelect, onRescore }: ScoreReportViewProps) {
  const counts = countFlags(report);

  return (
    <>
      <ScoreSummary report={report} counts={counts} scoring={scoring} onRescore={onRescore} />
      <ReportStatus
        status={overallStatus(counts)}
        counts={counts}
        unscored={unscoredCount(report)}
      />
      {report.flags.length > 0 && <FormFlagList flags={report.flags} onSelect={onSelect} />}
      <IndicatorList groups={groupByArea(report)} onSelect={onSelect} />
      <SubmissionCheck report={report} counts={counts} />
    </>
  );
}
