// One flag: how serious, what is wrong and how to fix it, and a button that selects the cell.
import { Badge, BadgeProps, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { severityLabel, zhCN } from "../../messages/zh-CN";
import { Flag, Severity } from "../../rules/types";
import { SelectCell } from "../pane-session";

const useStyles = makeStyles({
  flag: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
  },
  message: {
    overflowWrap: "anywhere",
  },
});

const badgeColors: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface FlagItemProps {
  flag: Flag;
  onSelect: SelectCell;
}

export function FlagItem({ flag, onSelect }: FlagItemProps) {
  const styles = useStyles();
  const text = zhCN.pane.flag;
  // A flag about the form as a whole (the incomplete total) has no cell to go to.
  const cell = flag.keys[0];

  return (
    <li className={styles.flag}>
      <Badge appearance="tint" color={badgeColors[flag.severity]}>
        {severityLabel[flag.severity]}
      </Badge>
      <Text size={200} className={styles.message}>
        {flag.message}
      </Text>
      {cell !== undefined && (
        <Button
          size="small"
          aria-label={text.locateLabel(flag.message)}
          onClick={() => onSelect(cell)}
        >
          {text.locate}
        </Button>
      )}
    </li>
  );
}
