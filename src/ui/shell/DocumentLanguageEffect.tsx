import { useEffect } from 'react';
import type { Locale } from '../../i18n/translate';

/**
 * Keeps `<html lang>` on the pane's language. Dialogs and popovers render in portals under
 * `<body>`, outside the FluentProvider's `lang`, so only the document's own attribute makes a
 * screen reader read them with the right voice.
 */
export function DocumentLanguageEffect({ locale }: { locale: Locale }) {
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
