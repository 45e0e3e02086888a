// Formats texts with prettier on worker threads, largest first; each answer is returned at its task's index.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { format, type Options } from 'prettier';

export interface FormatTask {
  readonly text: string;
  /** Complete prettier options, parser included: a worker resolves no configuration of its own. */
  readonly options: Options;
}

export type FormatOutcome =
  { readonly ok: true; readonly formatted: string } | { readonly ok: false; readonly error: Error };

/** More workers than this rarely pay: each holds its own prettier and heap. */
export const MAX_FORMAT_WORKERS = 4;

/**
 * Below this much text a generate formats on its own thread: each worker compiles prettier anew,
 * which costs more than it saves on the committed tables (0.5 MB of output).
 */
export const THREAD_ONLY_CHARS = 1_000_000;

/** This thread for a small job; else one worker per core, at most MAX_FORMAT_WORKERS. */
export const defaultWorkerCount = (totalChars: number): number =>
  totalChars < THREAD_ONLY_CHARS
    ? 0
    : Math.max(1, Math.min(availableParallelism(), MAX_FORMAT_WORKERS));

/**
 * Texts longer than this format one at a time (smaller ones run beside them): prettier's heap
 * grows with the text, to about 1 GiB for a 5.6-million-character TypeScript statement.
 */
export const LARGE_TEXT_CHARS = 1_000_000;

// Plain JavaScript: Node 20 worker threads do not inherit the TypeScript loader (tsx, vitest)
// the generator runs under, so a .ts worker would not load.
const WORKER_URL = new URL('./prettier-worker.mjs', import.meta.url);

interface Job {
  readonly task: FormatTask;
  readonly resolve: (outcome: FormatOutcome) => void;
}

type WorkerAnswer =
  | { readonly id: number; readonly formatted: string }
  | { readonly id: number; readonly error: { readonly name: string; readonly message: string } };

interface PoolWorker {
  readonly worker: Worker;
  /** The job it formats now, with the id of its message. */
  current?: { readonly id: number; readonly job: Job };
}

/**
 * Worker threads that live as long as the process, so a second generate in one process finds
 * prettier loaded and its code warm. Idle workers are unref'd: they never keep the process alive.
 */
class FormatPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;

  /** Formats every task, with at least `size` workers running; the largest texts start first. */
  run(tasks: readonly FormatTask[], size: number): Promise<FormatOutcome[]> {
    while (this.workers.length < size) this.workers.push(this.spawn());
    const order = tasks
      .map((task, index) => ({ index, length: task.text.length }))
      .sort((a, b) => b.length - a.length || a.index - b.index);
    const outcomes: FormatOutcome[] = new Array(tasks.length);
    const done = order.map(
      ({ index }) =>
        new Promise<void>((resolve) => {
          this.queue.push({
            task: tasks[index]!,
            resolve: (outcome) => {
              outcomes[index] = outcome;
              resolve();
            },
          });
        }),
    );
    this.dispatch();
    return Promise.all(done).then(() => outcomes);
  }

  private spawn(): PoolWorker {
    const entry: PoolWorker = { worker: new Worker(WORKER_URL) };
    entry.worker.unref();
    entry.worker.on('message', (answer: WorkerAnswer) => {
      const current = entry.current;
      if (current === undefined || current.id !== answer.id) return;
      entry.current = undefined;
      entry.worker.unref();
      current.job.resolve(
        'formatted' in answer
          ? { ok: true, formatted: answer.formatted }
          : {
              ok: false,
              error: Object.assign(new Error(answer.error.message), { name: answer.error.name }),
            },
      );
      this.dispatch();
    });
    // A worker that dies (out of memory, a crash in prettier) fails its job and is replaced.
    const retire = (error: Error): void => {
      const index = this.workers.indexOf(entry);
      if (index < 0) return;
      this.workers.splice(index, 1);
      const current = entry.current;
      entry.current = undefined;
      current?.job.resolve({ ok: false, error });
      if (this.queue.length > 0) {
        this.workers.push(this.spawn());
        this.dispatch();
      }
    };
    entry.worker.on('error', retire);
    entry.worker.on('exit', (code) => retire(new Error(`format worker exited with code ${code}`)));
    return entry;
  }

  /** Hands queued jobs to idle workers, in queue order, never two large texts at once. */
  private dispatch(): void {
    const isLarge = (job: Job): boolean => job.task.text.length > LARGE_TEXT_CHARS;
    for (const entry of this.workers) {
      if (entry.current !== undefined) continue;
      const largeRunning = this.workers.some(
        (other) => other.current !== undefined && isLarge(other.current.job),
      );
      const index = this.queue.findIndex((job) => !largeRunning || !isLarge(job));
      if (index < 0) return;
      const [job] = this.queue.splice(index, 1) as [Job];
      const id = this.nextId++;
      entry.current = { id, job };
      // A busy worker keeps the process alive until its answer arrives.
      entry.worker.ref();
      entry.worker.postMessage({ id, text: job.task.text, options: job.task.options });
    }
  }
}

let pool: FormatPool | undefined;

/**
 * Formats every task; `workers` 0 formats on this thread, one task after another. The outcome of a
 * task depends only on its text and options, never on which worker formatted it or when.
 */
export async function formatTasks(
  tasks: readonly FormatTask[],
  workers: number,
): Promise<FormatOutcome[]> {
  if (tasks.length === 0) return [];
  if (workers <= 0) {
    const outcomes: FormatOutcome[] = [];
    for (const task of tasks) {
      try {
        outcomes.push({ ok: true, formatted: await format(task.text, task.options) });
      } catch (error) {
        outcomes.push({
          ok: false,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
    }
    return outcomes;
  }
  pool ??= new FormatPool();
  return pool.run(tasks, Math.min(workers, tasks.length));
}
