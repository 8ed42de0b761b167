import { Button, useRestoreFocusTarget, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';

export type FilePickerButtonProps = Pick<ButtonProps, 'size' | 'icon' | 'appearance' | 'disabled' | 'children'> & {
  /** The file input's `accept`. */
  accept: string;
  /** Tests hand files to the hidden input through this id. */
  testId: string;
  /** Called with the picked file; picking the same file again calls it again. */
  onFile(file: File): void;
};

/** A button that opens the browser's file picker (a hidden file input does the picking). */
export function FilePickerButton({ accept, testId, onFile, ...button }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  // What the file leads to (a confirmation dialog) hands focus back here when it closes.
  const restoreFocusTarget = useRestoreFocusTarget();
  return (
    <>
      <input
        ref={input}
        // `hidden` keeps the input out of sight, out of the tab order and out of the accessibility
        // tree: the button is what users and screen readers use (a second, unlabelled control
        // would only be noise). click() still opens the picker on a hidden input.
        hidden
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button {...button} {...restoreFocusTarget} onClick={() => input.current?.click()} />
    </>
  );
}
