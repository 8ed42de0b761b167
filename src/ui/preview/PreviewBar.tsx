import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons/svg/document-arrow-up';
import { useRef } from 'react';
import type { PreviewMailSource } from '../../office/previewMailSource';
import { SAMPLE_EMAILS } from '../../office/samples/sampleEmails';
import { useI18n } from '../../i18n/I18nContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  hidden: { display: 'none' },
});

/** Preview mode's stand-in for Outlook: open an .eml file or pick a bundled sample. */
export function PreviewBar({ source }: { source: PreviewMailSource }) {
  const styles = useStyles();
  const { t } = useI18n();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>{t('preview.banner')}</MessageBarBody>
      </MessageBar>
      <div className={styles.controls}>
        <Button icon={<DocumentArrowUp20Regular />} onClick={() => fileInput.current?.click()}>
          {t('preview.openEml')}
        </Button>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".eml,message/rfc822"
          data-testid="eml-input"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void source.openFile(file);
            event.currentTarget.value = '';
          }}
        />
        <Field label={t('preview.sampleLabel')}>
          <Select
            defaultValue=""
            onChange={(_, data) => {
              const sample = SAMPLE_EMAILS.find((s) => s.id === data.value);
              if (sample) void source.openRaw(sample.raw, 'sample');
            }}
          >
            <option value="" disabled>
              {t('preview.samplePlaceholder')}
            </option>
            {SAMPLE_EMAILS.map((sample) => (
              <option key={sample.id} value={sample.id}>
                {sample.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}
