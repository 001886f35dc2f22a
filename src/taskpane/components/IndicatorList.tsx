// The 18 indicators grouped by area (考核内容), with a switch to keep only those with errors
// or warnings.
import { makeStyles, Switch, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { zhCN } from "../../messages/zh-CN";
import { SelectCell } from "../pane-session";
import { AreaGroup, onlyProblems } from "../report-view";
import { IndicatorArea } from "./IndicatorArea";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  heading: {
    margin: 0,
  },
  none: {
    margin: 0,
  },
});

export interface IndicatorListProps {
  groups: AreaGroup[];
  onSelect: SelectCell;
}

export function IndicatorList({ groups, onSelect }: IndicatorListProps) {
  const styles = useStyles();
  const headingId = useId();
  const [problemsOnly, setProblemsOnly] = useState(false);
  const text = zhCN.pane.indicators;
  const shown = problemsOnly ? onlyProblems(groups) : groups;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {text.heading}
        </Text>
        <Switch
          label={text.filter}
          checked={problemsOnly}
          onChange={(_event, data) => setProblemsOnly(data.checked)}
        />
      </div>
      {shown.length === 0 && (
        <Text as="p" className={styles.none}>
          {text.noneWithProblems}
        </Text>
      )}
      {shown.map((group) => (
        <IndicatorArea
          key={`${group.area}-${group.rows[0].no}`}
          group={group}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}
