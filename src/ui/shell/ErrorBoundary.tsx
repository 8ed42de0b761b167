import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

type Props = {
  message: (detail: string) => string;
  children: ReactNode;
  /** Shown beside the message, e.g. a way to safe mode. */
  action?: ReactNode;
  /** When this changes (the user went to another tab or record), the boundary tries again. */
  resetKey?: string | number;
};
type State = { error: Error | null; resetKey: string | number | undefined };

/**
 * Catches what a part of the pane throws while rendering (useLiveQuery rethrows storage errors,
 * a bad record can break a component) and shows it in place, so the rest of the pane, Settings
 * and its backup included, keeps working.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{this.props.message(this.state.error.message)}</MessageBarBody>
          {this.props.action && <MessageBarActions>{this.props.action}</MessageBarActions>}
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
