import { Alert, App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { usePublishNotice, type NoticeInput } from '../api/notices';
import type { Challenge, RankingItem } from '../types';
import { useEvaluationT } from '../use-evaluation-t';
import { SectionTitle, useErrorText } from './parts';

interface Values {
  title: string;
  body: string;
  proposedBidIds: string[];
  alternateBidIds: string[];
}

/**
 * 公示: the officer proposes winners among the shortlisted bids and, optionally, alternates (候补). The server
 * checks that alternates rank below every winner; the form offers only those, in rank order.
 */
export function NoticePublishForm({ challenge, shortlisted }: { challenge: Challenge; shortlisted: RankingItem[] }) {
  const { t } = useEvaluationT();
  const { t: g } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const publish = usePublishNotice(challenge.id);
  const proposed: string[] = Form.useWatch('proposedBidIds', form) ?? [];
  const byRank = [...shortlisted].sort((a, b) => a.rank - b.rank);
  const lowestProposedRank = Math.max(0, ...byRank.filter((item) => proposed.includes(item.bidId)).map((item) => item.rank));
  const option = (item: RankingItem) => ({ value: item.bidId, label: `${item.rank}. ${item.title} · ${item.leadOrgName}` });

  const send = (values: Values) => {
    const rankOf = new Map(byRank.map((item) => [item.bidId, item.rank]));
    const alternates = (values.alternateBidIds ?? []).filter((id) => (rankOf.get(id) ?? 0) > lowestProposedRank).sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
    const body: NoticeInput = { title: values.title, body: values.body, proposedBidIds: values.proposedBidIds, ...(alternates.length ? { alternateBidIds: alternates } : {}) };
    publish.mutate(body, {
      onSuccess: () => {
        form.resetFields(['proposedBidIds', 'alternateBidIds']);
        void message.success(t('notice.published'));
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 400) {
          form.setFields(
            [...error.fieldIssues()].map(([path, errors]) => ({ name: path.split('.')[0] as keyof Values, errors: errors.map(translateServerMessage) })),
          );
        }
        void message.error(`${t('common.actionFailed')}：${errorText(error)}`);
      },
    });
  };

  const confirmAndSend = (values: Values) =>
    modal.confirm({ title: t('notice.publish'), content: t('notice.publishConfirm'), okText: g('common.confirm'), cancelText: g('common.cancel'), onOk: () => send(values) });

  return (
    <Card title={<SectionTitle>{t('notice.publishTitle')}</SectionTitle>}>
      {!shortlisted.length ? (
        <Alert type="info" showIcon title={t('notice.noShortlisted')} />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={confirmAndSend}
          initialValues={{ title: t('notice.noticeTitleDefault', { title: challenge.title }), body: t('notice.bodyDefault', { title: challenge.title }), proposedBidIds: [], alternateBidIds: [] }}
        >
          <Form.Item name="title" label={t('notice.noticeTitle')} rules={[{ required: true, whitespace: true, message: t('notice.titleRequired') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="body" label={t('notice.body')} rules={[{ required: true, whitespace: true, message: t('notice.bodyRequired') }]}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Form.Item
            name="proposedBidIds"
            label={t('notice.winners')}
            extra={t('notice.winnersHint', { count: challenge.maxWinners })}
            rules={[
              { required: true, type: 'array', min: 1, message: t('notice.winnersRequired') },
              { type: 'array', max: challenge.maxWinners, message: t('notice.winnersHint', { count: challenge.maxWinners }) },
            ]}
          >
            <Select mode="multiple" options={byRank.map(option)} placeholder={t('notice.winners')} />
          </Form.Item>
          <Form.Item name="alternateBidIds" label={t('notice.alternates')} extra={t('notice.alternatesHint')}>
            <Select mode="multiple" options={byRank.filter((item) => item.rank > lowestProposedRank && !proposed.includes(item.bidId)).map(option)} placeholder={t('notice.alternates')} disabled={!proposed.length} />
          </Form.Item>
          <Typography.Paragraph type="secondary">{t('notice.publishConfirm')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={publish.isPending}>
            {t('notice.publish')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
