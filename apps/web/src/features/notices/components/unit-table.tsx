import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useNoticesT } from '../use-notices-t';

export interface UnitRow {
  key: string;
  rank: number | null;
  leadOrgName: string;
  memberOrgNames: readonly string[];
  bidTitle: string;
}

/** Units (proposed winners, alternates or awarded units) with their rank, consortium and proposal. */
export function UnitTable({ rows, label }: { rows: readonly UnitRow[]; label: string }) {
  const { t } = useNoticesT();
  const { t: tApp } = useTranslation();
  const columns: ColumnsType<UnitRow> = [
    { key: 'rank', title: t('detail.columns.rank'), dataIndex: 'rank', width: 96, render: (rank: number | null) => (rank === null ? t('detail.noRank') : <Tag className="rank-tag">{t('detail.rank', { rank })}</Tag>) },
    { key: 'lead', title: t('detail.columns.lead'), dataIndex: 'leadOrgName', render: (name: string) => <strong>{name}</strong> },
    { key: 'members', title: t('detail.columns.members'), dataIndex: 'memberOrgNames', render: (names: readonly string[]) => (names.length ? names.join(tApp('common.listSeparator')) : tApp('common.none')) },
    { key: 'project', title: t('detail.columns.project'), dataIndex: 'bidTitle' },
  ];
  return <Table<UnitRow> aria-label={label} size="small" rowKey="key" columns={columns} dataSource={[...rows]} pagination={false} scroll={{ x: 640 }} />;
}
