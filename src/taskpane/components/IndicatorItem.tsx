// One indicator: its number, name, score against its maximum and state; its flags; and, once
// clicked, its explanation, while the sheet selects its 自评分 cell.
import { Badge, BadgeProps, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { zhCN } from "../../messages/zh-CN";
import { scoreName } from "../../rules/sheet-formulas";
import { SelectCell } from "../pane-session";
import { IndicatorRow, IndicatorState } from "../report-view";
import { FlagItem } from "./FlagItem";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBlockEnd: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  toggle: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "flex-start",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    height: "auto",
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalS,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
  },
  name: {
    flexGrow: 1,
    flexBasis: "0",
    minWidth: "8em",
    overflowWrap: "anywhere",
  },
  score: {
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  flags: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInline: tokens.spacingHorizontalS,
    listStyleType: "none",
  },
  explanation: {
    marginInline: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  lines: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

const stateColors: Record<IndicatorState, BadgeProps["color"]> = {
  scored: "success",
  warning: "warning",
  unscored: "danger",
  notApplicable: "subtle",
};

export interface IndicatorItemProps {
  row: IndicatorRow;
  onSelect: SelectCell;
}

export function IndicatorItem({ row, onSelect }: IndicatorItemProps) {
  const styles = useStyles();
  const explanationId = useId();
  const [open, setOpen] = useState(false);
  const text = zhCN.pane.indicators;
  const { report } = row;

  const scoreText = !report.applicable
    ? text.notApplicableScore
    : report.score === null
      ? text.unscoredScore(report.max)
      : text.score(report.score, report.max);
  const detail = text.scoreLabel(
    report.score,
    report.max,
    report.applicable,
    text.state[row.state]
  );

  function toggle(): void {
    setOpen(!open);
    if (!open) onSelect(scoreName(row.no));
  }

  return (
    <li className={styles.item}>
      <Button
        appearance="subtle"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={explanationId}
        aria-label={text.toggleLabel(row.no, row.name, detail, open)}
        onClick={toggle}
      >
        <span className={styles.name}>{`${row.no}. ${row.name}`}</span>
        <span className={styles.score}>{scoreText}</span>
        {report.applicable && (
          <Badge appearance="tint" color={stateColors[row.state]}>
            {text.state[row.state]}
          </Badge>
        )}
      </Button>
      {report.flags.length > 0 && (
        <ul className={styles.flags}>
          {report.flags.map((flag, index) => (
            <FlagItem key={`${flag.code}-${index}`} flag={flag} onSelect={onSelect} />
          ))}
        </ul>
      )}
      <div
        id={explanationId}
        role="region"
        aria-label={text.explanationHeading(row.no)}
        className={styles.explanation}
        hidden={!open}
      >
        <ul className={styles.lines}>
          {report.explanation.map((line, index) => (
            <li key={index}>
              <Text size={200}>{line}</Text>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
