import { TrophyOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NoticeBoard } from '@/features/notices/components/notice-board';
import { useNoticesT } from '@/features/notices/use-notices-t';

export default function NoticesRoute() {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  return (
    <div className="page">
      <title>{`${t('board.title')} · ${tApp('app.name')}`}</title>
      <div className="page-heading page-heading-with-action">
        <div>
          <Typography.Title level={2}>{t('board.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('board.subtitle')}</Typography.Paragraph>
        </div>
        <Link to="/results">
          <Button icon={<TrophyOutlined />}>{t('board.viewResults')}</Button>
        </Link>
      </div>
      <NoticeBoard />
    </div>
  );
}
