import { useTranslation } from 'react-i18next';

/** The mark: a red seal with 榜, the way a posted 榜单 is stamped, next to the product name. */
export function Logo({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="logo">
      <svg className="logo-mark" viewBox="0 0 40 40" width="32" height="32" aria-hidden="true">
        <rect x="1" y="1" width="38" height="38" rx="7" fill="#c0262d" />
        <rect x="4.5" y="4.5" width="31" height="31" rx="4" fill="none" stroke="#fff" strokeOpacity="0.55" strokeWidth="1.2" />
        <text x="20" y="27.5" textAnchor="middle" fontSize="20" fontWeight="700" fill="#fff" fontFamily="'Noto Serif CJK SC','Noto Sans CJK SC','Source Han Serif SC',serif">
          榜
        </text>
      </svg>
      {!compact && (
        <span className="logo-text">
          <span className="logo-name">{t('app.name')}</span>
          <span className="logo-tagline">{t('app.tagline')}</span>
        </span>
      )}
    </span>
  );
}
