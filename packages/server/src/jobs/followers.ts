/**
 * Single flight: identical requests made while a job (the leader) is running wait for it as followers
 * instead of generating again. When the leader finishes, its followers finish the same way: completed
 * from its result, or failed with its error. When it is cancelled, the first follower takes its place.
 *
 * The invariant: a follower (a queued job with a `source_job_id`) always has a leader that is still
 * active, and so will resolve it — or is resolved (completed, failed, or promoted to leader) under the
 * hash lock in the same critical section that made its leader terminal. Every terminal write of a job
 * that may have followers goes through `settle` (runner, cancel, recovery), never a bare transition.
 * `sweepOrphanedFollowers` is the safety net for the one gap left: resolution that started but did not
 * finish (an error half way through, a crash between the leader's commit and its followers').
 */
import type { Logger } from 'pino';
import { isTerminal, type Job, TERMINAL_STATUSES } from './job-types.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import type { JobRepository } from './repository.ts';
import { completeFromSource } from './reuse-result.ts';

export type Requeue = (jobId: string) => Promise<void>;

/**
 * Resolves the waiting followers of a terminal `leader`. Call under the leader's hash lock. Every
 * follower is tried even if one fails; the first error is rethrown at the end (the sweep retries).
 */
export async function resolveFollowers(repo: JobRepository, leader: Job, requeue: Requeue): Promise<void> {
  const followers = await repo.waitingFollowers(leader.id);
  if (followers.length === 0) return;
  if (leader.status === 'cancelled') {
    await handOver(repo, leader.id, followers[0]!.id, requeue);
    return;
  }
  let firstError: unknown;
  for (const follower of followers) {
    try {
      if (leader.status === 'completed') {
        await completeFromSource(repo, follower, leader);
      } else if (leader.status === 'failed') {
        await repo.transition(
          follower.id,
          ['queued'],
          { status: 'failed', finishedAt: 'now', error: leader.error },
          [{ type: 'failed', data: { status: 'failed', error: leader.error } }],
        );
      }
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError !== undefined) throw firstError;
}

/** The first follower becomes the leader (and is queued); the others now wait for it. */
async function handOver(repo: JobRepository, oldLeaderId: string, nextId: string, requeue: Requeue) {
  await repo.reassignFollowers(oldLeaderId, nextId);
  await requeue(nextId);
}

/**
 * Makes `write` (a job's terminal transition) and the resolution of that job's followers one critical
 * section under the hash lock, so no identical request can attach to the job in between. Returns what
 * `write` returned. An error while resolving followers is logged, not thrown: the job itself did finish,
 * and the sweep completes the followers left waiting.
 */
export async function settle(
  deps: { repo: JobRepository; hashLocks: KeyedMutex; requeue: Requeue; logger?: Logger | undefined },
  promptHash: string,
  write: () => Promise<Job | null>,
): Promise<Job | null> {
  return deps.hashLocks.run(promptHash, async () => {
    const finished = await write();
    if (finished && isTerminal(finished.status)) {
      try {
        await resolveFollowers(deps.repo, finished, deps.requeue);
      } catch (error) {
        deps.logger?.error(
          { jobId: finished.id, err: error },
          'could not resolve all followers; the sweep will retry',
        );
      }
    }
    return finished;
  });
}

/**
 * Safety net: followers still queued behind a leader that is already terminal (or gone) are resolved
 * from the leader's stored outcome — completed from its result, failed with its error, or promoted —
 * under the hash lock. Runs after every job the runner finishes (for that hash) and periodically (all
 * hashes). Returns how many leaders it resolved followers of.
 */
export async function sweepOrphanedFollowers(
  deps: { repo: JobRepository; hashLocks: KeyedMutex; requeue: Requeue; logger?: Logger | undefined },
  promptHash?: string,
): Promise<number> {
  const { repo } = deps;
  const orphans = await repo.orphanedFollowers(TERMINAL_STATUSES, promptHash);
  const byLeader = new Map<string, Job>();
  for (const follower of orphans) {
    if (!byLeader.has(follower.sourceJobId!)) byLeader.set(follower.sourceJobId!, follower);
  }
  let resolved = 0;
  for (const [leaderId, follower] of byLeader) {
    try {
      await deps.hashLocks.run(follower.promptHash, async () => {
        const leader = await repo.get(leaderId);
        if (leader && !isTerminal(leader.status)) return;
        if (leader) await resolveFollowers(repo, leader, deps.requeue);
        else {
          const waiting = await repo.waitingFollowers(leaderId);
          if (waiting.length > 0) await handOver(repo, leaderId, waiting[0]!.id, deps.requeue);
        }
        resolved++;
      });
    } catch (error) {
      deps.logger?.error({ leaderId, err: error }, 'follower sweep failed; it will retry');
    }
  }
  if (resolved > 0) deps.logger?.warn({ leaders: resolved }, 'resolved orphaned followers');
  return resolved;
}
