import { NotificationsToggle } from './components/NotificationsToggle';
import { ShortcutsHelp } from './components/ShortcutsHelp';
import { UnreadTitle } from './components/UnreadTitle';
import { lazy, ReactNode, Suspense } from 'react';
import { useI18n } from './i18n/i18n';
import { Link, usePath } from './lib/router';
import { CannedResponsesPage } from './pages/admin/CannedResponsesPage';
import { RoutingRulesPage } from './pages/admin/RoutingRulesPage';
import { SettingsPage } from './pages/admin/SettingsPage';
import { TeamPage } from './pages/admin/TeamPage';
import { TicketTypesPage } from './pages/admin/TicketTypesPage';
import { WebhookPage } from './pages/admin/WebhookPage';
import { CustomFieldsPage } from './pages/admin/CustomFieldsPage';
import { CustomerPage, CustomersPage } from './pages/CustomersPage';
import { MacrosPage } from './pages/admin/MacrosPage';
import { InvitePage } from './pages/InvitePage';
import { LoginPage } from './pages/LoginPage';
import { TicketListPage } from './pages/TicketListPage';
import { TicketPage } from './pages/TicketPage';
import { MyTelegramPage } from './pages/MyTelegramPage';
import { CreditsBadge } from './components/CreditsBadge';
import { LiveUpdates } from './components/LiveUpdates';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useSessionState } from './session';

// Charts (chart.js) are loaded only when the Reports page opens: the first load stays small.
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((module) => ({ default: module.ReportsPage })));

const ADMIN_PAGES: Record<string, () => ReactNode> = {
  '/admin/settings': () => <SettingsPage />,
  '/admin/ticket-types': () => <TicketTypesPage />,
  '/admin/canned-responses': () => <CannedResponsesPage />,
  '/admin/routing-rules': () => <RoutingRulesPage />,
  '/admin/webhook': () => <WebhookPage />,
  '/admin/team': () => <TeamPage />,
  '/admin/custom-fields': () => <CustomFieldsPage />,
  '/admin/macros': () => <MacrosPage />,
};

export function App() {
  const path = usePath();
  const { session, loading } = useSessionState();
  const { t } = useI18n();
  const invite = /^\/(invite|reset)\/([^/]+)$/.exec(path);
  if (invite) return <InvitePage token={decodeURIComponent(invite[2])} purpose={invite[1] as 'invite' | 'reset'} />;
  if (loading) return <p className="loading">{t('common.loading')}</p>;
  if (!session) return <LoginPage />;

  const ticket = /^\/tickets\/([0-9a-fA-F-]{36})$/.exec(path);
  const customer = /^\/customers\/([0-9a-fA-F-]{36})$/.exec(path);
  let page: ReactNode;
  if (ticket) page = <TicketPage key={ticket[1]} ticketId={ticket[1]} />;
  else if (customer) page = <CustomerPage key={customer[1]} customerId={customer[1]} />;
  else if (path === '/customers') page = <CustomersPage />;
  else if (ADMIN_PAGES[path])
    page = session.isAdmin ? ADMIN_PAGES[path]() : <p className="notice">{t('error.adminOnly')}</p>;
  else if (path === '/reports')
    page = (
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        <ReportsPage />
      </Suspense>
    );
  else if (path === '/me/telegram') page = <MyTelegramPage />;
  else page = <TicketListPage />;
  return <Shell path={path}>{page}</Shell>;
}

function Shell({ path, children }: { path: string; children: ReactNode }) {
  const { session, signOut } = useSessionState();
  const { t } = useI18n();
  if (!session) return null;
  const nav: Array<[string, string]> = [['/', t('nav.tickets')]];
  nav.push(['/reports', t('nav.reports')]);
  nav.push(['/customers', t('nav.customers')]);
  if (session.isAdmin)
    nav.push(
      ['/admin/settings', t('nav.settings')],
      ['/admin/ticket-types', t('nav.ticketTypes')],
      ['/admin/canned-responses', t('nav.canned')],
      ['/admin/routing-rules', t('nav.routing')],
      ['/admin/webhook', t('nav.webhook')],
      ['/admin/team', t('nav.team')],
      ['/admin/custom-fields', t('nav.customFields')],
      ['/admin/macros', t('nav.macros')],
    );
  nav.push(['/me/telegram', t('nav.myTelegram')]);
  const active = (to: string) =>
    to === '/' ? path === '/' || path.startsWith('/tickets/') : path === to || path.startsWith(`${to}/`);
  return (
    <div className="shell">
      <header className="topbar">
        <span className="brand" title="Zapnoty Helpdesk">
          {session.project.name}
        </span>
        <nav>
          {nav.map(([to, label]) => (
            <Link key={to} to={to} className={active(to) ? 'active' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
        <CreditsBadge />
        <NotificationsToggle />
        <span className="who" data-testid="who">
          {session.member.name} · {t(`role.${session.member.role}`)}
        </span>
        <LanguageSwitch />
        <button type="button" className="link" onClick={() => void signOut()}>
          {t('nav.signOut')}
        </button>
      </header>
      <main>{children}</main>
      <LiveUpdates />
      <ShortcutsHelp />
      <UnreadTitle />
    </div>
  );
}
