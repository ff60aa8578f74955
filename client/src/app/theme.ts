import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A warm ember orange; shade 6 (buttons, links) keeps white text above 4.5:1. */
const ember: MantineColorsTuple = ['#fff4ec', '#ffe6d5', '#fdc9a7', '#f9a774', '#f4874a', '#e5692c', '#c2410c', '#a8380b', '#8a2f0d', '#6f280f'];

/* Mantine's shade 6 of red and green is too light for white or tinted text (AA); these keep the hue, darker. */
const red: MantineColorsTuple = ['#fff5f5', '#ffe3e3', '#ffc9c9', '#ffa8a8', '#ff8787', '#e5484d', '#c92a2a', '#b02525', '#962020', '#7d1a1a'];
const green: MantineColorsTuple = ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#40c057', '#237a36', '#1f6b30', '#1a5a28', '#154a21'];

export const theme = createTheme({
  primaryColor: 'ember',
  primaryShade: 6,
  colors: { ember, red, green },
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif', fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { fw: 600 } },
    Paper: { defaultProps: { withBorder: true, radius: 'lg' } },
    Badge: { defaultProps: { radius: 'sm' } },
    Modal: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } },
      styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
    // Mantine's notification text is grey-6 (3.3:1); the dimmed colour passes AA.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
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
