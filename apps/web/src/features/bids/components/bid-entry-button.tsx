import { FlagOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { useBidsT } from '../i18n';

/** The challenge page's 揭榜 button, shown when the server offers the `bid` action. */
export function BidEntryButton({ challengeId }: { challengeId: string }) {
  const { t } = useBidsT();
  return (
    <Link to={`/bidder/challenges/${challengeId}/bid`}>
      <Button type="primary" size="large" icon={<FlagOutlined />}>
        {t('entry.bid')}
      </Button>
    </Link>
  );
}
