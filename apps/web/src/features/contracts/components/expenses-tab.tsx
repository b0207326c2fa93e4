import { PlusOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, DatePicker, Form, Input, InputNumber, Modal, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageEmpty } from '@/components/page-state';
import { formatYuan } from '@/lib/money';
import { yuanToFen } from '@/lib/money-input';
import { useDecideExpense, useSubmitExpense } from '../api/contracts';
import { useContractsT } from '../use-contracts-t';
import type { ApprovalDecision, ContractView, Expense } from '../types';
import { useCommandFeedback } from './command-feedback';
import { DecisionModal } from './decision-modal';
import { ExpenseStatusTag } from './status-tags';
import { SupervisionTimeline } from './timelines';
import zhCN from '../i18n/zh-CN.json';

const CATEGORIES = Object.keys(zhCN.expenses.categories) as (keyof typeof zhCN.expenses.categories)[];

interface ExpenseValues {
  category: string;
  description: string;
  amountYuan: string | null;
  incurredOn: Dayjs | null;
}

/** Book an expense against the active contract (lead-organisation staff or the PI). */
function ExpenseForm({ contract, onClose }: { contract: ContractView; onClose: () => void }) {
  const { t } = useContractsT();
  const [form] = Form.useForm<ExpenseValues>();
  const submit = useSubmitExpense(contract.id);
  const feedback = useCommandFeedback();
  const required = [{ required: true, whitespace: true, message: t('actions.required') }];
  const onFinish = (values: ExpenseValues) =>
    submit.mutate(
      { category: values.category.trim(), description: values.description.trim(), amountFen: yuanToFen(values.amountYuan) ?? 0, incurredOn: values.incurredOn?.format('YYYY-MM-DD') ?? '' },
      {
        onSuccess: () => {
          feedback.success(t('expenses.bookDone'));
          onClose();
        },
        onError: (error) =>
          feedback.failure(t('expenses.book'), error, (fields) => {
            form.setFields(fields.map((field) => (field.name[0] === 'amountFen' ? { ...field, name: ['amountYuan'] } : field)) as Parameters<typeof form.setFields>[0]);
            return fields.length > 0;
          }),
      },
    );
  return (
    <Modal open title={t('expenses.bookTitle')} okText={t('actions.submit')} cancelText={t('actions.cancel')} okButtonProps={{ loading: submit.isPending }} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form<ExpenseValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ category: '', description: '', amountYuan: null, incurredOn: null }}>
        <Form.Item name="category" label={t('expenses.category')} rules={required}>
          <AutoComplete options={CATEGORIES.map((key) => ({ value: t(`expenses.categories.${key}`) }))} maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('expenses.description')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item
            name="amountYuan"
            label={t('expenses.amount')}
            rules={[{ validator: (_, value: string | null) => ((yuanToFen(value) ?? 0) > 0 ? Promise.resolve() : Promise.reject(new Error(t('expenses.invalidAmount')))) }]}
          >
            <InputNumber<string> stringMode min="0.01" precision={2} controls={false} className="expense-amount" />
          </Form.Item>
          <Form.Item name="incurredOn" label={t('expenses.incurredOn')} rules={[{ required: true, message: t('actions.required') }]}>
            <DatePicker />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** 经费: expenses booked against the contract; whoever the server lets decide (PI under 经费包干制, else the officer) does so here. */
export function ExpensesTab({ contract }: { contract: ContractView }) {
  const { t } = useContractsT();
  const [booking, setBooking] = useState(false);
  const [deciding, setDeciding] = useState<{ expense: Expense; decision: ApprovalDecision } | null>(null);
  const decide = useDecideExpense();
  const feedback = useCommandFeedback();
  const approvedFen = contract.expenses.filter((expense) => expense.status === 'approved').reduce((sum, expense) => sum + expense.amountFen, 0);
  return (
    <div>
      {/* Who decides follows the programme's policy (the server enforces it); say so before anyone looks for a button. */}
      <Alert type="info" showIcon title={contract.lumpSumBudget ? t('expenses.lumpSum') : t('expenses.notLumpSum')} className="form-alert" />
      <div className="contract-tab-toolbar">
        <Typography.Text type="secondary">{t('expenses.total', { amount: formatYuan(approvedFen) })}</Typography.Text>
        {contract.actions.includes('submit_expense') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setBooking(true)}>
            {t('expenses.book')}
          </Button>
        )}
      </div>
      {contract.expenses.length === 0 ? (
        <PageEmpty description={t('expenses.empty')} />
      ) : (
        <Table<Expense>
          rowKey="id"
          pagination={false}
          dataSource={contract.expenses}
          scroll={{ x: 820 }}
          expandable={{ rowExpandable: (expense) => expense.timeline.length > 0, expandedRowRender: (expense) => <SupervisionTimeline aggregate="expense" entries={expense.timeline} /> }}
          columns={[
            { key: 'category', title: t('expenses.colCategory'), dataIndex: 'category', width: 130 },
            { key: 'description', title: t('expenses.colDescription'), dataIndex: 'description' },
            { key: 'amount', title: t('expenses.colAmount'), align: 'right', width: 130, render: (_, expense) => formatYuan(expense.amountFen) },
            { key: 'incurred', title: t('expenses.colIncurred'), dataIndex: 'incurredOn', width: 110 },
            { key: 'status', title: t('expenses.colStatus'), width: 90, render: (_, expense) => <ExpenseStatusTag status={expense.status} /> },
            {
              key: 'actions',
              title: t('expenses.colActions'),
              width: 140,
              render: (_, expense) => (
                <Space>
                  {(['approve', 'reject'] as const)
                    .filter((decision) => expense.actions.includes(decision))
                    .map((decision) => (
                      <Button key={decision} size="small" type={decision === 'approve' ? 'primary' : 'default'} danger={decision === 'reject'} onClick={() => setDeciding({ expense, decision })}>
                        {t(`expenses.${decision}`)}
                      </Button>
                    ))}
                </Space>
              ),
            },
          ]}
        />
      )}
      {booking && <ExpenseForm contract={contract} onClose={() => setBooking(false)} />}
      {deciding && (
        <DecisionModal
          title={t('expenses.decideTitle', { description: deciding.expense.description })}
          okLabel={t(`expenses.${deciding.decision}`)}
          noteLabel={t('expenses.note')}
          decision={deciding.decision}
          pending={decide.isPending}
          onClose={() => setDeciding(null)}
          onDecide={(note, onFieldErrors) =>
            decide.mutate(
              { expense: deciding.expense, decision: deciding.decision, note },
              {
                onSuccess: () => {
                  feedback.success(t('expenses.decideDone'));
                  setDeciding(null);
                },
                onError: (error) => feedback.failure(t(`expenses.${deciding.decision}`), error, onFieldErrors),
              },
            )
          }
        />
      )}
    </div>
  );
}
