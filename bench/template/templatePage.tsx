/**
 * The anchor for `anchor.template_open_ms`: what Microsoft's Office-Addin-TaskPane-React template
 * puts on screen (React 19, a FluentProvider, a header, a few inputs and buttons), built by the
 * project's own webpack config. The bench waits for `data-ready` on <body>, as it waits for the
 * prefilled form in the pane.
 */
import { Button, Field, FluentProvider, Input, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function TemplatePane() {
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, display: 'grid', gap: 12 }}>
        <Text as="h1" size={500} weight="semibold">Welcome</Text>
        <Field label="Full name" required>
          <Input defaultValue="Sarah Whitfield" />
        </Field>
        <Field label="Company">
          <Input />
        </Field>
        <Field label="Email">
          <Input type="email" />
        </Field>
        <div style={{ display: 'flex', gap: 8 }}>
          <Button appearance="primary">Save</Button>
          <Button>Cancel</Button>
        </div>
      </main>
    </FluentProvider>
  );
}

const root = document.getElementById('container');
if (root) createRoot(root).render(<TemplatePane />);
