/** React shell modules: the layout with navigation, the dashboard and the 404 page. */
import type { LevelModel } from '../../level.ts';

/** The signed-in user and the log-out button, at the foot of the navigation (advanced). */
const SESSION_BOX = `
        <div className="border-t px-4 py-3 text-sm">
          <p className="truncate font-medium" title={user?.email}>
            {user?.email}
          </p>
          <p className="text-muted-foreground">{user?.role === 'admin' ? 'Admin: sees every record' : 'Your records'}</p>
          <Button variant="outline" size="sm" className="mt-2" onClick={() => void logOut()}>
            <LogOut aria-hidden="true" />
            Log out
          </Button>
        </div>`;

/** src/components/Layout.tsx: navigation to the dashboard (beyond simple) and every list; the user (advanced). */
export const layoutTsx = ({
  extras,
  auth,
}: LevelModel) => `import { ${extras ? 'LayoutDashboard, ' : ''}List, ${auth ? 'LogOut, ' : ''}Menu, X } from 'lucide-react';
import { type ReactNode, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
${auth ? "import { useSession } from '../auth/AuthContext';\n" : ''}import { APP_NAME, ENTITY_LINKS } from '../lib/navigation';
import { cn } from '../lib/utils';
import { Button } from './ui/button';

function NavItem({ to, end, icon, children }: { to: string; end?: boolean; icon: ReactNode; children: ReactNode }) {
  return (
    <NavLink
      to={to}
      end={end}
      className={({ isActive }) =>
        cn(
          'flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium transition-colors [&_svg]:size-4 [&_svg]:shrink-0',
          isActive ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:bg-accent/60 hover:text-foreground',
        )
      }
    >
      {icon}
      <span className="truncate">{children}</span>
    </NavLink>
  );
}

export function Layout() {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();${auth ? '\n  const { user, logOut } = useSession();' : ''}
  useEffect(() => {
    setOpen(false);
    document.title = APP_NAME;
  }, [pathname]);

  return (
    <div className="min-h-screen md:grid md:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="border-b bg-muted/40 md:sticky md:top-0 md:h-screen md:overflow-y-auto md:border-r md:border-b-0">
        <div className="flex h-14 items-center justify-between gap-2 px-4">
          <Link to="/" className="truncate font-semibold tracking-tight">
            {APP_NAME}
          </Link>
          <Button
            variant="ghost"
            size="icon"
            className="md:hidden"
            aria-expanded={open}
            aria-controls="main-nav"
            aria-label={open ? 'Close menu' : 'Open menu'}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
          </Button>
        </div>
        <nav id="main-nav" aria-label="Main" className={cn('space-y-1 px-2 pb-4 md:block', open ? 'block' : 'hidden')}>
${
  extras
    ? `          <NavItem to="/" end icon={<LayoutDashboard aria-hidden="true" />}>
            Dashboard
          </NavItem>
`
    : ''
}          {ENTITY_LINKS.map((entity) => (
            <NavItem key={entity.slug} to={entity.path} icon={<List aria-hidden="true" />}>
              {entity.label}
            </NavItem>
          ))}
        </nav>${auth ? SESSION_BOX : ''}
      </aside>
      <main id="main" className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
        <div className="mx-auto max-w-6xl">
          <Outlet />
        </div>
      </main>
    </div>
  );
}
`;

export const dashboardPage = `import { ArrowRight } from 'lucide-react';
import { Link } from 'react-router';
import { PageHeader } from '../components/PageHeader';
import { Alert } from '../components/ui/alert';
import { getStats } from '../lib/api';
import { useAsync } from '../lib/hooks';
import { APP_DESCRIPTION, APP_NAME, ENTITY_LINKS } from '../lib/navigation';

/** Home: how many records each entity has, each card linking to its list. */
export function DashboardPage() {
  const stats = useAsync(getStats, 'stats');
  return (
    <div className="space-y-6">
      <PageHeader title={APP_NAME} description={APP_DESCRIPTION || 'Overview'} />
      {stats.error ? <Alert title="Could not load the counts.">{stats.error.message}</Alert> : null}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {ENTITY_LINKS.map((entity) => {
          const count = stats.data?.counts[entity.slug];
          return (
            <li key={entity.slug}>
              <Link
                to={entity.path}
                className="group flex h-full flex-col justify-between gap-4 rounded-lg border bg-card p-5 shadow-sm transition-colors hover:border-foreground/20 hover:bg-accent/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                <span className="flex items-center justify-between text-sm font-medium text-muted-foreground">
                  {entity.label}
                  <ArrowRight className="size-4 transition-transform group-hover:translate-x-0.5" aria-hidden="true" />
                </span>
                <span className="text-3xl font-semibold tabular-nums tracking-tight">
                  {count === undefined ? (stats.loading ? '…' : '—') : count.toLocaleString()}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
`;

/** The 404 page links home: the dashboard, or at simple the first list. */
export const notFoundPage = (extras: boolean) => `import { Link } from 'react-router';
import { buttonVariants } from '../components/ui/button';

export function NotFoundPage() {
  return (
    <div className="flex flex-col items-start gap-4 py-16">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="text-muted-foreground">The address may be mistyped, or the page has moved.</p>
      <Link to="/" className={buttonVariants({ variant: 'outline' })}>
        ${extras ? 'Back to the dashboard' : 'Back to the start'}
      </Link>
    </div>
  );
}
`;
