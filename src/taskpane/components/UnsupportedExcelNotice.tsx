// This Excel lacks what the add-in needs: says which requirement sets, and what to do.
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";
import { PaneNotice } from "./PaneNotice";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
  advice: {
    margin: 0,
  },
});

export interface UnsupportedExcelNoticeProps {
  /** Requirement sets this Excel lacks, e.g. "ExcelApi 1.7". */
  missing: string[];
}

export function UnsupportedExcelNotice({ missing }: UnsupportedExcelNoticeProps) {
  const styles = useStyles();
  const text = zhCN.pane.unsupported;

  return (
    <PaneNotice title={text.title} body={text.body}>
      <ul className={styles.list}>
        {missing.map((requirement) => (
          <li key={requirement}>
            <Text>{requirement}</Text>
          </li>
        ))}
      </ul>
      <Text as="p" className={styles.advice}>
        {text.advice}
      </Text>
    </PaneNotice>
  );
}
