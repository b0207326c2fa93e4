import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useChallengeOfficeT } from '../use-challenge-office-t';

/** 工作台 / 项目计划 / <programme> / 榜单管理 / …: where an office challenge page sits. */
export function OfficeBreadcrumb({ programme, trail = [] }: { programme?: { id: string; name: string } | undefined; trail?: ReactNode[] }) {
  const { t } = useChallengeOfficeT();
  const items = [
    { title: <Link to="/office">{t('crumbs.office')}</Link> },
    { title: <Link to="/office/programmes">{t('crumbs.programmes')}</Link> },
    ...(programme
      ? [{ title: <Link to={`/office/programmes/${programme.id}`}>{programme.name}</Link> }, { title: <Link to={`/office/programmes/${programme.id}/challenges`}>{t('crumbs.challenges')}</Link> }]
      : []),
    ...trail.map((title) => ({ title })),
  ];
  return <Breadcrumb className="page-breadcrumb" items={items} />;
}
