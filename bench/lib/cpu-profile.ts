/**
 * Reads V8 CPU profiles (`node --cpu-prof`, or the inspector) into what RESULTS.md names when a target is
 * missed: where the self time went, by package and by function.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  name: string;
  selfMs: number;
  share: number;
}
export interface ProfileSummary {
  totalMs: number;
  byPackage: HotSpot[];
  byFunction: HotSpot[];
}

/** "express", "@appgen/server", "node:internal", "(garbage collector)" … from a frame's script URL. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? url);
  }
  const own = /\/(packages\/[^/]+|bench|scripts)\//.exec(url);
  return own ? own[1]! : url;
}

function shorten(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules !== -1) return url.slice(modules + '/node_modules/'.length);
  const own = /\/((packages|bench|scripts)\/.*)$/.exec(url);
  return own ? own[1]! : url.replace(/^file:\/\//, '');
}

export function summarizeProfile(profile: CpuProfile, top = 8): ProfileSummary {
  // Self time per node: the sampled time deltas attributed to the node each sample landed in.
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, deltas[i + 1] ?? deltas[i] ?? 0));
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (us === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += us;
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const fn = url ? `${functionName || '(anonymous)'} ${shorten(url)}:${lineNumber + 1}` : functionName;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfMs: us / 1000, share: total === 0 ? 0 : us / total }));
  return { totalMs: total / 1000, byPackage: rank(byPackage), byFunction: rank(byFunction) };
}

/** Every .cpuprofile in `dir`, merged into one summary (a process tree writes one file per process). */
export function summarizeProfileDir(dir: string, top = 8): ProfileSummary | undefined {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) return undefined;
  const summaries = files.map((file) =>
    summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile, 1000),
  );
  const merge = (pick: (s: ProfileSummary) => HotSpot[]) => {
    const map = new Map<string, number>();
    for (const summary of summaries)
      for (const spot of pick(summary)) map.set(spot.name, (map.get(spot.name) ?? 0) + spot.selfMs);
    return map;
  };
  const totalMs = summaries.reduce((sum, s) => sum + s.totalMs, 0);
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({ name, selfMs, share: totalMs === 0 ? 0 : selfMs / totalMs }));
  return {
    totalMs,
    byPackage: rank(merge((s) => s.byPackage)),
    byFunction: rank(merge((s) => s.byFunction)),
  };
}

/** Two Markdown lines: the top packages and the top functions by self time. */
export function describeProfile(summary: ProfileSummary, top = 5): string {
  const list = (spots: HotSpot[]) =>
    spots
      .slice(0, top)
      .map((spot) => `\`${spot.name}\` ${(spot.share * 100).toFixed(0)} %`)
      .join('; ');
  return [
    `self time ${Math.round(summary.totalMs)} ms by package: ${list(summary.byPackage)}`,
    `hottest functions: ${list(summary.byFunction)}`,
  ].join('\n');
}
