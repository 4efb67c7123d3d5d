/**
 * Preloaded into a measured Node process (`node --import <this file> …`): on exit, writes the
 * CPU time the whole process used (all threads, user + system) to $BENCH_CPU_FILE. On a busy
 * machine wall-clock time mostly measures the other work; CPU time measures ours.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String((user + system) / 1000));
  });
}
