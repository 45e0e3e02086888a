// A worker thread of the format pool: loads prettier once, formats each text it is sent, answers with the result or the error.

import { parentPort } from 'node:worker_threads';
import { format } from 'prettier';

if (parentPort === null) throw new Error('prettier-worker.mjs runs as a worker of format-pool.ts');
const port = parentPort;

/** A message `{ id, text, options }` in; `{ id, formatted }` or `{ id, error }` out. */
port.on('message', async ({ id, text, options }) => {
  try {
    port.postMessage({ id, formatted: await format(text, options) });
  } catch (error) {
    port.postMessage({
      id,
      error: {
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      },
    });
  }
});
