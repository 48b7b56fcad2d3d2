#!/usr/bin/env node
// The brand-operations benchmark (issue 10), run by `npm run bench` after the endpoint pairs, or
// alone: node scripts/bench-operations.mjs [--smoke]. It seeds its own catalogue (10,000 brands,
// 100,000 products; reused between runs; --smoke: a tiny throwaway one), starts a production build
// and measures CSV export and import (rows per second, the server's peak RSS) and the catalogue
// health figures (the endpoint, and each figure's SQL with EXPLAIN ANALYZE).
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import knexFactory from "knex"
import { adminLogin, describePlan, explainAnalyze, stats, timedRequest } from "../bench/measure.mjs"
import { ensureBuild, startBuiltServer } from "./lib/build.mjs"
import { demoDir, devDatabase, projectRoot, testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { freePort, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin } from "./lib/run.mjs"

const smoke = process.argv.includes("--smoke")
const scale = smoke ? { brands: 60, products: 300, imported: 100 } : { brands: 10_000, products: 100_000, imported: 10_000 }
const runs = smoke ? { health: 3, explain: 3 } : { health: 20, explain: 10 }
const DATABASE = "medusa_brands_bench_operations"
const outputDir = path.join(projectRoot, ".data", "bench-operations")
const children = new Set()
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)
const mb = (kb) => (kb / 1024).toFixed(0)

const started = Date.now()
const db = smoke
  ? await testDatabase({ label: "bench-operations-smoke" })
  : await devDatabase({ cluster: "bench-operations", port: Number(process.env.BENCH_OPS_PG_PORT || 54331), database: DATABASE })
const exit = stopOnExit(db.stop, { onSignal: () => terminate(children) })
if (smoke) await db.pg?.createDatabase(DATABASE)
const databaseUrl = db.pg?.url(DATABASE) ?? process.env.DATABASE_URL
if (!databaseUrl) {
  console.error("Set DATABASE_URL: the benchmark needs a database URL, not only DB_* variables.")
  await exit(1)
}
console.log(`\nBrand operations bench (${smoke ? "smoke" : "full"}) on ${db.description}`)
const knex = knexFactory({ client: "pg", connection: databaseUrl, pool: { min: 0, max: 2 } })

/** Resident memory of a process group (the server and any child), in kB, from /proc. */
function groupRssKb(pgid) {
  let total = 0
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      if (Number(fields[2]) !== pgid) continue
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${entry}/status`, "utf8"))
      total += rss ? Number(rss[1]) : 0
    } catch {
      // The process ended meanwhile.
    }
  }
  return total
}

/** Runs `work` while sampling the server's RSS every 50 ms; returns its result, the time and the peak. */
async function measured(server, work) {
  const before = groupRssKb(server.pid)
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, groupRssKb(server.pid))), 50)
  const start = performance.now()
  try {
    const result = await work()
    return { result, ms: performance.now() - start, rssBeforeKb: before, rssPeakKb: Math.max(peak, groupRssKb(server.pid)) }
  } finally {
    clearInterval(timer)
  }
}

try {
  const buildDir = await ensureBuild()
  const env = { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" }
  await mustRunBin("medusa", ["db:migrate"], { cwd: buildDir, env, children })
  const seedStarted = Date.now()
  await mustRunBin("medusa", ["exec", "../bench/seed-operations.ts"], {
    cwd: demoDir,
    env: { ...env, OPS_SCALE: JSON.stringify({ brands: scale.brands, products: scale.products }), LOG_LEVEL: "warn" },
    children,
  })
  console.log(`Seed ready in ${seconds(seedStarted)} s`)
  // A bulk-seeded database has not yet had autovacuum's visibility map and statistics; a live one has.
  await knex.raw("VACUUM ANALYZE")

  fs.mkdirSync(outputDir, { recursive: true })
  const log = fs.openSync(path.join(outputDir, "server.log"), "w")
  const port = Number(process.env.BENCH_OPS_PORT || (await freePort()))
  const base = `http://localhost:${port}`
  const server = startBuiltServer({ buildDir, env: { ...env, PORT: String(port), LOG_LEVEL: "warn" }, stdio: ["ignore", log, log] })
  children.add(server)
  server.once("exit", () => children.delete(server))
  await waitForHealthy(`${base}/health`, { isAlive: () => children.has(server) })

  const results = await measure(buildDir, base, server)
  const file = path.join(outputDir, `results-${smoke ? "smoke" : "full"}.json`)
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), smoke, scale, results }, null, 2))
  console.log(`Raw results in ${path.relative(projectRoot, file)}; total ${seconds(started)} s`)
  await knex.destroy()
  await terminate(children)
  await exit(0)
} catch (e) {
  console.error(e)
  await knex.destroy().catch(() => {})
  await terminate(children)
  await exit(1)
}

async function measure(buildDir, base, server) {
  const admin = await adminLogin(base)
  const results = {}
  const [{ count: productCount }] = (await knex.raw("select count(*)::int as count from product where deleted_at is null")).rows
  const [{ count: brandCount }] = (await knex.raw("select count(*)::int as count from brand where deleted_at is null")).rows

  // Export: the response is read as it streams and only counted, like a browser saving it.
  const exportCsv = async (type) => {
    const response = await fetch(`${base}/admin/brands/export?type=${type}`, { headers: admin })
    if (!response.ok) throw new Error(`export ${type} answered ${response.status}`)
    let bytes = 0
    let lines = 0
    for await (const chunk of response.body) {
      bytes += chunk.length
      for (const byte of chunk) if (byte === 10) lines++
    }
    return { bytes, rows: lines - 1 }
  }
  for (const [type, expected] of [["assignments", productCount], ["brands", brandCount]]) {
    const run = await measured(server, () => exportCsv(type))
    const { rows, bytes } = run.result
    // A brand description may hold line breaks; the seed's do not, so lines count rows.
    if (rows !== expected) throw new Error(`export ${type} gave ${rows} rows, expected ${expected}`)
    results[`export_${type}`] = { rows, bytes, ms: run.ms, rowsPerSecond: rows / (run.ms / 1000), rssBeforeKb: run.rssBeforeKb, rssPeakKb: run.rssPeakKb }
    console.log(
      `E-${type.padEnd(11)} export of ${rows.toLocaleString("en-US")} rows (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${(run.ms / 1000).toFixed(2)} s: ` +
        `${Math.round(rows / (run.ms / 1000)).toLocaleString("en-US")} rows/s; server RSS ${mb(run.rssBeforeKb)} -> peak ${mb(run.rssPeakKb)} MB`
    )
  }

  // Import: `imported` products get a brand other than the one they have (a different brand set each run).
  const offset = Math.floor(Date.now() / 1000) % 97 + 1
  const products = (
    await knex.raw(
      `select p.handle from product p where p.deleted_at is null and p.handle like 'ops-product-%' order by p.handle limit ?`,
      [scale.imported]
    )
  ).rows
  const brandHandles = (await knex.raw(`select handle from brand where deleted_at is null and handle like 'ops-brand-%' order by handle limit 200`)).rows.map((row) => row.handle)
  const csv =
    "product_handle,brand_handle\n" +
    products.map((product, i) => `${product.handle},${brandHandles[(i + offset) % brandHandles.length]}`).join("\n") +
    "\n"
  const importCsv = async (dryRun) => {
    const form = new FormData()
    form.append("type", "assignments")
    form.append("dry_run", String(dryRun))
    form.append("file", new Blob([csv], { type: "text/csv" }), "bench-assignments.csv")
    const response = await fetch(`${base}/admin/brands/import`, { method: "POST", headers: admin, body: form })
    const body = await response.json()
    if (!response.ok) throw new Error(`import answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`)
    return body
  }
  for (const dryRun of [true, false]) {
    const run = await measured(server, () => importCsv(dryRun))
    const { summary } = run.result
    const label = dryRun ? "dry run" : "apply"
    const rows = summary.total
    if (rows !== products.length || summary.error) throw new Error(`import ${label}: ${JSON.stringify(summary)}`)
    results[`import_${dryRun ? "dry_run" : "apply"}`] = { rows, summary, ms: run.ms, rowsPerSecond: rows / (run.ms / 1000), rssBeforeKb: run.rssBeforeKb, rssPeakKb: run.rssPeakKb }
    console.log(
      `I-${label.padEnd(11)} import of ${rows.toLocaleString("en-US")} assignments (${(summary.create + summary.update).toLocaleString("en-US")} changes) ` +
        `in ${(run.ms / 1000).toFixed(2)} s: ${Math.round(rows / (run.ms / 1000)).toLocaleString("en-US")} rows/s; server RSS ${mb(run.rssBeforeKb)} -> peak ${mb(run.rssPeakKb)} MB`
    )
  }

  // Health: the endpoint, then each figure's SQL as the plugin the build loads writes it.
  const samples = []
  let health
  for (let i = 0; i < runs.health + 2; i++) {
    const { ms, body } = await timedRequest({ url: `${base}/admin/brands/health`, headers: admin })
    if (i >= 2) samples.push(ms)
    health = body
  }
  const endpoint = stats(samples)
  results.health_endpoint = { ...endpoint, figures: health }
  console.log(
    `H    GET /admin/brands/health median ${endpoint.median.toFixed(1)} ms, p95 ${endpoint.p95.toFixed(1)} ms: ` +
      `${health.unbranded_products.count} unbranded, ${health.inactive_brand_products.count} on inactive brands, ` +
      `${health.brands_without_products.count} brands without products, ${health.duplicate_groups.count} duplicate groups`
  )
  const requireFromBuild = createRequire(path.join(buildDir, "package.json"))
  requireFromBuild("@medusajs/framework/modules-sdk")
  const { brandHealthQueries } = requireFromBuild("medusa-brands/api/utils/brand-health")
  for (const [name, query] of Object.entries(brandHealthQueries())) {
    const result = await explainAnalyze(knex, query, runs.explain)
    results[`health_sql_${name}`] = { median: result.median, p95: result.p95 }
    console.log(`H-${name.padEnd(10)} SQL median ${result.median.toFixed(1)} ms (EXPLAIN ANALYZE, planning + execution)`)
    if (!smoke) console.log(describePlan(result.plan.Plan, 3).slice(0, 8).join("\n"))
  }

  console.log(
    `\nOPERATIONS ${productCount.toLocaleString("en-US")} products, ${brandCount.toLocaleString("en-US")} brands: ` +
      `export ${Math.round(results.export_assignments.rowsPerSecond).toLocaleString("en-US")} rows/s (peak RSS ${mb(results.export_assignments.rssPeakKb)} MB), ` +
      `import ${Math.round(results.import_apply.rowsPerSecond).toLocaleString("en-US")} rows/s (peak RSS ${mb(results.import_apply.rssPeakKb)} MB), ` +
      `health ${endpoint.median.toFixed(0)} ms` +
      (smoke ? " (smoke run: tiny data, figures not meaningful)" : "")
  )
  return results
}
