import { useEffect, useState } from 'react';
import { formatDuration } from '../../lib/format.ts';

/** Time since `from`, ticking until `until` is set. */
export function ElapsedTime({ from, until }: { from: string | null; until: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until]);
  if (!from) return <span>—</span>;
  const end = until ? new Date(until).getTime() : now;
  return <span className="tabular-nums">{formatDuration(Math.max(0, end - new Date(from).getTime()))}</span>;
}
