#!/usr/bin/env node
// npm run bench [-- --smoke]: seeds a catalogue at scale (reused between runs), starts a
// production build and measures each brand endpoint against the core endpoint doing the
// same job. --smoke seeds a tiny throwaway database and runs every pair briefly.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import knexFactory from "knex"
import { describePlan, explainAnalyze, latencyPair, throughputPair, timedRequest } from "../bench/measure.mjs"
import { ensureBuild, startBuiltServer } from "./lib/build.mjs"
import { demoDir, devDatabase, projectRoot, testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunBin, mustRunCommand } from "./lib/run.mjs"

const smoke = process.argv.includes("--smoke")
const catalogue = JSON.parse(fs.readFileSync(path.join(projectRoot, "bench", "catalogue.json"), "utf8"))
const scale = catalogue.scales[smoke ? "smoke" : "full"]
const settings = smoke
  ? { warmup: 2, iterations: 6, writes: 4, seconds: 1, rounds: 1, explainRuns: 3 }
  : { warmup: 20, iterations: 150, writes: 40, seconds: 10, rounds: 2, explainRuns: 25 }
const port = Number(process.env.BENCH_PORT || 9200)
const base = `http://localhost:${port}`
const DATABASE = "medusa_brands_bench"
const outputDir = path.join(projectRoot, ".data", "bench")
const children = new Set()
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1)

const started = Date.now()
const db = smoke
  ? await testDatabase({ label: "bench-smoke" })
  : await devDatabase({ cluster: "bench", port: 54330, database: DATABASE })
const exit = stopOnExit(db.stop, { onSignal: () => terminate(children) })
if (smoke) await db.pg?.createDatabase(DATABASE)
const databaseUrl = db.pg?.url(DATABASE) ?? process.env.DATABASE_URL
if (!databaseUrl) {
  console.error("Set DATABASE_URL: the benchmarks need a database URL, not only DB_* variables.")
  await exit(1)
}
console.log(`Bench (${smoke ? "smoke" : "full"}) on ${db.description}`)
const knex = knexFactory({ client: "pg", connection: databaseUrl, pool: { min: 0, max: 2 } })

async function count(table, where = (q) => q) {
  const [{ count }] = await where(knex(table).count({ count: "*" }).whereNull("deleted_at"))
  return Number(count)
}

const idByHandle = async (table, handle) =>
  (await knex(table).select("id").where({ handle }).whereNull("deleted_at").first())?.id

async function linkedProducts(brandHandle) {
  const brandId = await idByHandle("brand", brandHandle)
  return brandId ? count("product_brand", (q) => q.where({ brand_id: brandId })) : 0
}

async function seedIsComplete() {
  const tables = await knex.raw("select to_regclass('product_brand') as link")
  if (!tables.rows[0].link) return false
  return (
    (await count("brand")) >= scale.brands &&
    (await count("product_collection")) >= scale.collections &&
    (await linkedProducts(catalogue.handles.largeBrand)) >= scale.largeProducts &&
    (await linkedProducts(catalogue.handles.smallBrand)) >= scale.smallProducts
  )
}

try {
  const buildDir = await ensureBuild()
  const env = { DATABASE_URL: databaseUrl, MEDUSA_DISABLE_TELEMETRY: "true" }
  await mustRunBin("medusa", ["db:migrate"], { cwd: buildDir, env, children })

  if (await seedIsComplete()) {
    console.log("Reusing the existing bench seed")
  } else {
    const seedStarted = Date.now()
    console.log(`Seeding ${scale.brands} brands, ${scale.collections} collections, ` +
      `${scale.largeProducts} + ${scale.smallProducts} brand products (batches of ${scale.batch})`)
    await mustRunBin("medusa", ["exec", "../bench/seed.ts"], { cwd: demoDir, env: { ...env, BENCH_SCALE: JSON.stringify(scale) }, children })
    console.log(`Seeded in ${seconds(seedStarted)} s`)
  }
  await knex.raw("ANALYZE")

  fs.mkdirSync(outputDir, { recursive: true })
  const log = fs.openSync(path.join(outputDir, "server.log"), "w")
  const server = startBuiltServer({
    buildDir,
    env: { ...env, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", log, log],
  })
  children.add(server)
  server.once("exit", () => children.delete(server))
  await waitForHealthy(`${base}/health`, { isAlive: () => children.has(server) })

  const results = await measure(buildDir)
  const file = path.join(outputDir, `results-${smoke ? "smoke" : "full"}.json`)
  fs.writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), smoke, scale, settings, results }, null, 2))
  console.log(`Raw results in ${path.relative(projectRoot, file)}; total ${seconds(started)} s`)
  await knex.destroy()
  await terminate(children)
  // ---- Brand operations (CSV export/import, catalogue health): a separate script with its own catalogue.
  await mustRunCommand(process.execPath, [path.join(projectRoot, "scripts", "bench-operations.mjs"), ...(smoke ? ["--smoke"] : [])], { children })
  // ----
  await exit(0)
} catch (e) {
  console.error(e)
  await knex.destroy().catch(() => {})
  await terminate(children)
  await exit(1)
}

async function measure(buildDir) {
  const { token } = (
    await timedRequest({
      method: "POST",
      url: `${base}/auth/user/emailpass`,
      body: { email: process.env.ADMIN_EMAIL || "admin@example.com", password: process.env.ADMIN_PASSWORD || "supersecret" },
    })
  ).body
  const admin = { authorization: `Bearer ${token}` }
  const { token: publishableKey } = await knex("api_key")
    .select("token")
    .where({ type: "publishable" })
    .whereNull("revoked_at")
    .orderBy("created_at")
    .first()
  const store = { "x-publishable-api-key": publishableKey }
  const large = await idByHandle("brand", catalogue.handles.largeBrand)
  const small = await idByHandle("brand", catalogue.handles.smallBrand)
  const writes = await idByHandle("brand", catalogue.handles.writeBrand)
  const collection = await idByHandle("product_collection", catalogue.handles.largeCollection)
  const { id: shippingProfileId } = await knex("shipping_profile").select("id").where({ type: "default" }).whereNull("deleted_at").first()
  const { default_sales_channel_id: salesChannelId } = await knex("store").select("default_sales_channel_id").first()

  const fields = "id,title,handle,status,thumbnail,created_at,updated_at"
  const get = (url, headers = admin) => () => ({ url: `${base}${url}`, headers })
  const expectCount = (expected) => (side, body) => {
    if (body.count !== expected[side]) throw new Error(`Side ${side} counted ${body.count}, expected ${expected[side]}`)
  }
  const results = {}
  const report = (name, target, result, unit = "ms") => {
    results[name] = { target, ...result }
    const side = (label, s) =>
      unit === "ms" ? `${label} median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms` : `${label} ${s.rps.toFixed(0)} req/s (p50 ${s.p50} ms, p97.5 ${s.p97_5} ms)`
    const paired = result.pairedRatio ? `, paired ${result.pairedRatio.toFixed(2)}` : ""
    console.log(`${name.padEnd(4)} ${side("A", result.a)} | ${side("B", result.b)} | ratio ${result.ratio.toFixed(2)}${paired} (target ${target})`)
  }
  const { warmup, iterations } = settings
  const tenThousand = expectCount({ a: scale.largeProducts, b: scale.largeProducts })

  console.log(`\nMeasuring (${iterations} interleaved requests per side after ${warmup} warm-up each)`)
  // B1 as the issue defines it: the two URLs, each route with its own default fields.
  report("B1", "<= 1.0", await latencyPair({
    a: get(`/admin/brands/${large}/products?limit=20`),
    b: get(`/admin/products?collection_id=${collection}&limit=20`),
    warmup, iterations,
    onResponse: tenThousand,
  }))
  // Stricter: both sides select the same product fields, so only paging and counting differ.
  report("B1=", "<= 1.0 (stricter, same fields)", await latencyPair({
    a: get(`/admin/brands/${large}/products?limit=20&fields=${fields}`),
    b: get(`/admin/products?collection_id=${collection}&limit=20&fields=${fields}`),
    warmup, iterations,
    onResponse: tenThousand,
  }))
  report("B1b", "<= 1.3", await latencyPair({
    a: get(`/admin/brands/${large}/products?limit=20&fields=${fields}`),
    b: get(`/admin/brands/${small}/products?limit=20&fields=${fields}`),
    warmup, iterations,
    onResponse: expectCount({ a: scale.largeProducts, b: scale.smallProducts }),
  }))

  const runId = Date.now().toString(36)
  const created = []
  const productBody = (i, side) => ({
    title: `Bench Write ${runId} ${side} ${i}`,
    status: "published",
    shipping_profile_id: shippingProfileId,
    sales_channels: [{ id: salesChannelId }],
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", options: { Size: "One size" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 1000 }] }],
  })
  const post = (side, extra) => (i) => ({
    method: "POST",
    url: `${base}/admin/products?fields=id`,
    headers: admin,
    body: { ...productBody(i, side), ...extra },
  })
  const writeWarmup = Math.min(warmup, 5)
  try {
    report("B2", "<= 1.10", await latencyPair({
      a: post("a", { additional_data: { brand_id: writes } }),
      b: post("b", {}),
      warmup: writeWarmup,
      iterations: settings.writes,
      onResponse: (_, body) => created.push(body.product.id),
      onWarmup: (body) => created.push(body.product.id),
    }))
    const linked = await linkedProducts(catalogue.handles.writeBrand)
    const expected = writeWarmup + settings.writes
    if (linked !== expected) throw new Error(`B2 linked ${linked} products to the brand, expected ${expected}`)
  } finally {
    for (let i = 0; i < created.length; i += 100) {
      await timedRequest({ method: "POST", url: `${base}/admin/products/batch`, headers: admin, body: { delete: created.slice(i, i + 100) } })
    }
  }

  const term = catalogue.searchTerm
  const matches = Math.floor(scale.brands / catalogue.words[0].length)
  report("B3", "<= 1.0", await latencyPair({
    a: get(`/admin/brands?q=${term}&limit=20`),
    b: get(`/admin/collections?q=${term}&limit=20`),
    warmup, iterations,
    onResponse: (side, body) => {
      if (body.count < Math.min(matches, 20)) throw new Error(`B3 side ${side} found only ${body.count} for q=${term}`)
    },
  }))

  console.log(`Throughput: autocannon, 10 connections, ${settings.seconds} s per run, A and B alternating ${settings.rounds}x`)
  report("B4", ">= 0.9", await throughputPair({
    a: `${base}/store/brands/${large}/products?limit=20`,
    b: `${base}/store/products?collection_id=${collection}&limit=20`,
    headers: store,
    seconds: settings.seconds,
    rounds: settings.rounds,
  }), "rps")

  // The exact SQL of B1, from the plugin the build loads; its link definition needs Medusa's module registry first.
  const requireFromBuild = createRequire(path.join(buildDir, "package.json"))
  requireFromBuild("@medusajs/framework/modules-sdk")
  const { brandProductPageQueries } = requireFromBuild("medusa-brands/api/utils/brand-products")
  const queries = brandProductPageQueries({ brandId: large, skip: 0, take: 20 })
  const page = await explainAnalyze(knex, queries.page, settings.explainRuns)
  const total = await explainAnalyze(knex, queries.count, settings.explainRuns)
  const sqlMs = page.median + total.median
  const api = results["B1="].a.median
  results.B5 = { target: "print B1's API/SQL ratio", page, count: total, sqlMs, apiMs: api, ratio: api / sqlMs }
  console.log(
    `B5   SQL of B1 (EXPLAIN ANALYZE, planning + execution, median of ${settings.explainRuns}): ` +
      `page ${page.median.toFixed(2)} ms + count ${total.median.toFixed(2)} ms = ${sqlMs.toFixed(2)} ms; ` +
      `B1 API (same fields) ${api.toFixed(1)} ms; API/SQL ratio ${(api / sqlMs).toFixed(1)}`
  )
  for (const [label, result] of [["page", page], ["count", total]]) {
    console.log(`     ${label} plan:\n${describePlan(result.plan.Plan, 3).join("\n")}`)
  }

  const checks = [
    ["B1", results.B1.ratio <= 1.0],
    ["B1= (same fields)", results["B1="].ratio <= 1.0],
    ["B1b", results.B1b.ratio <= 1.3],
    ["B2", results.B2.ratio <= 1.1],
    ["B3", results.B3.ratio <= 1.0],
    ["B4", results.B4.ratio >= 0.9],
  ]
  const missed = checks.filter(([, ok]) => !ok).map(([name]) => name)
  const figures = ["B1", "B1=", "B1b", "B2", "B3", "B4"].map((name) => `${name} ${results[name].ratio.toFixed(2)}`)
  console.log(
    `\nSUMMARY ${figures.join(", ")}, B5 API/SQL ${results.B5.ratio.toFixed(1)}: ` +
      (missed.length ? `targets missed: ${missed.join(", ")}` : "all targets met") +
      (smoke ? " (smoke run: tiny data, figures not meaningful)" : "")
  )
  return results
}
