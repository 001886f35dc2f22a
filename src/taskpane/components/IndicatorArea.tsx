// One assessment area (考核内容) under its heading, with its indicators.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { SelectCell } from "../pane-session";
import { AreaGroup } from "../report-view";
import { IndicatorItem } from "./IndicatorItem";

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
    paddingBlockStart: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  rows: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export interface IndicatorAreaProps {
  group: AreaGroup;
  onSelect: SelectCell;
}

export function IndicatorArea({ group, onSelect }: IndicatorAreaProps) {
  const styles = useStyles();
  const headingId = useId();

  return (
    <section className={styles.area} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={300} weight="semibold" className={styles.heading}>
        {group.area}
      </Text>
      <ul className={styles.rows}>
        {group.rows.map((row) => (
          <IndicatorItem key={row.no} row={row} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
