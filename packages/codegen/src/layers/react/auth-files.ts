/** The React client's accounts (advanced): session state, the route guard, and the log-in / sign-up page. */

export const authContext = `import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onUnauthorized } from '../lib/api-client';
import { auth, type Credentials, type User } from '../lib/auth';

interface Session {
  /** undefined while the first check runs; null when nobody is logged in. */
  user: User | null | undefined;
  logIn(credentials: Credentials): Promise<void>;
  signUp(credentials: Credentials): Promise<void>;
  logOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Asks the API who is logged in once, and forgets the user on any 401 answer. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  useEffect(() => {
    onUnauthorized(() => setUser(null));
    auth.me().then(setUser, () => setUser(null));
  }, []);
  const logIn = useCallback(async (credentials: Credentials) => setUser(await auth.logIn(credentials)), []);
  const signUp = useCallback(async (credentials: Credentials) => setUser(await auth.signUp(credentials)), []);
  const logOut = useCallback(async () => {
    await auth.logOut();
    setUser(null);
  }, []);
  const session = useMemo(() => ({ user, logIn, signUp, logOut }), [user, logIn, signUp, logOut]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs an AuthProvider above it');
  return session;
}
`;

export const requireAuth = `import { Navigate, Outlet, useLocation } from 'react-router';
import { Spinner } from '../components/LoadState';
import { useSession } from './AuthContext';

/** Pages behind it need a logged-in user; anyone else is sent to the log-in page and back afterwards. */
export function RequireAuth() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Spinner />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
`;

export const authPage = `import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useSession } from '../auth/AuthContext';
import { Alert } from '../components/ui/alert';
import { Button } from '../components/ui/button';
import { Card, CardContent } from '../components/ui/card';
import { Input } from '../components/ui/input';
import { Label } from '../components/ui/label';
import { ApiError } from '../lib/api-client';
import { APP_NAME } from '../lib/navigation';

/** Log in, or sign up (the first account is the admin). Afterwards, back to the page that asked. */
export function AuthPage({ mode }: { mode: 'login' | 'signup' }) {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const signup = mode === 'signup';

  if (session.user) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await (signup ? session.signUp : session.logIn)({ email, password });
      navigate(from, { replace: true });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="flex min-h-screen items-center justify-center bg-muted/40 px-4">
      <Card className="w-full max-w-sm">
        <CardContent className="space-y-6 p-6">
          <div className="space-y-1">
            <p className="text-sm text-muted-foreground">{APP_NAME}</p>
            <h1 className="text-2xl font-semibold tracking-tight">{signup ? 'Create an account' : 'Log in'}</h1>
          </div>
          {error ? <Alert title={signup ? 'Could not sign up.' : 'Could not log in.'}>{error.message}</Alert> : null}
          <form className="space-y-4" onSubmit={submit}>
            <div className="space-y-2">
              <Label htmlFor="email">Email</Label>
              <Input id="email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
              {error?.fields.email ? <p className="text-sm text-destructive">{error.fields.email}</p> : null}
            </div>
            <div className="space-y-2">
              <Label htmlFor="password">Password</Label>
              <Input
                id="password"
                type="password"
                autoComplete={signup ? 'new-password' : 'current-password'}
                required
                minLength={signup ? 8 : undefined}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
              {error?.fields.password ? <p className="text-sm text-destructive">{error.fields.password}</p> : null}
            </div>
            <Button type="submit" className="w-full" disabled={busy}>
              {signup ? 'Sign up' : 'Log in'}
            </Button>
          </form>
          <p className="text-sm text-muted-foreground">
            {signup ? 'Have an account? ' : 'New here? '}
            <Link className="font-medium text-foreground underline-offset-4 hover:underline" to={signup ? '/login' : '/signup'} state={location.state}>
              {signup ? 'Log in' : 'Create an account'}
            </Link>
          </p>
        </CardContent>
      </Card>
    </main>
  );
}
`;
