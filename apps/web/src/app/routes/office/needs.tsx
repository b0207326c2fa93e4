import { Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { NeedsPool } from '@/features/office/components/needs-pool';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { NEED_STATUSES, type NeedStatus } from '@/features/office/types';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

const asStatus = (value: string | null): NeedStatus | undefined => (NEED_STATUSES as readonly (string | null)[]).includes(value) ? (value as NeedStatus) : undefined;

export default function OfficeNeedsRoute() {
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  // The filter lives in the address, so a filtered pool can be bookmarked and shared.
  const [params, setParams] = useSearchParams();
  const status = asStatus(params.get('status'));
  return (
    <OfficePage title={t('pages.needs')}>
      <OfficeNavLinks current="programmes" />
      <div>
        <Link to={`/office/programmes/${id}`}>{t('pages.backToProgramme')}</Link>
      </div>
      <Typography.Title level={2}>{t('pages.needs')}</Typography.Title>
      <NeedsPool key={id} programmeId={id} status={status} onStatus={(next) => setParams(next ? { status: next } : {})} />
    </OfficePage>
  );
}
