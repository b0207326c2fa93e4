import { NotificationOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ResultsList } from '@/features/notices/components/results-list';
import { useNoticesT } from '@/features/notices/use-notices-t';

const PAGE_SIZE = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default function ResultsRoute() {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const challenge = params.get('challenge') ?? '';
  // A mistyped link shows every result rather than a 400.
  const challengeId = UUID.test(challenge) ? challenge : undefined;
  return (
    <div className="page">
      <title>{`${t('results.title')} · ${tApp('app.name')}`}</title>
      <div className="page-heading page-heading-with-action">
        <div>
          <Typography.Title level={2}>{t('results.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('results.subtitle')}</Typography.Paragraph>
        </div>
        <Link to="/notices">
          <Button icon={<NotificationOutlined />}>{t('results.viewNotices')}</Button>
        </Link>
      </div>
      <ResultsList
        query={{ page, pageSize: PAGE_SIZE, challengeId }}
        onPageChange={(next) => {
          const updated = new URLSearchParams(params);
          updated.set('page', String(next));
          setParams(updated);
          window.scrollTo({ top: 0 });
        }}
        onShowAll={() => setParams(new URLSearchParams())}
      />
    </div>
  );
}
