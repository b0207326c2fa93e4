import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MyContracts } from '@/features/contracts/components/my-contracts';
import { useContractsT } from '@/features/contracts/use-contracts-t';

export default function MyContractsRoute() {
  const { t: g } = useTranslation();
  const { t } = useContractsT();
  return (
    <App component={false}>
      <div className="page">
        <title>{`${t('pages.mine')} · ${g('app.name')}`}</title>
        <div className="page-heading">
          <Typography.Title level={2}>{t('pages.mine')}</Typography.Title>
          <Typography.Text type="secondary">{t('pages.mineSubtitle')}</Typography.Text>
        </div>
        <MyContracts />
      </div>
    </App>
  );
}
