import { makeStaticStyles, tokens } from '@fluentui/react-components';

/**
 * A visible focus ring around text fields. Fluent marks a focused input only by a thin underline
 * in the brand colour, which is hard to find at a glance (and near-invisible on some themes);
 * buttons already get a ring, so fields get the same one. In forced colours the browser draws
 * the outline in the system's focus colour.
 */
export const useTextInputFocusRing = makeStaticStyles({
  '.fui-Input:focus-within, .fui-Textarea:focus-within, .fui-Select:focus-within, .fui-Combobox:focus-within, .fui-SpinButton:focus-within': {
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: 'solid',
    outlineColor: tokens.colorStrokeFocus2,
    outlineOffset: tokens.strokeWidthThin,
  },
});
