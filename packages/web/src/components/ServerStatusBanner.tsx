import { Loader2, WifiOff } from 'lucide-react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { isServerUnreachable, probeServer, subscribeConnectivity } from '../lib/api/connectivity.ts';
import { Button } from './ui/button.tsx';

const FIRST_RETRY_SECONDS = 2;
const MAX_RETRY_SECONDS = 30;

/** Shown while the API server does not answer; probes it with backoff and hides itself when it is back. */
export function ServerStatusBanner() {
  const unreachable = useSyncExternalStore(subscribeConnectivity, isServerUnreachable, () => false);
  const [delay, setDelay] = useState(FIRST_RETRY_SECONDS);
  const [left, setLeft] = useState(FIRST_RETRY_SECONDS);
  const [probing, setProbing] = useState(false);

  useEffect(() => {
    if (!unreachable) {
      setDelay(FIRST_RETRY_SECONDS);
      setLeft(FIRST_RETRY_SECONDS);
      return;
    }
    const timer = setInterval(() => setLeft((value) => value - 1), 1000);
    return () => clearInterval(timer);
  }, [unreachable]);

  const retryNow = async () => {
    setProbing(true);
    const ok = await probeServer();
    setProbing(false);
    if (!ok) {
      const next = Math.min(delay * 2, MAX_RETRY_SECONDS);
      setDelay(next);
      setLeft(next);
    }
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: retry when the countdown reaches zero
  useEffect(() => {
    if (unreachable && left <= 0 && !probing) void retryNow();
  }, [left, unreachable]);

  if (!unreachable) return null;
  return (
    <div role="status" className="border-b border-warning/40 bg-warning/10 px-4 py-2 text-sm">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-1">
        <WifiOff aria-hidden="true" className="size-4 text-warning" />
        <span className="font-medium">Cannot reach the appgen server.</span>
        <span className="text-muted-foreground">
          {probing ? 'Checking…' : `Retrying in ${Math.max(left, 0)} s.`}
        </span>
        <Button variant="outline" size="sm" className="ml-auto" onClick={retryNow} disabled={probing}>
          {probing && <Loader2 aria-hidden="true" className="animate-spin" />}
          Retry now
        </Button>
      </div>
    </div>
  );
}
