import { Field, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { DocumentArrowUp20Regular } from '@fluentui/react-icons/svg/document-arrow-up';
import type { PreviewMailSource } from '../../office/previewMailSource';
import { SAMPLE_EMAILS } from '../../office/samples/sampleEmails';
import { useI18n } from '../../i18n/I18nContext';
import { FilePickerButton } from '../shell/FilePickerButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
});

/** Preview mode's stand-in for Outlook: open an .eml file or pick a bundled sample. */
export function PreviewBar({ source }: { source: PreviewMailSource }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.root}>
      <MessageBar intent="info">
        <MessageBarBody>{t('preview.banner')}</MessageBarBody>
      </MessageBar>
      <div className={styles.controls}>
        <FilePickerButton icon={<DocumentArrowUp20Regular />} accept=".eml,message/rfc822" testId="eml-input" onFile={(file) => void source.openFile(file)}>
          {t('preview.openEml')}
        </FilePickerButton>
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
