import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Tabs } from 'antd';
import { useState } from 'react';
import { useExpertStep, type ExpertStep } from '../api/pool';
import type { Expert } from '../types';
import { useExpertsT } from '../use-experts-t';
import { CreateExpertModal } from './create-expert-modal';
import { ExpertDrawer } from './expert-drawer';
import { ExpertTable } from './expert-table';
import { ImportPanel } from './import-panel';
import { PendingApplications } from './pending-applications';
import { ReasonModal } from './reason-modal';

type ReasonedStep = Exclude<ExpertStep, 'approve'>;

/** 专家库 for the programme office: the pool, applications to decide, roster import; each expert opens in a drawer. */
export function ExpertPool() {
  const { t } = useExpertsT();
  const { message } = App.useApp();
  const step = useExpertStep();
  const [opened, setOpened] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [asking, setAsking] = useState<{ expert: Expert; step: ReasonedStep } | null>(null);

  const act = (expert: Expert, which: ExpertStep, reason?: string) =>
    step.mutate(
      { expert, step: which, ...(reason !== undefined ? { reason } : {}) },
      {
        onSuccess: () => {
          setAsking(null);
          void message.success(t(`messages.${which}`, { name: expert.displayName }));
        },
        onError: (error) => void message.error(`${t('messages.failed')}：${error.message}`),
      },
    );

  const rowActions = (expert: Expert) =>
    (['suspend', 'reactivate'] as const)
      .filter((which) => expert.actions.includes(which))
      .map((which) => (
        <Button key={which} size="small" danger={which === 'suspend'} onClick={() => setAsking({ expert, step: which })}>
          {t(`actions.${which}`)}
        </Button>
      ));

  return (
    <>
      <Tabs
        tabBarExtraContent={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('pool.create')}
          </Button>
        }
        items={[
          { key: 'list', label: t('pool.tabs.list'), children: <ExpertTable onOpen={(expert) => setOpened(expert.userId)} rowActions={rowActions} /> },
          {
            key: 'pending',
            label: t('pool.tabs.pending'),
            children: <PendingApplications busy={step.isPending} onOpen={(expert) => setOpened(expert.userId)} onApprove={(expert) => act(expert, 'approve')} onReject={(expert) => setAsking({ expert, step: 'reject' })} />,
          },
          { key: 'import', label: t('pool.tabs.import'), children: <ImportPanel /> },
        ]}
      />
      <ExpertDrawer userId={opened} onClose={() => setOpened(null)} />
      <CreateExpertModal open={creating} onClose={() => setCreating(false)} />
      {asking && <ReasonModal open step={asking.step} name={asking.expert.displayName} pending={step.isPending} onCancel={() => setAsking(null)} onConfirm={(reason) => act(asking.expert, asking.step, reason)} />}
    </>
  );
}
