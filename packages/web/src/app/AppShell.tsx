import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { ServerStatusBanner } from '../components/ServerStatusBanner.tsx';
import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { Skeleton } from '../components/ui/skeleton.tsx';
import { cn } from '../lib/cn.ts';

const navLink = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-md px-3 py-1.5 text-sm font-medium transition-colors hover:text-foreground',
    isActive ? 'bg-muted text-foreground' : 'text-muted-foreground',
  );

export function AppShell() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-background px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        Skip to content
      </a>
      <header className="sticky top-0 z-40 border-b bg-background/80 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:px-6">
          <NavLink
            to="/"
            className="mr-2 flex items-center gap-2 rounded-md font-semibold tracking-tight"
            aria-label="appgen home"
          >
            <Logo />
            <span>appgen</span>
          </NavLink>
          <nav aria-label="Main" className="flex items-center gap-1">
            <NavLink to="/" end className={navLink}>
              New
            </NavLink>
            <NavLink to="/history" className={navLink}>
              History
            </NavLink>
          </nav>
          <div className="ml-auto">
            <ThemeToggle />
          </div>
        </div>
      </header>
      <ServerStatusBanner />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6 sm:py-8">
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="border-t py-4 text-center text-xs text-muted-foreground">
        appgen — plain language in, a working full-stack project out.
      </footer>
    </div>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className="size-6">
      <rect width="32" height="32" rx="8" className="fill-foreground" />
      <path
        d="M9 22l7-12 7 12"
        className="stroke-background"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function PageSkeleton() {
  return (
    <div role="status" className="flex flex-col gap-4" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-40 w-full" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
