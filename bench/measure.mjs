// Timing helpers for the benchmarks: sequential latency pairs, autocannon throughput pairs, EXPLAIN ANALYZE.
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
 * Measures A and B sequentially after a warm-up, interleaved (ABBA order so
 * neither side always goes first). `a` and `b` take the iteration number (a
 * string during the warm-up) and return a request description.
 */
export async function latencyPair({ a, b, warmup, iterations, onResponse = () => {}, onWarmup = () => {} }) {
  for (let i = 0; i < warmup; i++) {
    onWarmup((await timedRequest(a(`warmup${i}`))).body)
    onWarmup((await timedRequest(b(`warmup${i}`))).body)
  }
  const samples = { a: [], b: [] }
  const paired = []
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 ? ["a", "b"] : ["b", "a"]
    for (const side of order) {
      const { ms, body } = await timedRequest((side === "a" ? a : b)(i))
      samples[side].push(ms)
      onResponse(side, body)
    }
    paired.push(samples.a[i] / samples.b[i])
  }
  const A = stats(samples.a)
  const B = stats(samples.b)
  // The ratio of medians is the figure; the median of back-to-back ratios shows how much load drift moved it.
  return { a: A, b: B, ratio: A.median / B.median, pairedRatio: stats(paired).median }
}

function cannon({ url, headers, seconds, connections }) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, duration: seconds, connections }, (error, result) => {
      if (error) return reject(error)
      if (result.non2xx || result.errors) {
        return reject(new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`))
      }
      resolve(result)
    })
  })
}

/** Throughput of A and B with autocannon, alternating A, B for `rounds` rounds after a short warm-up. */
export async function throughputPair({ a, b, headers, seconds, rounds, connections = 10 }) {
  await cannon({ url: a, headers, seconds: 1, connections })
  await cannon({ url: b, headers, seconds: 1, connections })
  const runs = { a: [], b: [] }
  for (let round = 0; round < rounds; round++) {
    for (const [side, url] of [["a", a], ["b", b]]) {
      const result = await cannon({ url, headers, seconds, connections })
      runs[side].push({ rps: result.requests.average, p50: result.latency.p50, p97_5: result.latency.p97_5 })
    }
  }
  const mean = (list, key) => list.reduce((sum, run) => sum + run[key], 0) / list.length
  const side = (list) => ({ rps: mean(list, "rps"), p50: mean(list, "p50"), p97_5: mean(list, "p97_5"), runs: list })
  const A = side(runs.a)
  const B = side(runs.b)
  return { a: A, b: B, ratio: A.rps / B.rps }
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
