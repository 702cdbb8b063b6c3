interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: { name?: string }
}

export interface TaskFigures {
  /** Main-thread tasks in the trace. */
  count: number
  /** The longest task by the clock, and by the CPU time the thread spent in it (ms). */
  longestWallMs: number
  longestCpuMs: number
  /** 95th percentile of the tasks' CPU time (ms). */
  p95CpuMs: number
}

/**
 * The renderer main thread's tasks in a Chromium trace (category `toplevel`).
 * CPU time (`tdur`) does not grow when other processes take the machine's cores,
 * where the clock (`dur`) does: both are given.
 */
export function mainThreadTasks(trace: Buffer): TaskFigures {
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
  // A renderer's main thread is the one whose id is the process's (Linux).
  const renderers = new Set(
    traceEvents
      .filter((event) => event.name === 'process_name' && event.args?.name === 'Renderer')
      .map((event) => event.pid),
  )
  const tasks = traceEvents.filter(
    (event) =>
      event.name === 'ThreadControllerImpl::RunTask' &&
      event.ph === 'X' &&
      renderers.has(event.pid) &&
      event.tid === event.pid,
  )
  const cpu = tasks.map((task) => (task.tdur ?? 0) / 1000).sort((a, b) => a - b)
  return {
    count: tasks.length,
    longestWallMs: Math.max(0, ...tasks.map((task) => (task.dur ?? 0) / 1000)),
    longestCpuMs: cpu.at(-1) ?? 0,
    p95CpuMs: cpu[Math.floor(cpu.length * 0.95)] ?? 0,
  }
}
