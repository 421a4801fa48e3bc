/**
 * JavaScript CPU samples from a Chromium trace recorded with the
 * `disabled-by-default-v8.cpu_profiler` category: each sample's time and its
 * call stack (innermost first), so a long task's script time can be put down
 * to the files and functions that spent it.
 */

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  parent?: number;
}
interface ProfileEvent {
  name: string;
  id?: string;
  pid: number;
  tid: number;
  ts: number;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface Sample {
  /** Trace time, µs. */
  ts: number;
  /** Innermost frame first. */
  stack: CallFrame[];
}

export function cpuSamples(events: readonly ProfileEvent[]): Sample[] {
  const out: Sample[] = [];
  const profiles = new Map<string, { time: number; nodes: Map<number, ProfileNode> }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id ?? ''}`;
    if (e.name === 'Profile') profiles.set(key, { time: e.args?.data?.startTime ?? e.ts, nodes: new Map() });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(key);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((id, i) => {
      p.time += deltas[i] ?? 0;
      const stack: CallFrame[] = [];
      for (let n = p.nodes.get(id); n; n = n.parent === undefined ? undefined : p.nodes.get(n.parent)) stack.push(n.callFrame);
      out.push({ ts: p.time, stack });
    });
  }
  return out;
}

const file = (url: string) => url.split('/').pop()?.split('?')[0] || '(native)';

/**
 * Where the samples within [from, to] spent their time: by file (the innermost
 * frame's), and by the innermost frame of the page's own (non-TF.js, non-Preact)
 * code on the stack, each in ms (a sample stands for the time to the next one).
 */
export function attribute(samples: readonly Sample[], from: number, to: number) {
  const byFile = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const sorted = samples.filter((s) => s.ts >= from && s.ts <= to).sort((a, b) => a.ts - b.ts);
  for (const [i, s] of sorted.entries()) {
    const interval = Math.min(((sorted[i + 1]?.ts ?? to) - s.ts) / 1000, 10);
    const top = s.stack[0];
    if (!top || top.functionName === '(idle)' || top.functionName === '(root)') continue;
    const where = top.url ? file(top.url) : top.functionName || '(anonymous)';
    byFile.set(where, (byFile.get(where) ?? 0) + interval);
    const fn = s.stack.find((f) => f.url && !/tf-|tfjs|hooks\.module|preact/.test(f.url));
    const name = fn ? `${fn.functionName || '(anonymous)'} ${file(fn.url)}` : '(no page frame)';
    byFunction.set(name, (byFunction.get(name) ?? 0) + interval);
  }
  const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return { byFile: top(byFile), byFunction: top(byFunction) };
}
