// Flags about the form as a whole: agency name or type missing, total incomplete.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { zhCN } from "../../messages/zh-CN";
import { Flag } from "../../rules/types";
import { SelectCell } from "../pane-session";
import { FlagItem } from "./FlagItem";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

export interface FormFlagListProps {
  flags: Flag[];
  onSelect: SelectCell;
}

export function FormFlagList({ flags, onSelect }: FormFlagListProps) {
  const styles = useStyles();
  const headingId = useId();

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {zhCN.pane.formFlags}
      </Text>
      <ul className={styles.list}>
        {flags.map((flag, index) => (
          <FlagItem key={`${flag.code}-${index}`} flag={flag} onSelect={onSelect} />
        ))}
      </ul>
    </section>
  );
}
