// Entry point through which the benchmarks start a backend: on SIGUSR2 it collects garbage and
// prints the process's memory as one marked JSON line on stderr, then it runs the backend entry
// named by BENCH_BACKEND_ENTRY. Resident memory moves by tens of MiB with the timing of garbage
// collection; the heap and external memory left after a collection do not.
export const MEMORY_MARKER = 'bench-memory:';

if (require.main === module) {
  const gc = (global as unknown as { gc: () => void }).gc;
  process.on('SIGUSR2', () => {
    gc();
    gc();
    process.stderr.write(
      `${MEMORY_MARKER}${JSON.stringify(process.memoryUsage())}\n`,
    );
  });
  require(process.env.BENCH_BACKEND_ENTRY!);
}
