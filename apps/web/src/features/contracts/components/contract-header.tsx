import { Alert, Breadcrumb, Button, Card, Descriptions, Input, Modal, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router';
import { IndicatorsTable } from '@/components/indicators-table';
import { formatDateTime } from '@/lib/dates';
import { formatBasisPoints, formatBudget, formatYuan } from '@/lib/money';
import { useContractCommand, useFailNegotiation } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ContractView } from '../types';
import { useCommandFeedback } from './command-feedback';
import { ContractStatusTag } from './status-tags';
import '../contracts.css';

const shortCode = (id: string) => id.slice(0, 8).toUpperCase();

function FundingScheme({ contract }: { contract: ContractView }) {
  const { t, language } = useContractsT();
  const scheme = contract.fundingScheme;
  const kind = t(`fundingKind.${scheme.kind}`);
  if (scheme.kind === 'fixed_reward' && scheme.fixedAmountFen !== null) return <>{t('header.fundingFixed', { kind, amount: formatBudget(scheme.fixedAmountFen, language) })}</>;
  const cap = scheme.capFen !== null ? t('header.fundingCap', { cap: formatBudget(scheme.capFen, language) }) : '';
  return <>{`${t('header.fundingRate', { kind, rate: formatBasisPoints(scheme.rateBp) })}${cap}`}</>;
}

/** Sign, fail negotiation and close: exactly the server's contract actions, each confirmed first. */
function ContractActions({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  const feedback = useCommandFeedback();
  const command = useContractCommand(contract);
  const fail = useFailNegotiation(contract);
  const [failOpen, setFailOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const can = (action: string) => contract.actions.includes(action);
  if (!can('sign') && !can('fail_negotiation') && !can('close')) return null;

  const run = (name: 'sign' | 'close') =>
    command.mutate(name, {
      onSuccess: () => feedback.success(t('actions.done', { action: t(`actions.${name}`) })),
      onError: (error) => feedback.failure(t(`actions.${name}`), error),
    });
  const submitFail = () => {
    if (!reason.trim()) {
      setReasonError(t('actions.required'));
      return;
    }
    fail.mutate(reason.trim(), {
      onSuccess: (result) => {
        setFailOpen(false);
        feedback.success(
          result.fallbackAward
            ? t('actions.fallbackAwarded', { name: result.fallbackAward.leadOrgName, rank: result.fallbackAward.rank })
            : result.fallbackReason
              ? t('actions.fallbackNone', { reason: t(`actions.fallbackReason.${result.fallbackReason}`) })
              : t('actions.failDone'),
        );
      },
      onError: (error) =>
        feedback.failure(t('actions.failNegotiation'), error, (fields) => {
          const message = fields.find((field) => field.name[0] === 'reason');
          if (message) setReasonError(message.errors.join('；'));
          return Boolean(message);
        }),
    });
  };

  return (
    <Space wrap className="contract-header-actions">
      {can('sign') && (
        <Popconfirm
          title={t('actions.signConfirmTitle')}
          description={<div className="popconfirm-text">{t('actions.signConfirm')}</div>}
          okText={t('actions.sign')}
          cancelText={t('actions.cancel')}
          onConfirm={() => run('sign')}
        >
          <Button type="primary" loading={command.isPending && command.variables === 'sign'}>
            {t('actions.sign')}
          </Button>
        </Popconfirm>
      )}
      {can('fail_negotiation') && (
        <Button danger onClick={() => setFailOpen(true)}>
          {t('actions.failNegotiation')}
        </Button>
      )}
      {can('close') && (
        <Popconfirm title={t('actions.closeConfirmTitle')} description={t('actions.closeConfirm')} okText={t('actions.close')} cancelText={t('actions.cancel')} onConfirm={() => run('close')}>
          <Button type="primary" loading={command.isPending && command.variables === 'close'}>
            {t('actions.close')}
          </Button>
        </Popconfirm>
      )}
      <Modal
        open={failOpen}
        title={t('actions.failTitle')}
        okText={t('actions.failNegotiation')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ danger: true, loading: fail.isPending }}
        onOk={submitFail}
        onCancel={() => setFailOpen(false)}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('actions.failWarning')} className="form-alert" />
        <label htmlFor="contract-fail-reason" className="field-label">
          {t('actions.failReason')}
        </label>
        <Input.TextArea
          id="contract-fail-reason"
          rows={4}
          maxLength={2000}
          showCount
          status={reasonError ? 'error' : undefined}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setReasonError(null);
          }}
        />
        {reasonError && <Typography.Text type="danger">{reasonError}</Typography.Text>}
      </Modal>
    </Space>
  );
}

/** The contract's masthead: status, parties, money, dates, and the contract-level commands the server offers. */
export function ContractHeader({ contract }: { contract: ContractView }) {
  const { t, language } = useContractsT();
  const paidFen = contract.tranches.filter((tranche) => tranche.status === 'paid').reduce((sum, tranche) => sum + tranche.amountFen, 0);
  const money = (fen: number) => (
    <Tooltip title={formatYuan(fen)}>
      <span>{formatBudget(fen, language)}</span>
    </Tooltip>
  );
  return (
    <>
      <Breadcrumb items={[{ title: <Link to="/contracts">{t('header.breadcrumb')}</Link> }, { title: contract.challengeTitle }]} className="page-breadcrumb" />
      <Card className="contract-header">
        <Space size={8} wrap>
          <ContractStatusTag status={contract.status} />
          <Typography.Text type="secondary" className="contract-code">
            {t('header.contractNo', { id: shortCode(contract.id) })}
          </Typography.Text>
        </Space>
        <Typography.Title level={2}>{contract.challengeTitle}</Typography.Title>
        <Descriptions
          size="small"
          className="contract-figures"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'lead', label: t('header.leadOrg'), children: contract.leadOrgName },
            { key: 'pi', label: t('header.pi'), children: contract.piName },
            { key: 'demander', label: t('header.demander'), children: contract.demanderOrgName ?? '—' },
            { key: 'value', label: t('header.contractValue'), children: money(contract.contractValueFen) },
            { key: 'rd', label: t('header.rdInput'), children: money(contract.rdInputFen) },
            { key: 'paid', label: t('header.paid'), children: t('header.paidOf', { paid: formatBudget(paidFen, language), total: formatBudget(contract.contractValueFen, language) }) },
            ...(contract.actualContractValueFen !== null ? [{ key: 'actual', label: t('header.actualValue'), children: money(contract.actualContractValueFen) }] : []),
            { key: 'scheme', label: t('header.fundingScheme'), children: <FundingScheme contract={contract} /> },
            { key: 'created', label: t('header.createdAt'), children: formatDateTime(contract.createdAt) },
            { key: 'signed', label: t('header.signedAt'), children: contract.signedAt ? formatDateTime(contract.signedAt) : <Typography.Text type="secondary">{t('header.notYet')}</Typography.Text> },
            { key: 'challenge', label: t('header.challenge'), children: <Link to={`/challenges/${contract.challengeId}`}>{contract.challengeTitle}</Link> },
          ]}
        />
        <ContractActions contract={contract} />
      </Card>
    </>
  );
}

/** 考核指标, frozen at negotiation: what acceptance will judge. */
export function FrozenIndicators({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  return (
    <Card
      title={
        <Space size={8}>
          {t('header.indicators')}
          <Tooltip title={t('header.frozenHelp')}>
            <Tag icon={<LockOutlined />} color="default">
              {t('header.frozen')}
            </Tag>
          </Tooltip>
        </Space>
      }
    >
      <IndicatorsTable indicators={contract.indicators} />
    </Card>
  );
}
