import { Button, makeStyles, type ButtonProps } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  // Out of sight and out of the tab order: the button is what users (and screen readers) use.
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

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
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        tabIndex={-1}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button {...button} onClick={() => input.current?.click()} />
    </>
  );
}
