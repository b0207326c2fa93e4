import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { PageEmpty } from '@/components/page-state';
import { useRequestAcceptance } from '../api/acceptance';
import type { Contract } from '../types';
import { useOutcomesT } from '../use-outcomes-t';
import { AcceptanceDetail } from './acceptance-detail';
import { AcceptanceMaterials } from './acceptance-materials';
import { useErrorText } from './shared';

/** 验收: the PI asks for it, officers or testers measure each indicator, the officer concludes. */
export function AcceptanceTab({ contract }: { contract: Contract }) {
  const { t } = useOutcomesT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const request = useRequestAcceptance(contract);
  const latest = [...contract.acceptances].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];

  const requestButton = contract.actions.includes('request_acceptance') && (
    <Popconfirm
      title={t('acceptance.requestConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        request.mutateAsync(undefined, { onSuccess: () => void message.success(t('acceptance.requested')), onError: (error) => void message.error(t('common.failed', { reason: errorText(error) })) }).catch(() => undefined)
      }
    >
      <Button type="primary" loading={request.isPending}>
        {t('acceptance.request')}
      </Button>
    </Popconfirm>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {latest ? (
        <>
          {requestButton}
          <AcceptanceDetail key={latest.id} acceptanceId={latest.id} contract={contract} materials={<AcceptanceMaterials milestones={contract.milestones} />} />
        </>
      ) : (
        <Card>
          <PageEmpty
            description={
              <>
                <div>{t('acceptance.none')}</div>
                <Typography.Text type="secondary">{t('acceptance.noneHint')}</Typography.Text>
              </>
            }
            action={requestButton}
          />
        </Card>
      )}
      {!latest && <AcceptanceMaterials milestones={contract.milestones} />}
    </Space>
  );
}
