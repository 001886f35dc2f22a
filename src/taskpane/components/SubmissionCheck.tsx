// Before sending the form to the office: every applicable indicator scored, the agency named
// and typed, no errors left; then the notice's deadlines and where to send each copy.
import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { zhCN } from "../../messages/zh-CN";
import { ScoreReport } from "../../rules/types";
import { deadlinesFor, FlagCounts, submissionCheck } from "../report-view";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  heading: {
    margin: 0,
  },
  paragraph: {
    margin: 0,
  },
  checks: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  check: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
  },
  deadlines: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
  },
});

export interface SubmissionCheckProps {
  report: ScoreReport;
  counts: FlagCounts;
}

export function SubmissionCheck({ report, counts }: SubmissionCheckProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = zhCN.pane.submit;
  const check = submissionCheck(report);
  const items = [
    {
      id: "scored",
      passed: check.allScored,
      label: text.allScored(check.scored, check.applicable),
    },
    { id: "name", passed: check.agencyName, label: text.agencyName },
    { id: "type", passed: check.agencyType, label: text.agencyType },
    { id: "errors", passed: check.noErrors, label: text.noErrors(counts.errors) },
  ];
  const deadlines = deadlinesFor(report);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {text.heading}
      </Text>
      <Text as="p" weight="semibold" className={styles.paragraph}>
        {check.ready ? text.ready : text.notReady}
      </Text>
      <ul className={styles.checks}>
        {items.map((item) => (
          <li key={item.id} className={styles.check}>
            <Badge appearance="tint" color={item.passed ? "success" : "danger"}>
              {item.passed ? text.passed : text.failed}
            </Badge>
            <Text>{item.label}</Text>
          </li>
        ))}
      </ul>
      {counts.warnings > 0 && (
        <Text as="p" className={styles.paragraph}>
          {text.warningsNote(counts.warnings)}
        </Text>
      )}
      <Text as="h3" size={300} weight="semibold" className={styles.heading}>
        {text.deadlinesHeading}
      </Text>
      {deadlines ? (
        <ul className={styles.deadlines}>
          {deadlines.map((line) => (
            <li key={line}>
              <Text>{line}</Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text as="p" className={styles.paragraph}>
          {text.noDeadlines(report.edition)}
        </Text>
      )}
    </section>
  );
}
