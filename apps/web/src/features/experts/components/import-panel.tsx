import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { IMPORT_TEMPLATE_URL, useImportExperts } from '../api/import';
import type { ImportResult } from '../types';
import { useExpertsT } from '../use-experts-t';
import { ImportErrorTable } from './import-error-table';

/**
 * 批量导入: download the template, upload the filled roster (checked at once, nothing saved), read every problem
 * by row and column, then commit: the server saves all rows or, if any is wrong, none.
 */
export function ImportPanel() {
  const { t } = useExpertsT();
  const upload = useImportExperts();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = (chosen: File, dryRun: boolean) => {
    setFailure(null);
    upload.mutate(
      { file: chosen, dryRun },
      {
        onSuccess: setResult,
        onError: (error) => {
          setResult(null);
          setFailure(error.message);
        },
      },
    );
  };
  const reset = () => {
    setFile(null);
    setResult(null);
    setFailure(null);
  };
  const checked = result && !result.dryRun ? null : result;
  const done = result && !result.dryRun && result.created > 0 ? result : null;

  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('import.lead')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={IMPORT_TEMPLATE_URL} download>
            {t('import.template')}
          </Button>
          <Upload
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(chosen) => {
              setFile(chosen);
              run(chosen, true);
              return false;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending && result === null}>
              {t('import.choose')}
            </Button>
          </Upload>
          {file && <Typography.Text>{t('import.file', { name: file.name })}</Typography.Text>}
        </Space>
        {failure && <Alert type="error" showIcon title={t('messages.failed')} description={failure} />}
        {done && <Alert type="success" showIcon title={t('import.done', { count: done.created })} description={t('import.passwordNotice')} action={<Button onClick={reset}>{t('import.reset')}</Button>} />}
        {result && result.errors.length > 0 && (
          <>
            <Alert type="warning" showIcon title={t('import.hasErrors', { rows: result.rowCount, count: result.errors.length })} />
            <ImportErrorTable errors={result.errors} />
          </>
        )}
        {checked && checked.errors.length === 0 && file && (
          <Alert
            type="info"
            showIcon
            title={t('import.ok', { rows: checked.rowCount })}
            action={
              <Button type="primary" loading={upload.isPending} onClick={() => run(file, false)}>
                {t('import.commit', { count: checked.rowCount })}
              </Button>
            }
          />
        )}
      </Space>
    </Card>
  );
}
