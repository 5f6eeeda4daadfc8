import { AlertTriangle, Clock, WifiOff } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Alert } from '../../components/ui/alert.tsx';
import { ApiError, describeError } from '../../lib/api/api-error.ts';

/** Why a submit failed, phrased so a person knows what to do; a 429 counts down its Retry-After. */
export function SubmitErrorNotice({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.isRateLimited)
    return <RateLimitNotice seconds={error.retryAfterSeconds ?? 60} />;
  if (error instanceof ApiError && error.isUnreachable) {
    return (
      <Alert tone="warning">
        <WifiOff aria-hidden="true" />
        <span>
          The appgen server cannot be reached. Your description is kept here; submit again once it is back.
        </span>
      </Alert>
    );
  }
  return (
    <Alert tone="danger">
      <AlertTriangle aria-hidden="true" />
      <span>{describeError(error)}</span>
    </Alert>
  );
}

function RateLimitNotice({ seconds }: { seconds: number }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    const timer = setInterval(() => setLeft((value) => Math.max(0, value - 1)), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return (
    <Alert tone="warning" data-testid="rate-limit">
      <Clock aria-hidden="true" />
      <span>{left > 0 ? `Too many requests — try again in ${left} s.` : 'You can try again now.'}</span>
    </Alert>
  );
}
