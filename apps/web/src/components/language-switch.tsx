import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, currentLanguage, setLanguage, type Language } from '@/i18n';

const LABEL_KEYS = { 'zh-CN': 'language.zhCN', en: 'language.en' } as const satisfies Record<Language, string>;

/** Switches between 中文 and English; the choice is kept in this browser (localStorage). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = currentLanguage();
  // The visible language comes first in the button's name, so speech users can say what they see (WCAG 2.5.3).
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [language],
        items: LANGUAGES.map((code) => ({ key: code, label: t(LABEL_KEYS[code]), lang: code })),
        onClick: ({ key }) => void setLanguage(key as Language),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={`${t(LABEL_KEYS[language])} · ${t('language.switch')}`}>
        {t(LABEL_KEYS[language])}
      </Button>
    </Dropdown>
  );
}
