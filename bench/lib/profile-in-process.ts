/** CPU-profiles a workload inside this process (node:inspector), for a missed in-process target. */
import { Session } from 'node:inspector/promises';
import { type CpuProfile, type ProfileSummary, summarizeProfile } from './cpu-profile.ts';

export async function profileInProcess(work: () => Promise<void>): Promise<ProfileSummary> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    return summarizeProfile(profile as unknown as CpuProfile);
  } finally {
    session.disconnect();
  }
}
