import { Table } from 'antd';
import type { ImportError } from '../types';
import { useExpertsT } from '../use-experts-t';

type MessageKey = 'required' | 'username' | 'tooLong100' | 'tooLong500' | 'phone' | 'email' | 'panelRole' | 'tier' | 'uscc' | 'range' | 'region' | 'date' | 'window' | 'taken' | 'missingColumn';

/** The server's row messages (English, stable) and the key of their translation. */
const FIXED: Record<string, MessageKey> = {
  'is required': 'required',
  'must be 3–50 letters, digits, dot, hyphen or underscore': 'username',
  'must be at most 100 characters': 'tooLong100',
  'must be at most 500 characters': 'tooLong500',
  'must be a phone number': 'phone',
  'must be an e-mail address': 'email',
  'must be 技术, 产业, 财务 or 法律': 'panelRole',
  'must be 一般 or 重大': 'tier',
  'is not a valid 统一社会信用代码 (GB 32100-2015)': 'uscc',
  'must be a whole number from 0 to 100': 'range',
  'must be a 6-digit GB/T 2260 division code': 'region',
  'must be a date YYYY-MM-DD': 'date',
  'must not be before the start of the window': 'window',
  'is already taken on the platform': 'taken',
  'column is missing from the header row': 'missingColumn',
};

/** A row message in the reader's language; one we do not know stays as the server wrote it. */
export function useImportMessage() {
  const { t } = useExpertsT();
  return (message: string): string => {
    const fixed = FIXED[message];
    if (fixed) return t(`import.messages.${fixed}`);
    const repeats = /^repeats the username of row (\d+)$/.exec(message);
    if (repeats) return t('import.messages.repeats', { row: repeats[1] });
    const unknown = /^(\S+) is not a field code of the catalogue/.exec(message);
    if (unknown) return t('import.messages.unknownField', { code: unknown[1] });
    const twice = /^(\S+) is listed twice$/.exec(message);
    if (twice) return t('import.messages.fieldTwice', { code: twice[1] });
    const tooMany = /^a file may hold at most (\d+) experts$/.exec(message);
    if (tooMany) return t('import.messages.tooMany', { count: tooMany[1] });
    return message;
  };
}

/** Every problem of an uploaded roster: the spreadsheet row, the column as headed in the file, what is wrong. */
export function ImportErrorTable({ errors }: { errors: readonly ImportError[] }) {
  const { t } = useExpertsT();
  const translate = useImportMessage();
  return (
    <Table<ImportError>
      size="small"
      rowKey={(error) => `${error.row}:${error.field}:${error.message}`}
      dataSource={[...errors]}
      pagination={errors.length > 50 ? { pageSize: 50 } : false}
      columns={[
        { key: 'row', title: t('import.columns.row'), dataIndex: 'row', width: 80 },
        { key: 'column', title: t('import.columns.column'), dataIndex: 'column', width: 180 },
        { key: 'message', title: t('import.columns.message'), render: (_, error) => translate(error.message) },
      ]}
    />
  );
}
