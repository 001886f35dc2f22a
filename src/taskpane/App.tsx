// The pane's frame: Fluent's theme, and a boundary so an unexpected error shows a message
// instead of a blank pane.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookPort } from "../office/port";
import { PaneErrorBoundary } from "./components/PaneErrorBoundary";
import { ScorecardPane } from "./components/ScorecardPane";

export interface AppProps {
  port: WorkbookPort;
  /** Pause after the last edit before re-scoring; the default suits typing. */
  rescoreDelayMs?: number;
}

export function App({ port, rescoreDelayMs }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneErrorBoundary>
        <ScorecardPane port={port} rescoreDelayMs={rescoreDelayMs} />
      </PaneErrorBoundary>
    </FluentProvider>
  );
}
