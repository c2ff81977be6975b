// Preloaded into a process the bench times (`node --require bench/cpuAtExit.cjs …`): at exit it
// writes the process's own CPU time (user + system, all its threads, in µs) to BENCH_CPU_FILE, so
// that whole processes can be compared by the CPU they used, which other work on a shared machine
// disturbs less than the clock.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.BENCH_CPU_FILE;
  if (!file) return;
  const { user, system } = process.cpuUsage();
  writeFileSync(file, String(user + system));
});
