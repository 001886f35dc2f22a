// The total against the most this agency type can reach, who the form is for, and how many
// errors and warnings remain. The total is announced when it changes.
import { Badge, Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { zhCN } from "../../messages/zh-CN";
import { ScoreReport } from "../../rules/types";
import { agencyTypeLabel, FlagCounts } from "../report-view";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: {
    margin: 0,
  },
  total: {
    margin: 0,
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
  },
  line: {
    margin: 0,
    overflowWrap: "anywhere",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  // Read by screen readers only: the sentence behind the large figures.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface ScoreSummaryProps {
  report: ScoreReport;
  counts: FlagCounts;
  scoring: boolean;
  onRescore: () => void;
}

export function ScoreSummary({ report, counts, scoring, onRescore }: ScoreSummaryProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = zhCN.pane.summary;

  return (
    <section className={styles.summary} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {text.heading}
      </Text>
      <p className={styles.total} aria-live="polite" aria-atomic="true">
        <Text size={700} weight="semibold" aria-hidden="true">
          {text.total(report.total, report.maxTotal)}
        </Text>
        <Text aria-hidden="true">{text.unit}</Text>
        <span className={styles.visuallyHidden}>
          {text.totalLabel(report.total, report.maxTotal)}
        </span>
      </p>
      <Text as="p" weight="semibold" className={styles.line}>
        {text.agencyName(report.agencyName)}
      </Text>
      <Text as="p" className={styles.line}>
        {text.agencyType(agencyTypeLabel(report))}
      </Text>
      <div className={styles.row}>
        <Badge appearance="tint" color={counts.errors > 0 ? "danger" : "informative"}>
          {text.errors(counts.errors)}
        </Badge>
        <Badge appearance="tint" color={counts.warnings > 0 ? "warning" : "informative"}>
          {text.warnings(counts.warnings)}
        </Badge>
      </div>
      <div className={styles.row}>
        <Button size="small" disabled={scoring} onClick={onRescore}>
          {text.rescore}
        </Button>
        {scoring && <Spinner size="tiny" labelPosition="after" label={zhCN.pane.scoring} />}
      </div>
    </section>
  );
}
