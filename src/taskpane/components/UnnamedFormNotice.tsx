// The form is there without its defined names: one button adds them.
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { zhCN } from "../../messages/zh-CN";

const useStyles = makeStyles({
  notice: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  body: {
    margin: 0,
  },
});

export interface UnnamedFormNoticeProps {
  sheetName: string;
  busy: boolean;
  onRepair: () => void;
}

export function UnnamedFormNotice({ sheetName, busy, onRepair }: UnnamedFormNoticeProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = zhCN.pane.unnamed;

  return (
    <section className={styles.notice} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {text.title}
      </Text>
      <Text as="p" className={styles.body}>
        {text.body(sheetName)}
      </Text>
      <Button
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={onRepair}
      >
        {busy ? text.busy : text.action}
      </Button>
    </section>
  );
}
