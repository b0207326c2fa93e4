import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NoticeDetail } from '@/features/notices/components/notice-detail';
import { useNoticesT } from '@/features/notices/use-notices-t';

export default function NoticeDetailRoute() {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const { id = '' } = useParams();
  return (
    <div className="page">
      <title>{`${t('board.title')} · ${tApp('app.name')}`}</title>
      <NoticeDetail key={id} id={id} />
    </div>
  );
}
