// The pane opened in a plain browser, or without office.js: it only runs inside Excel.
import {
  FluentProvider,
  makeStyles,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { zhCN } from "../../messages/zh-CN";

const useStyles = makeStyles({
  notice: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalM,
  },
  paragraph: {
    margin: 0,
  },
});

export interface OutsideExcelNoticeProps {
  /** office.js itself could not be loaded (no network, blocked CDN). */
  officeUnavailable: boolean;
}

export function OutsideExcelNotice({ officeUnavailable }: OutsideExcelNoticeProps) {
  const styles = useStyles();
  const text = zhCN.pane.outsideExcel;

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.notice}>
        <Text as="h1" size={500} weight="semibold" className={styles.paragraph}>
          {text.title}
        </Text>
        <Text as="p" className={styles.paragraph}>
          {text.body}
        </Text>
        {officeUnavailable && (
          <Text as="p" className={styles.paragraph}>
            {text.officeUnavailable}
          </Text>
        )}
      </main>
    </FluentProvider>
  );
}
