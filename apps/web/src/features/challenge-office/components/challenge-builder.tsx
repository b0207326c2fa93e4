import { Alert, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageError, PageLoading } from '@/components/page-state';
import { useChallenge, useCreateChallenge, useUpdateChallenge } from '../api/challenges';
import { useProgramme } from '../api/programme';
import { challengeFormValues, emptyFormValues } from '../form-values';
import type { Challenge } from '../types';
import { useChallengeOfficeT } from '../use-challenge-office-t';
import { ChallengeForm } from './challenge-form';
import { OfficeBreadcrumb } from './office-breadcrumb';

/** A new 榜单 drafted in a programme from its pooled needs; offered when the programme's `actions` include create_challenge. */
export function NewChallenge({ programmeId }: { programmeId: string }) {
  const { t } = useChallengeOfficeT();
  const programme = useProgramme(programmeId);
  const create = useCreateChallenge(programmeId);
  if (programme.isPending) return <PageLoading />;
  if (programme.isError) return <PageError error={programme.error} onRetry={() => void programme.refetch()} />;
  const p = programme.data;
  return (
    <Framed programme={p} title={t('builder.newTitle')} subtitle={p.name}>
      {p.actions.includes('create_challenge') ? (
        <ChallengeForm programme={p} initialValues={emptyFormValues()} pending={create.isPending} save={(fields, values) => create.mutateAsync({ ...fields, needIds: values.needIds, groupId: values.groupId ?? null })} />
      ) : (
        <Alert type="warning" showIcon title={t('builder.notAllowed')} description={t('builder.notAllowedHint')} />
      )}
    </Framed>
  );
}

/** Editing is offered while drafting (`edit` in the challenge's actions); the PATCH carries the version read. */
export function EditChallenge({ challengeId }: { challengeId: string }) {
  const { t } = useChallengeOfficeT();
  const challenge = useChallenge(challengeId);
  if (challenge.isPending) return <PageLoading />;
  if (challenge.isError) return <PageError error={challenge.error} onRetry={() => void challenge.refetch()} />;
  const c = challenge.data;
  return (
    <Framed programme={c.programme} title={t('builder.editTitle')} subtitle={`${c.code} · ${c.title}`} crumb={c.code} challengeId={c.id}>
      {c.actions.includes('edit') ? <EditForm challenge={c} /> : <Alert type="warning" showIcon title={t('builder.notEditable')} description={t('builder.notEditableHint')} />}
    </Framed>
  );
}

function EditForm({ challenge }: { challenge: Challenge }) {
  const programme = useProgramme(challenge.programme.id);
  const update = useUpdateChallenge(challenge);
  if (programme.isPending) return <PageLoading />;
  if (programme.isError) return <PageError error={programme.error} onRetry={() => void programme.refetch()} />;
  return <ChallengeForm programme={programme.data} challenge={challenge} initialValues={challengeFormValues(challenge)} pending={update.isPending} save={(fields) => update.mutateAsync(fields)} />;
}

function Framed({ programme, title, subtitle, crumb, challengeId, children }: { programme: { id: string; name: string }; title: string; subtitle: string; crumb?: string; challengeId?: string; children: ReactNode }) {
  const trail: ReactNode[] = crumb && challengeId ? [<Link key="challenge" to={`/office/challenges/${challengeId}`}>{crumb}</Link>, title] : [title];
  return (
    <Space orientation="vertical" size={16} className="co-full">
      <div>
        <OfficeBreadcrumb programme={programme} trail={trail} />
        <Typography.Title level={2} className="co-title">
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{subtitle}</Typography.Text>
      </div>
      {children}
    </Space>
  );
}
