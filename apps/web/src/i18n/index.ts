import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { dayjs } from '@/lib/dates';
import en from './en.json';
import zhCN from './zh-CN.json';

/** zh-CN first; English is complete too. Keys live in zh-CN.json and en.json (a test keeps both in step). */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'jiebang.language';
const DAYJS_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function applyLanguage(language: Language): void {
  dayjs.locale(DAYJS_LOCALE[language]);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

const initial = storedLanguage();
applyLanguage(initial);
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE);

/** Switches the language and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the switch still applies to this visit.
  }
  applyLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * The server's field messages are English ("is required"); show the translation when there is one, the server's
 * own words otherwise. Looked up as a flat key, since messages may contain dots.
 */
export function translateServerMessage(message: string): string {
  const table = i18n.getResource(currentLanguage(), 'translation', 'serverMessages') as Record<string, string> | undefined;
  return table && Object.hasOwn(table, message) ? (table[message] ?? message) : message;
}

export { i18n };
