// A titled notice in place of the report: a heading, a sentence, then what the user can do
// (a button that shows it is busy) or read (a list, advice).
import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { ReactNode, useId } from "react";

const useStyles = makeStyles({
  notice: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
  },
  text: {
    margin: 0,
  },
});

export interface NoticeAction {
  label: string;
  busyLabel: string;
  busy: boolean;
  onClick: () => void;
}

export interface PaneNoticeProps {
  title: string;
  body: string;
  action?: NoticeAction;
  children?: ReactNode;
}

export function PaneNotice({ title, body, action, children }: PaneNoticeProps) {
  const styles = useStyles();
  const headingId = useId();

  return (
    <section className={styles.notice} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.text}>
        {title}
      </Text>
      <Text as="p" className={styles.text}>
        {body}
      </Text>
      {children}
      {action && (
        <Button
          appearance="primary"
          disabled={action.busy}
          icon={action.busy ? <Spinner size="tiny" /> : undefined}
          onClick={action.onClick}
        >
          {action.busy ? action.busyLabel : action.label}
        </Button>
      )}
    </section>
  );
}
