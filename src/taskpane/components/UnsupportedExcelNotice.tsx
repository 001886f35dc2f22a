// This Excel lacks what the add-in needs: says which requirement sets, and what to do.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { zhCN } from "../../messages/zh-CN";

const useStyles = makeStyles({
  notice: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    margin: 0,
  },
  body: {
    margin: 0,
  },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});

export interface UnsupportedExcelNoticeProps {
  /** Requirement sets this Excel lacks, e.g. "ExcelApi 1.7". */
  missing: string[];
}

export function UnsupportedExcelNotice({ missing }: UnsupportedExcelNoticeProps) {
  const styles = useStyles();
  const headingId = useId();
  const text = zhCN.pane.unsupported;

  return (
    <section className={styles.notice} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {text.title}
      </Text>
      <Text as="p" className={styles.body}>
        {text.body}
      </Text>
      <ul className={styles.list}>
        {missing.map((requirement) => (
          <li key={requirement}>
            <Text>{requirement}</Text>
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.body}>
        {text.advice}
      </Text>
    </section>
  );
}
