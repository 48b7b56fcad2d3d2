// Preloaded into the benchmark's server (NODE_OPTIONS="--expose-gc --require …"), never into a
// store: on SIGUSR2 it runs a full garbage collection and writes process.memoryUsage() to
// BENCH_MEMORY_FILE, so the walk can tell retained memory from garbage not yet collected.
const fs = require("node:fs")

const file = process.env.BENCH_MEMORY_FILE
if (file && typeof global.gc === "function") {
  process.on("SIGUSR2", () => {
    global.gc()
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()))
    fs.renameSync(`${file}.tmp`, file)
  })
}
