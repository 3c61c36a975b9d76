// A Chromium trace of one page's main thread (CDP Tracing), read as tasks: how long each task
// ran and how much of it was script. Used by burst.bench.ts to tell a burst's longest blocking
// task from its total script time.
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time of a complete event (µs). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** One task of the page's main thread that ran script after the mark. */
export interface ScriptTask {
  /** The whole task, style and layout included (ms). */
  taskMs: number;
  /** Script in it after the mark (ms): outermost script events, nested ones not counted twice. */
  scriptMs: number;
  /** The same script's thread time (ms): without the time the thread waited for a core on a loaded machine. */
  scriptCpuMs: number;
  /** The task the mark was made in (its length is mostly the code that made the mark). */
  holdsMark: boolean;
}

/** A call into the extension's isolated world: V8 names the world, DevTools the script's address. */
function isExtensionScript(event: TraceEvent, worldName: string): boolean {
  const args = event.args ?? {};
  if (event.name === 'v8.callFunction' || event.name === 'v8.run') return args.worldName === worldName;
  if (event.name === 'FunctionCall' || event.name === 'EvaluateScript') {
    const data = args.data as { url?: unknown } | undefined;
    return typeof data?.url === 'string' && data.url.startsWith('chrome-extension://');
  }
  return false;
}
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'blink.user_timing', 'disabled-by-default-devtools.timeline'];

/** Starts tracing the page's renderer; `stop` returns its events. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  const onData = (event: { value: ReadonlyArray<object> }) => {
    events.push(...(event.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/**
 * The tasks of the main thread where `performance.mark(mark)` was called that ran the
 * extension's content script (its isolated world, `worldName`: the extension's name) from that
 * mark on, with how long the content script ran in each (calls into that world, outermost only:
 * the microtasks and any style or layout they force included).
 */
export function contentScriptTasks(events: readonly TraceEvent[], mark: string, worldName: string): ScriptTask[] {
  if (process.env.DEBUG_TRACE) writeFileSync(process.env.DEBUG_TRACE, JSON.stringify(events));
  const marked = events.find((e) => e.name === mark && e.cat.includes('blink.user_timing'));
  if (!marked) throw new Error(`the trace has no mark "${mark}"`);
  const onThread = events
    .filter((e) => e.pid === marked.pid && e.tid === marked.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const outermost = (keep: (event: TraceEvent) => boolean) => {
    const result: TraceEvent[] = [];
    for (const event of onThread) {
      if (!keep(event)) continue;
      const last = result.at(-1);
      if (last && event.ts < last.ts + (last.dur ?? 0)) continue;
      result.push(event);
    }
    return result;
  };
  const scripts = outermost((event) => isExtensionScript(event, worldName));
  const tasks: ScriptTask[] = [];
  for (const task of outermost((event) => TASK_EVENTS.has(event.name))) {
    const end = task.ts + (task.dur ?? 0);
    if (end < marked.ts) continue;
    let scriptUs = 0;
    let scriptCpuUs = 0;
    for (const script of scripts) {
      const from = Math.max(script.ts, task.ts, marked.ts);
      const to = Math.min(script.ts + (script.dur ?? 0), end);
      if (to <= from) continue;
      scriptUs += to - from;
      // Thread time in the same share as the wall time (a script cut by the mark or the task's end).
      scriptCpuUs += ((script.tdur ?? script.dur ?? 0) * (to - from)) / Math.max(1, script.dur ?? 0);
    }
    if (scriptUs > 0) {
      tasks.push({
        taskMs: (task.dur ?? 0) / 1000,
        scriptMs: scriptUs / 1000,
        scriptCpuMs: scriptCpuUs / 1000,
        holdsMark: task.ts <= marked.ts && marked.ts < end,
      });
    }
  }
  return tasks;
}
