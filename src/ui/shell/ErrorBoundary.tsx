import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

type Props = { message: (detail: string) => string; children: ReactNode };
type State = { error: Error | null };

/** useLiveQuery rethrows storage errors: show them in place instead of unmounting the pane. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <MessageBar intent="error">
          <MessageBarBody>{this.props.message(this.state.error.message)}</MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
