import { NotificationsToggle } from './components/NotificationsToggle';
import { ShortcutsHelp } from './components/ShortcutsHelp';
import { UnreadTitle } from './components/UnreadTitle';
import { lazy, ReactNode, Suspense } from 'react';
import { useI18n } from './i18n/i18n';
import { Link, Route, Switch, useLocation } from 'wouter';
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
import { useSession, useSessionState } from './session';

// Charts (chart.js) are loaded only when the Reports page opens: the first load stays small.
const ReportsPage = lazy(() => import('./pages/ReportsPage').then((module) => ({ default: module.ReportsPage })));

const ADMIN_PAGES: Record<string, () => ReactNode> = {
  settings: () => <SettingsPage />,
  'ticket-types': () => <TicketTypesPage />,
  'canned-responses': () => <CannedResponsesPage />,
  'routing-rules': () => <RoutingRulesPage />,
  webhook: () => <WebhookPage />,
  team: () => <TeamPage />,
  'custom-fields': () => <CustomFieldsPage />,
  macros: () => <MacrosPage />,
};

/** Ticket and customer ids are UUIDs; another word after /tickets/ is an unknown path (the list). */
const UUID = /^[0-9a-fA-F-]{36}$/;

/** The console's URLs (wouter). The server answers every non-API path with index.html, so each is a deep link. */
export function App() {
  const { session, loading } = useSessionState();
  const { t } = useI18n();
  return (
    <Switch>
      <Route path="/invite/:token">{({ token }) => <InvitePage token={token} purpose="invite" />}</Route>
      <Route path="/reset/:token">{({ token }) => <InvitePage token={token} purpose="reset" />}</Route>
      <Route>
        {loading ? (
          <p className="loading">{t('common.loading')}</p>
        ) : session ? (
          <Shell>
            <SignedInPages />
          </Shell>
        ) : (
          <LoginPage />
        )}
      </Route>
    </Switch>
  );
}

function SignedInPages() {
  const session = useSession();
  const { t } = useI18n();
  return (
    <Switch>
      <Route path="/tickets/:ticketId">
        {({ ticketId }) =>
          UUID.test(ticketId) ? <TicketPage key={ticketId} ticketId={ticketId} /> : <TicketListPage />
        }
      </Route>
      <Route path="/customers">
        <CustomersPage />
      </Route>
      <Route path="/customers/:customerId">
        {({ customerId }) =>
          UUID.test(customerId) ? <CustomerPage key={customerId} customerId={customerId} /> : <TicketListPage />
        }
      </Route>
      <Route path="/reports">
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          <ReportsPage />
        </Suspense>
      </Route>
      <Route path="/me/telegram">
        <MyTelegramPage />
      </Route>
      <Route path="/admin/:page">
        {({ page }) =>
          !Object.hasOwn(ADMIN_PAGES, page) ? (
            <TicketListPage />
          ) : session.isAdmin ? (
            ADMIN_PAGES[page]()
          ) : (
            <p className="notice">{t('error.adminOnly')}</p>
          )
        }
      </Route>
      <Route>
        <TicketListPage />
      </Route>
    </Switch>
  );
}

function Shell({ children }: { children: ReactNode }) {
  const { signOut } = useSessionState();
  const session = useSession();
  const [path] = useLocation();
  const { t } = useI18n();
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
            <Link key={to} href={to} className={active(to) ? 'active' : undefined}>
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
