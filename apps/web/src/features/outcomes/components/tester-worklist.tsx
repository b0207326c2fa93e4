import { Button, Card, Progress, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { PageEmpty, PageError, PageLoading } from '@/components/page-state';
import { formatDateTime } from '@/lib/dates';
import { useTesterAcceptances } from '../api/acceptance';
import type { TesterAcceptance } from '../types';
import { useOutcomesT } from '../use-outcomes-t';

export const testerAcceptancePath = (id: string) => `/tester/acceptances/${id}`;

/** The testing agency's worklist: open acceptances, newest first, each linking to its indicators. */
export function TesterWorklist() {
  const { t } = useOutcomesT();
  const query = useTesterAcceptances();
  if (query.isPending) return <PageLoading />;
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return <PageEmpty description={t('tester.empty')} />;
  return (
    <Card>
      <Table<TesterAcceptance>
        rowKey="id"
        dataSource={items}
        pagination={items.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 880 }}
        columns={[
          {
            key: 'challenge',
            title: t('tester.challenge'),
            render: (_, line) => (
              <div>
                <Link to={testerAcceptancePath(line.id)}>{line.challengeTitle}</Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {line.challengeCode}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          { key: 'lead', title: t('tester.leadOrg'), dataIndex: 'leadOrgName', width: 200 },
          { key: 'pi', title: t('tester.pi'), dataIndex: 'piName', width: 110 },
          { key: 'requested', title: t('tester.requestedAt'), width: 160, render: (_, line) => formatDateTime(line.requestedAt) },
          {
            key: 'progress',
            title: t('tester.progress'),
            width: 170,
            render: (_, line) => (
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Typography.Text>{t('tester.progressText', { measured: line.measuredCount, total: line.indicatorCount })}</Typography.Text>
                <Progress percent={line.indicatorCount ? Math.round((line.measuredCount / line.indicatorCount) * 100) : 0} size="small" showInfo={false} aria-hidden />
              </Space>
            ),
          },
          {
            key: 'action',
            title: t('tester.action'),
            width: 100,
            align: 'right',
            // The server offers `record_verdict` while the acceptance is open and the caller tests for its programme.
            render: (_, line) => (
              <Link to={testerAcceptancePath(line.id)}>
                <Button size="small" type={line.actions.includes('record_verdict') && line.measuredCount < line.indicatorCount ? 'primary' : 'default'}>
                  {line.actions.includes('record_verdict') ? t('tester.measure') : t('tester.view')}
                </Button>
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
