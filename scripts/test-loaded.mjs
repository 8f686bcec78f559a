// `npm run test:loaded`: the whole suite (`npm test`) on a machine that is busy with other work,
// as a CI runner often is. One busy loop per core spins in a child process while the suite runs;
// a test that only passes on an idle machine fails here (issue 12). Exits with the suite's status
// and prints its wall time.
import { spawn } from 'node:child_process';
import { availableParallelism, constants } from 'node:os';

const cores = availableParallelism();

// Each loop checks now and then that this script is still its parent, so it ends by itself even
// if this script is killed too hard to clean up (SIGKILL).
const LOOP = `const parent = process.ppid;
for (;;) {
  for (let i = 0; i < 1e8; i++);
  if (process.ppid !== parent) process.exit(0);
}`;

const loops = Array.from({ length: cores }, () => spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' }));

function stopLoops() {
  for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill('SIGKILL');
}

const started = performance.now();
console.log(`test:loaded: ${cores} busy loop(s), one per core, while \`npm test\` runs`);
// Its own process group, so a signal here stops the whole suite (tsc, Vitest, Playwright, the
// preview server) and leaves nothing running.
const suite = spawn(process.execPath, ['scripts/run-tests.mjs'], { stdio: 'inherit', detached: true });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopLoops();
    try {
      process.kill(-suite.pid, signal);
    } catch {
      // Already gone.
    }
  });
}
process.on('exit', stopLoops);

suite.on('exit', (code, signal) => {
  stopLoops();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const status = code ?? 128 + (constants.signals[signal] ?? 0);
  console.log(`test:loaded: wall time ${seconds} s with ${cores} busy loop(s); exit status ${status}`);
  process.exit(status);
});
