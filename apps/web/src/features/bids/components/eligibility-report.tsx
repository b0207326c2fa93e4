import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { List, Tag, Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useBidsT } from '../i18n';
import type { Bid } from '../types';

/** 形式审查: each rule the programme checks, passed or not, with the server's explanation. */
export function EligibilityReport({ report }: { report: NonNullable<Bid['eligibilityReport']> }) {
  const { t } = useBidsT();
  return (
    <div>
      <Tag color={report.eligible ? 'success' : 'error'}>{report.eligible ? t('detail.eligible') : t('detail.notEligible')}</Tag>
      {report.checkedAt && <Typography.Text type="secondary">{t('detail.checkedAt', { time: formatDateTime(report.checkedAt) })}</Typography.Text>}
      <List
        size="small"
        dataSource={report.checks}
        renderItem={(check) => (
          <List.Item>
            <List.Item.Meta
              avatar={check.passed ? <CheckCircleFilled className="check-passed" aria-label={t('detail.eligible')} /> : <CloseCircleFilled className="check-failed" aria-label={t('detail.notEligible')} />}
              title={t(`rules.${check.rule}`)}
              description={check.message}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
