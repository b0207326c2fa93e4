import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AcceptanceDetail, useOutcomesT, useTesterAcceptances } from '@/features/outcomes';

/**
 * One acceptance as the tester measures it. Testers do not see the contract, so the project's names come from
 * their worklist; a concluded acceptance has left it and shows under the generic title.
 */
export default function TesterAcceptanceRoute() {
  const { id = '' } = useParams();
  const { t } = useOutcomesT();
  const { t: tApp } = useTranslation();
  const worklist = useTesterAcceptances();
  const line = worklist.data?.items.find((item) => item.id === id);
  const title = line ? line.challengeTitle : t('tester.detailTitle');
  // The recording dialog reports through App.useApp(): the page provides the context, as the contract page does.
  return (
    <App component={false}>
      <div className="page">
        <title>{`${title} · ${t('tester.detailTitle')} · ${tApp('app.name')}`}</title>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Link to="/tester">
            <ArrowLeftOutlined /> {t('tester.back')}
          </Link>
          <div>
            <Typography.Title level={2} style={{ marginBottom: 4 }}>
              {title}
            </Typography.Title>
            <Typography.Text type="secondary">{t('tester.detailHint')}</Typography.Text>
          </div>
          {line && (
            <Card size="small">
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label={t('tester.challenge')}>{line.challengeCode}</Descriptions.Item>
                <Descriptions.Item label={t('tester.leadOrg')}>{line.leadOrgName}</Descriptions.Item>
                <Descriptions.Item label={t('tester.pi')}>{line.piName}</Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <AcceptanceDetail acceptanceId={id} />
        </Space>
      </div>
    </App>
  );
}
