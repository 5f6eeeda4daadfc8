/**
 * Whether the API server answers. Any request that fails at the network level marks it unreachable; the
 * banner then probes the liveness endpoint until it answers again. A tiny external store for React.
 */
type Listener = () => void;

let unreachable = false;
const listeners = new Set<Listener>();

function set(next: boolean): void {
  if (next === unreachable) return;
  unreachable = next;
  for (const listener of listeners) listener();
}

export const reportUnreachable = (): void => set(true);
export const reportReachable = (): void => set(false);
export const isServerUnreachable = (): boolean => unreachable;

export function subscribeConnectivity(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One liveness probe; updates the store and says whether the server answered. */
export async function probeServer(): Promise<boolean> {
  try {
    const response = await fetch('/api/health/live', { cache: 'no-store' });
    const ok = response.status < 500 || response.status === 503;
    set(!ok);
    return ok;
  } catch {
    set(true);
    return false;
  }
}
