import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white text on filled buttons above the WCAG AA contrast ratio.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  autoContrast: true,
  // People who ask their system for less motion get modals, menus and notifications without
  // transitions (and the end-to-end journeys never catch a dialog half faded in).
  respectReducedMotion: true,
  components: {
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    // Icon-only close buttons need a name for screen readers.
    // A stray click beside a half-filled form must not throw it away: dialogs close with Escape,
    // their close button or Cancel.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' }, closeOnClickOutside: false } },
    // Mantine renders a dialog's title bar as <header>, a second banner next to the app's own.
    ModalHeader: { defaultProps: { component: 'div' } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Close notification' } },
      // Mantine's description grey (gray-6) is 3.3:1 on white; the dimmed colour passes AA.
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
    Avatar: { defaultProps: { color: 'indigo' } },
  },
});

// Mantine's default dimmed, placeholder and error colours fall below 4.5:1 on white.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
  },
  dark: {},
});
