import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A warm ember orange; shade 6 (buttons, links) keeps white text above 4.5:1. */
const ember: MantineColorsTuple = ['#fff4ec', '#ffe6d5', '#fdc9a7', '#f9a774', '#f4874a', '#e5692c', '#c2410c', '#a8380b', '#8a2f0d', '#6f280f'];

export const theme = createTheme({
  primaryColor: 'ember',
  primaryShade: 6,
  colors: { ember },
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { fw: 600 } },
    Paper: { defaultProps: { withBorder: true, radius: 'lg' } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});

/** Mantine's default dimmed grey is below 4.5:1 on white; this one passes WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c6370',
    '--mantine-color-placeholder': '#6b7280',
  },
  dark: {},
});
