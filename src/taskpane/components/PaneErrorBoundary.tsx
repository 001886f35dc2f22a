// Catches what the pane did not expect while drawing, and shows it instead of a blank pane.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, ReactNode } from "react";
import { zhCN } from "../../messages/zh-CN";
import { reasonOf } from "../pane-session";

export interface PaneErrorBoundaryProps {
  children: ReactNode;
}

interface PaneErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, PaneErrorBoundaryState> {
  override state: PaneErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): PaneErrorBoundaryState {
    return { error, failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;

    const text = zhCN.pane.crash;
    const reason = reasonOf(this.state.error) || zhCN.pane.problem.unknown;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.title}</MessageBarTitle>
          {text.body(reason)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => window.location.reload()}>{text.reload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
