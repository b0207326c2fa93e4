import { DeleteOutlined, FileOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Skeleton, Table, Tooltip, Typography, Upload, type UploadFile, type UploadProps } from 'antd';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { PageError } from '@/components/page-state';
import { translateServerMessage } from '@/i18n';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/dates';
import { formatFileSize } from '@/lib/upload';
import { attachmentsKey, uploadAttachment, useAttachments, useDeleteAttachment, type Attachment, type AttachmentOwnerKind } from './api';
import { useAttachmentsT } from './use-attachments-t';
import './attachments.css';

/** The server's limits, repeated here only to refuse a file before it is sent; the server decides. */
const MAX_BYTES = 20 * 1024 * 1024;
const EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'zip', 'txt'];

type T = ReturnType<typeof useAttachmentsT>['t'];

/** A refused upload in the user's words: the rule or field the server named, else its own message. */
function uploadErrorMessage(error: unknown, t: T, ownerKind: AttachmentOwnerKind): string {
  if (!isApiError(error)) return t('errors.failed');
  if (error.code === 'PAYLOAD_TOO_LARGE') return t('errors.tooLarge');
  if (error.code === 'NETWORK') return t('errors.network');
  if (error.rule?.endsWith('.attachments_frozen')) return t(`owner.${ownerKind}.frozen`);
  const issue = error.issues[0];
  if (issue?.path === 'body') return t('errors.empty');
  if (issue?.path === 'querystring.fileName') return issue.message.includes('not allowed') ? t('errors.type') : t('errors.name', { reason: translateServerMessage(issue.message) });
  return translateServerMessage(error.message);
}

function AttachmentTable({ ownerKind, ownerId, items }: { ownerKind: AttachmentOwnerKind; ownerId: string; items: Attachment[] }) {
  const { t } = useAttachmentsT();
  const { message } = App.useApp();
  const remove = useDeleteAttachment(ownerKind, ownerId);
  return (
    <Table<Attachment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={items}
      locale={{ emptyText: t('empty') }}
      scroll={{ x: 640 }}
      columns={[
        {
          key: 'name',
          title: t('colName'),
          render: (_, file) => (
            <a href={file.downloadUrl} download={file.fileName} className="attachment-name">
              <FileOutlined /> {file.fileName}
            </a>
          ),
        },
        { key: 'size', title: t('colSize'), width: 100, render: (_, file) => formatFileSize(file.sizeBytes) },
        {
          key: 'uploaded',
          title: t('colUploaded'),
          width: 200,
          render: (_, file) => (
            <Typography.Text type="secondary">
              {formatDateTime(file.uploadedAt)}
              {file.uploaderName ? ` · ${file.uploaderName}` : ''}
            </Typography.Text>
          ),
        },
        {
          key: 'sm3',
          title: (
            <Tooltip title={t('sm3Help')}>
              <span>{t('colSm3')}</span>
            </Tooltip>
          ),
          width: 130,
          render: (_, file) => (
            <Typography.Text code copyable={{ text: file.sm3, tooltips: [t('copySm3'), t('copied')] }}>
              {file.sm3.slice(0, 8)}…
            </Typography.Text>
          ),
        },
        {
          key: 'actions',
          title: t('colActions'),
          width: 90,
          render: (_, file) =>
            file.actions.includes('delete') && (
              <Popconfirm
                title={t('confirmDelete', { name: file.fileName })}
                okText={t('delete')}
                okButtonProps={{ danger: true }}
                onConfirm={() =>
                  remove.mutateAsync(file.id).then(
                    () => void message.success(t('deleted', { name: file.fileName })),
                    (error: unknown) => void message.error(uploadErrorMessage(error, t, ownerKind)),
                  )
                }
              >
                <Button type="link" danger size="small" icon={<DeleteOutlined />} aria-label={t('deleteNamed', { name: file.fileName })}>
                  {t('delete')}
                </Button>
              </Popconfirm>
            ),
        },
      ]}
    />
  );
}

export interface AttachmentsCardProps {
  ownerKind: AttachmentOwnerKind;
  /** null until the bid or need has been saved: files hang on a saved owner. */
  ownerId: string | null;
}

/** What the drop area says, whether it takes files or waits for the owner to be saved. */
const DropPrompt = ({ t }: { t: T }) => (
  <>
    <p className="ant-upload-drag-icon">
      <InboxOutlined />
    </p>
    <p className="ant-upload-text">{t('drop')}</p>
    <p className="ant-upload-hint">{t('hint')}</p>
  </>
);

/**
 * 附件: documents filed with a bid (申报书, 盖章承诺书, 合作协议…) or a need (需求说明, 现场资料…). Files go to the
 * server one by one with their upload progress; the list, and whether uploading or deleting is offered, come from
 * the API.
 */
export function AttachmentsCard(props: AttachmentsCardProps) {
  return (
    // Its own App context, so messages work wherever the card is placed.
    <App component={false}>
      <AttachmentsPanel {...props} />
    </App>
  );
}

function AttachmentsPanel({ ownerKind, ownerId }: AttachmentsCardProps) {
  const { t } = useAttachmentsT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const attachments = useAttachments(ownerKind, ownerId);
  const [pending, setPending] = useState<UploadFile[]>([]);

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
    const problem = !EXTENSIONS.includes(extension) ? t('errors.type') : file.size > MAX_BYTES ? t('errors.tooLarge') : file.size === 0 ? t('errors.empty') : null;
    if (!problem) return true;
    void message.error(`${file.name}：${problem}`);
    return Upload.LIST_IGNORE;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    if (!ownerId) return;
    const controller = new AbortController();
    uploadAttachment(ownerKind, ownerId, file as File, { onProgress: (percent) => onProgress?.({ percent }), signal: controller.signal }).then(
      async (uploaded) => {
        onSuccess?.(uploaded);
        void message.success(t('uploaded', { name: uploaded.fileName }));
        await queryClient.invalidateQueries({ queryKey: attachmentsKey(ownerKind, ownerId) });
      },
      (error: unknown) => {
        const text = uploadErrorMessage(error, t, ownerKind);
        void message.error(`${(file as File).name}：${text}`);
        onError?.(error instanceof Error ? error : new Error(text), text);
      },
    );
    return { abort: () => controller.abort() };
  };

  const count = attachments.data?.items.length;
  const canUpload = attachments.data?.actions.includes('upload') ?? false;
  return (
    <Card title={t(`owner.${ownerKind}.title`)} extra={count !== undefined && <Typography.Text type="secondary">{t('count', { count })}</Typography.Text>}>
      {ownerId === null ? (
        <>
          <Alert type="info" showIcon title={t(`owner.${ownerKind}.saveFirst`)} className="attachment-alert" />
          <Upload.Dragger disabled openFileDialogOnClick={false}>
            <DropPrompt t={t} />
          </Upload.Dragger>
        </>
      ) : attachments.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : attachments.isError ? (
        <PageError error={attachments.error} onRetry={() => void attachments.refetch()} />
      ) : (
        <>
          {canUpload && (
            <Upload.Dragger
              multiple
              accept={EXTENSIONS.map((extension) => `.${extension}`).join(',')}
              beforeUpload={beforeUpload}
              customRequest={customRequest}
              fileList={pending}
              // Finished files move to the table below (from the server); in-flight and failed ones stay here.
              onChange={({ fileList }) => setPending(fileList.filter((file) => file.status !== 'done'))}
              showUploadList={{ showRemoveIcon: true }}
              className="attachment-dragger"
            >
              <DropPrompt t={t} />
            </Upload.Dragger>
          )}
          {!canUpload && <Typography.Paragraph type="secondary">{t(`owner.${ownerKind}.readOnly`)}</Typography.Paragraph>}
          <AttachmentTable ownerKind={ownerKind} ownerId={ownerId} items={attachments.data.items} />
        </>
      )}
    </Card>
  );
}
