import { useParams } from 'react-router';
import { NeedDetail } from '@/features/office/components/need-detail';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

export default function OfficeNeedRoute() {
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.need')}>
      <OfficeNavLinks current="programmes" />
      <NeedDetail key={id} id={id} />
    </OfficePage>
  );
}
