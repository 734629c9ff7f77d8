/**
 * A Webex-like host config for the adaptivecards renderer (light theme, at most 5 actions, as
 * Webex), the same look as the README's card pictures (test/tools/render-card-images.ts).
 */
export const FONT = '"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif';
const MONO = 'Consolas, Menlo, "DejaVu Sans Mono", "Liberation Mono", monospace';
export const TEXT = { default: '#121212', subtle: '#5E5E5E' };
export const COLORS = {
  default: TEXT,
  dark: { default: '#000000', subtle: '#545454' },
  light: { default: '#FFFFFF', subtle: '#E0E0E0' },
  accent: { default: '#1170CF', subtle: '#4A8FD6' },
  good: { default: '#1D805F', subtle: '#4E9C80' },
  warning: { default: '#B35D00', subtle: '#C7833A' },
  attention: { default: '#D4371C', subtle: '#DB6450' },
};
const sizes = { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 };
const weights = { lighter: 300, default: 400, bolder: 600 };

export const WEBEX_HOST_CONFIG = {
  supportsInteractivity: true,
  fontFamily: FONT,
  fontTypes: { default: { fontFamily: FONT, fontSizes: sizes, fontWeights: weights }, monospace: { fontFamily: MONO, fontSizes: { ...sizes, default: 13 }, fontWeights: weights } },
  lineHeights: { small: 16, default: 20, medium: 22, large: 26, extraLarge: 30 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E5E5E5' },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: COLORS },
    emphasis: { backgroundColor: '#F7F7F7', foregroundColors: COLORS },
    accent: { backgroundColor: '#EAF3FC', foregroundColors: COLORS },
    good: { backgroundColor: '#E8F5EF', foregroundColors: COLORS },
    attention: { backgroundColor: '#FDEDEA', foregroundColors: COLORS },
    warning: { backgroundColor: '#FFF3E0', foregroundColors: COLORS },
  },
  actions: {
    maxActions: 5, spacing: 'default', buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 12, style: 'emphasis' },
    actionsOrientation: 'horizontal', actionAlignment: 'left',
  },
  factSet: {
    title: { color: 'default', size: 'default', isSubtle: true, weight: 'default', wrap: true, maxWidth: 150 },
    value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
    spacing: 12,
  },
  inputs: {
    label: { requiredInputs: { weight: 'bolder', suffix: ' *', suffixColor: 'attention' }, optionalInputs: { weight: 'default', isSubtle: true } },
    errorMessage: { color: 'attention', weight: 'default' },
  },
};
