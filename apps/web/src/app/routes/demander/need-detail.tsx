import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NeedDetail } from '@/features/needs/components/need-detail';
import { useNeedsT } from '@/features/needs/use-needs-t';

export default function NeedDetailRoute() {
  const { t } = useNeedsT();
  const { t: tApp } = useTranslation();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{`${t('detail.pageTitle')} · ${tApp('app.name')}`}</title>
      <NeedDetail key={id} id={id} />
    </div>
  );
}
