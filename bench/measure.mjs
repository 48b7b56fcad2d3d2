// Timing helpers for the benchmarks: interleaved latency sets, checked autocannon throughput pairs,
// the server's memory after a full GC, EXPLAIN ANALYZE.
import fs from "node:fs"
import autocannon from "autocannon"

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
  return { median: at(0.5), p95: at(0.95), n: sorted.length }
}

/** Sends one request and returns its latency in ms and its parsed body; a non-2xx answer throws. */
export async function timedRequest({ method = "GET", url, headers = {}, body }) {
  const started = performance.now()
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  const ms = performance.now() - started
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 300)}`)
  return { ms, body: JSON.parse(text) }
}

/**
 * The order in which `sides` are requested in iteration `i`: rotated by one each time and
 * reversed every other round, so no side always goes first or follows the same one. For two
 * sides this is A B, B A, A B, ...
 */
export function sideOrder(sides, i) {
  const n = sides.length
  const rotated = sides.map((_, k) => sides[(k + i) % n])
  return Math.floor(i / n) % 2 ? rotated.reverse() : rotated
}

/**
 * Measures several sides sequentially after a warm-up, interleaved (see sideOrder). `sides`
 * maps a name to a function that takes the iteration number (a string during the warm-up)
 * and returns a request description. `onResponse(side, body)` checks each answer and throws
 * on a wrong one. Returns latency stats per side.
 */
export async function latencySet({ sides, warmup, iterations, onResponse = () => {}, onWarmup = () => {} }) {
  const names = Object.keys(sides)
  for (let i = 0; i < warmup; i++) {
    for (const name of names) onWarmup(name, (await timedRequest(sides[name](`warmup${i}`))).body)
  }
  const samples = Object.fromEntries(names.map((name) => [name, []]))
  for (let i = 0; i < iterations; i++) {
    for (const name of sideOrder(names, i)) {
      const { ms, body } = await timedRequest(sides[name](i))
      samples[name].push(ms)
      onResponse(name, body)
    }
  }
  return { samples, stats: Object.fromEntries(names.map((name) => [name, stats(samples[name])])) }
}

/** Latency of `a` against `b` (see latencySet): the ratio of medians, and the median of back-to-back ratios. */
export async function latencyPair({ a, b, warmup, iterations, onResponse, onWarmup }) {
  const { samples, stats: s } = await latencySet({ sides: { a, b }, warmup, iterations, onResponse, onWarmup })
  return ratioOf(s.a, s.b, samples.a, samples.b)
}

/** A/B figures of two sides of a latencySet. */
export function ratioOf(a, b, samplesA, samplesB) {
  // The ratio of medians is the figure; the median of back-to-back ratios shows how much load drift moved it.
  const paired = samplesA.map((ms, i) => ms / samplesB[i])
  return { a, b, ratio: a.median / b.median, pairedRatio: stats(paired).median }
}

function cannon({ url, headers, seconds, amount, connections, verify, warmup = false }) {
  let firstMismatch
  let checked = 0
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        headers,
        // A fixed number of requests (the smoke run) always gets answers to check, however slow the machine.
        ...(amount ? { amount } : { duration: seconds }),
        connections,
        // Every answer is checked; autocannon counts the ones refused as mismatches.
        verifyBody: (body) => {
          checked++
          const problem = verify(body)
          if (problem && !firstMismatch) firstMismatch = problem
          return !problem
        },
      },
      (error, result) => {
        if (error) return reject(error)
        if (result.non2xx || result.errors || result.mismatches) {
          const detail = firstMismatch ? ` (first: ${firstMismatch})` : ""
          return reject(new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.mismatches} wrong bodies${detail}`))
        }
        if ((!warmup && !checked) || checked < result.requests.total) {
          return reject(new Error(`${url}: ${checked} of ${result.requests.total} answers checked`))
        }
        resolve({ ...result, checked })
      }
    )
  })
}

/**
 * Throughput of A and B with autocannon after a short warm-up, for `rounds` rounds that
 * alternate A-first and B-first, each run lasting `seconds` or `amount` requests. `verify` (side, body) returns a problem (a string) for a
 * wrong answer, or nothing; any wrong answer fails the pair.
 */
export async function throughputPair({ a, b, headers, seconds, amount, rounds, connections = 10, verify = () => undefined }) {
  const urls = { a, b }
  const check = (side) => (body) => verify(side, body)
  await cannon({ url: a, headers, seconds: 1, connections, verify: check("a"), warmup: true })
  await cannon({ url: b, headers, seconds: 1, connections, verify: check("b"), warmup: true })
  const runs = { a: [], b: [] }
  for (let round = 0; round < rounds; round++) {
    for (const side of sideOrder(["a", "b"], round)) {
      const result = await cannon({ url: urls[side], headers, seconds, amount, connections, verify: check(side) })
      // Completed requests over the run's duration (autocannon's per-second average skips a 1 s run's only sample).
      const rps = result.requests.total / (result.duration || seconds)
      runs[side].push({ rps, p50: result.latency.p50, p97_5: result.latency.p97_5, requests: result.requests.total, checked: result.checked })
    }
  }
  const mean = (list, key) => list.reduce((sum, run) => sum + run[key], 0) / list.length
  const side = (list) => ({ rps: mean(list, "rps"), p50: mean(list, "p50"), p97_5: mean(list, "p97_5"), runs: list })
  const A = side(runs.a)
  const B = side(runs.b)
  return { a: A, b: B, ratio: A.rps / B.rps }
}

/**
 * The memory of a server started with bench/server-memory.cjs preloaded, after a full garbage
 * collection: heap used and resident set, in MB.
 */
export async function collectedServerMemory(pid, file) {
  fs.rmSync(file, { force: true })
  process.kill(pid, "SIGUSR2")
  const deadline = Date.now() + 30000
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error("The server did not report its memory (is bench/server-memory.cjs preloaded?)")
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const usage = JSON.parse(fs.readFileSync(file, "utf8"))
  return { heapMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 }
}

/** Median planning + execution time (ms) of `EXPLAIN ANALYZE` over `runs` runs, and the last plan. */
export async function explainAnalyze(knex, { sql, bindings }, runs) {
  const totals = []
  let plan
  for (let i = 0; i < runs; i++) {
    const result = await knex.raw(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, bindings)
    ;[plan] = result.rows[0]["QUERY PLAN"]
    totals.push(plan["Planning Time"] + plan["Execution Time"])
  }
  return { ...stats(totals), plan }
}

/** One line per plan node: "Limit  (rows 20, 0.05 ms)". */
export function describePlan(node, depth = 0) {
  const name = [node["Subplan Name"] ? `[${node["Subplan Name"]}]` : "", node["Node Type"], node["Index Name"] ? `using ${node["Index Name"]}` : "", node["Relation Name"] ? `on ${node["Relation Name"]}` : ""]
    .filter(Boolean)
    .join(" ")
  const line = `${"  ".repeat(depth)}${name} (rows ${node["Actual Rows"]}, ${node["Actual Total Time"].toFixed(2)} ms)`
  return [line, ...(node.Plans ?? []).flatMap((child) => describePlan(child, depth + 1))]
}

/** An admin's bearer headers for the seeded admin user (ADMIN_EMAIL / ADMIN_PASSWORD to override). */
export async function adminLogin(base) {
  const { token } = (
    await timedRequest({
      method: "POST",
      url: `${base}/auth/user/emailpass`,
      body: { email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" },
    })
  ).body
  return { authorization: `Bearer ${token}` }
}
