import { configure } from '@testing-library/react';
import { i18n } from '../src/lib/i18n';

// English is the default language, and the one component tests read.
void i18n.changeLanguage('en');

// What jsdom lacks and Mantine uses: media queries (colour scheme, breakpoints) and ResizeObserver.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(window, { ResizeObserver: ResizeObserverStub });
window.HTMLElement.prototype.scrollIntoView = () => undefined;

// findBy… and waitFor look again until this deadline: generous, because a loaded 2-core machine renders slowly.
configure({ asyncUtilTimeout: 10_000 });
