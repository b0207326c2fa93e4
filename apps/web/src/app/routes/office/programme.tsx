import { useParams } from 'react-router';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { ProgrammeDetail } from '@/features/office/components/programme-detail';
import { useOfficeT } from '@/features/office/use-office-t';
import { OfficePage } from './office-page';

export default function OfficeProgrammeRoute() {
  const { t } = useOfficeT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.programme')}>
      <OfficeNavLinks current="programmes" />
      <ProgrammeDetail key={id} id={id} />
    </OfficePage>
  );
}
