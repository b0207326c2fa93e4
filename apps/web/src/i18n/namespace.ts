import { useTranslation } from 'react-i18next';
import { i18n, LANGUAGES, type Language } from './index';

/** Dotted paths to the string leaves of a translation tree: { a: { b: 'x' } } → 'a.b'. */
export type TranslationKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TranslationKey<T[K]>}`;
}[keyof T & string];

export type NamespaceT<T> = (key: TranslationKey<T>, options?: Record<string, unknown>) => string;

/**
 * A feature's own translations in their own i18next namespace, so that features keep their keys beside their code
 * instead of in the app-wide zh-CN.json/en.json. Registers the bundles once and returns a hook whose `t` is checked
 * against the zh-CN file at compile time, like the app's own `t`.
 */
export function createNamespace<T extends object>(namespace: string, bundles: Record<Language, T>): () => { t: NamespaceT<T>; language: string } {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, namespace, bundles[language], true, true);
  return function useNamespace() {
    // useTranslation subscribes the component to language changes; the fixed t reads the namespace.
    const { i18n: instance } = useTranslation();
    // The app's typed resources know only 'translation'; this namespace is checked by NamespaceT instead.
    const getFixedT = instance.getFixedT.bind(instance) as unknown as (language: string, ns: string) => (key: string, options?: Record<string, unknown>) => string;
    const fixed = getFixedT(instance.language, namespace);
    return { t: fixed as NamespaceT<T>, language: instance.language };
  };
}

const MISSING = '\u0000';

/** A key built at run time (a status, an event type, a rule id) looked up in one namespace; undefined when it has none. */
export type RuntimeLookup = (key: string, options?: Record<string, unknown>) => string | undefined;

/** A namespace's `t` for keys only known at run time, answering undefined (not the key) when the namespace lacks one. */
export function runtimeLookup<T>(t: NamespaceT<T>): RuntimeLookup {
  const dynamic = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return (key, options = {}) => {
    const text = dynamic(key, { ...options, defaultValue: MISSING });
    return text === MISSING ? undefined : text;
  };
}
