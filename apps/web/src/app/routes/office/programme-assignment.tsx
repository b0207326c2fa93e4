import { useParams } from 'react-router';
import { AssignmentBoard } from '@/features/assignment/components/assignment-board';
import { useAssignmentT } from '@/features/assignment/use-assignment-t';
import { OfficeNavLinks } from '@/features/office/components/office-subnav';
import { OfficePage } from './office-page';

export default function OfficeProgrammeAssignmentRoute() {
  const { t } = useAssignmentT();
  const { id = '' } = useParams();
  return (
    <OfficePage title={t('pages.assignment')}>
      <OfficeNavLinks current="programmes" />
      <AssignmentBoard key={id} programmeId={id} />
    </OfficePage>
  );
}
