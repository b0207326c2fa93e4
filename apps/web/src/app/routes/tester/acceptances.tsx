import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TesterWorklist, useOutcomesT } from '@/features/outcomes';

/** 验收测评任务: the testing agency's open acceptances. */
export default function TesterAcceptancesRoute() {
  const { t } = useOutcomesT();
  const { t: tApp } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('tester.title')} · ${tApp('app.name')}`}</title>
      <Typography.Title level={2}>{t('tester.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('tester.subtitle')}</Typography.Paragraph>
      <TesterWorklist />
    </div>
  );
}
