import { BankOutlined, LoginOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMe } from '@/hooks/use-me';
import { useOrganisationNames } from '../api/get-organisation-names';
import { useSignOut } from '../api/sign-out';
import type { Me, Role } from '../types';

const uniqueRoles = (me: Me): Role[] => [...new Set(me.grants.map((grant) => grant.role))];
const uniqueOrganisationIds = (me: Me): string[] => [...new Set(me.grants.flatMap((grant) => (grant.organisationId ? [grant.organisationId] : [])))];

function Profile({ me }: { me: Me }) {
  const { t } = useTranslation();
  const organisationIds = uniqueOrganisationIds(me);
  const names = useOrganisationNames(organisationIds);
  return (
    <div className="user-menu-profile">
      <Typography.Text strong>{me.displayName}</Typography.Text>
      <div className="user-menu-section">
        <Typography.Text type="secondary">{t('auth.roles')}</Typography.Text>
        <div>
          {uniqueRoles(me).map((role) => (
            <Tag key={role} color="red" variant="outlined">
              {t(`roles.${role}`)}
            </Tag>
          ))}
        </div>
      </div>
      {organisationIds.length > 0 && (
        <div className="user-menu-section">
          <Typography.Text type="secondary">{t('auth.organisations')}</Typography.Text>
          {organisationIds.map((id) => (
            <div key={id} className="user-menu-org">
              <BankOutlined /> {names.get(id) ?? <Skeleton.Input active size="small" />}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** Visitor: a sign-in button that comes back here. Signed in: name, roles, organisations and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const signOut = useSignOut();

  if (me.isPending) return <Skeleton.Button active size="small" />;
  if (!me.data) {
    if (location.pathname === '/sign-in') return null;
    const next = `${location.pathname}${location.search}`;
    return (
      <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>
        <Button type="primary" ghost icon={<LoginOutlined />}>
          {t('auth.signIn')}
        </Button>
      </Link>
    );
  }
  const user = me.data;
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          { key: 'profile', type: 'group', label: <Profile me={user} /> },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('auth.signOut'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key !== 'sign-out') return;
          signOut.mutate(undefined, {
            onSettled: () => void navigate('/'),
          });
        },
      }}
    >
      <Button type="text" className="user-menu-button" aria-label={`${user.displayName} · ${t('auth.userMenu')}`}>
        <Avatar size="small" icon={<UserOutlined />} className="user-avatar" />
        <span className="user-menu-name">{user.displayName}</span>
      </Button>
    </Dropdown>
  );
}
