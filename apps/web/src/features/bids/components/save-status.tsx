import { CheckCircleOutlined, CloudUploadOutlined, LaptopOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { formatDateTime } from '@/lib/dates';
import { useBidsT } from '../i18n';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'local' };

/** Where the typed bid is: only here, on its way, or on the server (announced to screen readers). */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useBidsT();
  const content =
    state.kind === 'saving' ? (
      <>
        <LoadingOutlined /> {t('save.saving')}
      </>
    ) : state.kind === 'saved' ? (
      <Typography.Text type="success">
        <CheckCircleOutlined /> {t('save.saved', { time: formatDateTime(state.at) })}
      </Typography.Text>
    ) : state.kind === 'local' ? (
      <Typography.Text type="warning">
        <LaptopOutlined /> {t('save.local')}
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">
        <CloudUploadOutlined /> {t('save.idle')}
      </Typography.Text>
    );
  return (
    <span className="bid-save-status" role="status" aria-live="polite">
      {content}
    </span>
  );
}
