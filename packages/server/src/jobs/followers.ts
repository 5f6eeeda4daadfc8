/**
 * Single flight: identical requests made while a job (the leader) is running wait for it as followers
 * instead of generating again. When the leader finishes, its followers finish the same way: completed
 * from its result, or failed with its error. When it is cancelled, the first follower takes its place.
 */
import type { Job } from './job-types.ts';
import type { JobRepository } from './repository.ts';
import { completeFromSource } from './reuse-result.ts';

export async function resolveFollowers(
  repo: JobRepository,
  leader: Job,
  requeue: (jobId: string) => Promise<void>,
): Promise<void> {
  const followers = await repo.waitingFollowers(leader.id);
  if (followers.length === 0) return;
  if (leader.status === 'completed') {
    for (const follower of followers) await completeFromSource(repo, follower, leader);
  } else if (leader.status === 'failed') {
    for (const follower of followers) {
      await repo.transition(
        follower.id,
        ['queued'],
        { status: 'failed', finishedAt: 'now', error: leader.error },
        [{ type: 'failed', data: { status: 'failed', error: leader.error } }],
      );
    }
  } else if (leader.status === 'cancelled') {
    const next = followers[0]!;
    await repo.reassignFollowers(leader.id, next.id);
    await requeue(next.id);
  }
}
