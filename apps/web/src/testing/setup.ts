import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setLanguage } from '@/i18n';

// CI has two cores shared with the database suites: antd pages can take seconds to render there, so findBy* and
// waitFor wait up to 5 s (a genuinely missing element still fails, only later).
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks the layout APIs antd asks for; these stand-ins answer "no match / no size".
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(() => false),
  }),
});

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
if (!('ResizeObserver' in window)) Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoopResizeObserver });

// antd measures scrollbars through pseudo-element styles, which jsdom does not implement.
const getComputedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => getComputedStyle(element);

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await setLanguage('zh-CN');
});
