// Shell of the signed-in app (Ant Design Pro style): dark side menu, header with the unit, the user, the language
// switch and 退出登录; the routed page in the content area.
import { Suspense, useMemo, useState } from 'react';
import { App, Avatar, Button, Layout, Menu, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import {
  BankOutlined, LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, SafetyCertificateOutlined, UserOutlined,
} from '@ant-design/icons';
import { ROLE_LABELS } from '@renshe/shared';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth, useUser } from '../auth/AuthContext.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/index.tsx';
import { menuItems } from '../routes.tsx';

const { Header, Sider, Content, Footer } = Layout;

/** The menu entry whose path is the longest prefix of the current location. */
function selectedKey(pathname: string, paths: string[]): string | undefined {
  let best: string | undefined;
  for (const p of paths) {
    const match = p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(p + '/');
    if (match && (!best || p.length > best.length)) best = p;
  }
  return best;
}

export function PageLoading() {
  return <div className="page-loading"><Spin size="large" /></div>;
}

export default function AppLayout() {
  const { t, pick } = useI18n();
  const { can, logout } = useAuth();
  const user = useUser();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(() => window.innerWidth < 992);

  const visible = useMemo(() => menuItems.filter((m) => can(m.permission)), [can]);
  const selected = selectedKey(location.pathname, visible.map((m) => m.path));

  const onLogout = () => {
    modal.confirm({
      title: t('auth.logoutConfirm'),
      okText: t('auth.logout'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        await logout().catch(() => undefined);
        message.success(t('auth.loggedOut'));
        navigate('/login', { replace: true });
      },
    });
  };

  return (
    <Layout className="app-layout">
      <Sider theme="dark" width={216} collapsible collapsed={collapsed} trigger={null} breakpoint="lg"
        onBreakpoint={(broken) => setCollapsed(broken)} className="app-sider">
        <div className="app-logo" onClick={() => navigate('/')} role="link" tabIndex={0}>
          <SafetyCertificateOutlined className="app-logo-icon" />
          {!collapsed && <span className="app-logo-text">{t('app.name')}</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={visible.map((m) => ({ key: m.path, icon: m.icon, label: t(m.labelKey) }))}
          onClick={({ key }) => navigate(key)}
          data-testid="side-menu"
        />
      </Sider>
      <Layout>
        <Header className="app-header">
          <Space size={12} className="app-header-left">
            <Button type="text" icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />} onClick={() => setCollapsed((c) => !c)}
              aria-label="menu" />
            <BankOutlined style={{ color: '#1677ff' }} />
            <Typography.Text strong className="app-unit" data-testid="header-unit">
              {user.orgName ?? user.orgCode}
            </Typography.Text>
            <Typography.Text type="secondary" className="app-bureau">{t('app.bureau')}</Typography.Text>
          </Space>
          <Space size={4} className="app-header-right">
            <LanguageSwitch />
            <Tooltip title={`${user.username} · ${pick(ROLE_LABELS[user.role])}`}>
              <Space size={8} className="app-user" data-testid="header-user">
                <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#1677ff' }} />
                <span>{user.displayName}</span>
                <Tag color="blue" className="app-role-tag">{pick(ROLE_LABELS[user.role])}</Tag>
              </Space>
            </Tooltip>
            <Button type="text" icon={<LogoutOutlined />} onClick={onLogout} data-testid="logout">{t('auth.logout')}</Button>
          </Space>
        </Header>
        <Content className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Content>
        <Footer className="app-footer">{t('app.footer')}</Footer>
      </Layout>
    </Layout>
  );
}
