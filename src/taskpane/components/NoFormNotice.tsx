// The workbook has no form: one button inserts the office's template.
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

export interface NoFormNoticeProps {
  busy: boolean;
  onInsert: () => void;
}

export function NoFormNotice({ busy, onInsert }: NoFormNoticeProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = zhCN.pane.noForm;

  return (
    <section className={styles.notice} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {text.title}
      </Text>
      <Text as="p" className={styles.body}>
        {text.body}
      </Text>
      <Button
        appearance="primary"
        disabled={busy}
        icon={busy ? <Spinner size="tiny" /> : undefined}
        onClick={onInsert}
      >
        {busy ? text.busy : text.action}
      </Button>
    </section>
  );
}
