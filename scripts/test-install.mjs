#!/usr/bin/env node
// npm run test:install: the packed plugin in a Medusa store that nobody here wrote, upgraded
// from the previous release.
//  1. `npm pack` (prepack builds the plugin).
//  2. A new Medusa app in a temporary folder: the package.json of a Medusa starter, its stock
//     medusa-config.ts plus the lines of the README's "Install in your store" (checked verbatim).
//  3. The previous release first (integration-tests/fixtures/medusa-brands-0.1.0.tgz, built from
//     the 0.1.0 commit): `npm install`, `medusa db:migrate`, data put in through its workflows.
//  4. `npm install <tarball>`, `medusa db:migrate` (twice: the second changes nothing); every
//     brand and link row of the previous release must still be there, cell for cell.
//     Then `medusa build`, `medusa start`.
//  5. HTTP: the upgraded data with the new fields (search across cases, featured order, brand
//     page by handle, an uploaded logo); brand CRUD, POST /admin/products with
//     additional_data.brand_id, GET /store/brands.
//  5. Chromium: the Brand field of the core create form, the product page, the brand page.
//  6. `medusa develop` (the pre-bundled dashboard): the same create form check, then again
//     without the Vite line (the field says to set the brand after creation).
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { createFormChecks, runChecks, withoutVitePluginChecks } from "../e2e/install-checks.mjs"
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../e2e/lib/admin.mjs"
import { assertChromiumInstalled, launchBrowser } from "../e2e/lib/browser.mjs"
import { projectRoot, testDatabase } from "./lib/database.mjs"
import { stopOnExit } from "./lib/embedded-postgres.mjs"
import { freePort, startDetachedGroup, terminate, waitForHealthy } from "./lib/processes.mjs"
import { mustRunCommand } from "./lib/run.mjs"

const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`
const artifactsDir = path.join(projectRoot, ".artifacts", "install")
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"))
const MEDUSA = pkg.devDependencies["@medusajs/medusa"]
/** The previous release, packed once from its commit (see CHANGELOG). */
const PREVIOUS_RELEASE = { version: "0.1.0", tarball: path.join(projectRoot, "integration-tests", "fixtures", "medusa-brands-0.1.0.tgz") }
/** A 1×1 PNG, to upload as a logo. */
const PNG_1X1 = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")

/** The lines the README tells a store to add, in the order they appear there. */
const README_LINES = {
  install: "npm install medusa-brands",
  importLine: 'import { brandsVitePlugin } from "medusa-brands/vite"',
  plugins: 'plugins: [{ resolve: "medusa-brands", options: {} }],',
  admin: "admin: { vite: () => ({ plugins: [brandsVitePlugin()] }) },",
  migrate: "npx medusa db:migrate",
}

/** What `create-medusa-app` gives a store, for Medusa 2.21.2 (the starter's dependencies). */
const starterPackage = {
  name: "fresh-medusa-store",
  version: "0.0.1",
  private: true,
  scripts: { build: "medusa build", start: "medusa start", dev: "medusa develop" },
  dependencies: {
    "@medusajs/admin-sdk": MEDUSA,
    "@medusajs/cli": MEDUSA,
    "@medusajs/framework": MEDUSA,
    "@medusajs/medusa": MEDUSA,
  },
  devDependencies: {
    "@swc/core": pkg.devDependencies["@swc/core"],
    "@types/node": pkg.devDependencies["@types/node"],
    "@types/react": pkg.devDependencies["@types/react"],
    "@types/react-dom": pkg.devDependencies["@types/react-dom"],
    react: pkg.devDependencies.react,
    "react-dom": pkg.devDependencies["react-dom"],
    "ts-node": pkg.devDependencies["ts-node"],
    typescript: pkg.devDependencies.typescript,
    vite: pkg.devDependencies.vite,
  },
  engines: { node: ">=20" },
}

const starterTsconfig = {
  compilerOptions: {
    target: "ES2021",
    esModuleInterop: true,
    module: "Node16",
    moduleResolution: "Node16",
    emitDecoratorMetadata: true,
    experimentalDecorators: true,
    skipLibCheck: true,
    skipDefaultLibCheck: true,
    declaration: false,
    sourceMap: false,
    inlineSourceMap: true,
    outDir: "./.medusa/server",
    rootDir: "./",
    jsx: "react-jsx",
    forceConsistentCasingInFileNames: true,
    resolveJsonModule: true,
    checkJs: false,
    strictNullChecks: true,
  },
  "ts-node": { swc: true },
  include: ["**/*", ".medusa/types/*"],
  exclude: ["node_modules", ".medusa/server", ".medusa/admin", ".cache"],
}

/** The starter's medusa-config.ts with the README's lines (and, for this test only, cookies over plain http). */
function medusaConfig({ withVitePlugin = true } = {}) {
  return `import { defineConfig, loadEnv } from "@medusajs/framework/utils"
${README_LINES.importLine}

loadEnv(process.env.NODE_ENV || "development", process.cwd())

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS!,
      adminCors: process.env.ADMIN_CORS!,
      authCors: process.env.AUTH_CORS!,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // This test serves the production build over plain http.
    cookieOptions: { secure: false },
  },
  ${README_LINES.plugins}
${withVitePlugin ? `  ${README_LINES.admin}\n` : ""}})
`
}

function assertReadmeHasInstallLines() {
  const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8")
  const section = readme.split(/^## /m).find((part) => part.startsWith("Install in your store"))
  if (!section) throw new Error('README.md has no "## Install in your store" section')
  let from = 0
  for (const [name, line] of Object.entries(README_LINES)) {
    const at = section.indexOf(line, from)
    if (at === -1) throw new Error(`README.md "Install in your store" lacks, or misorders, the ${name} line: ${line}`)
    from = at + line.length
  }
}

async function schemaSnapshot(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const columns = await client.query(
      "select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by 1, 2"
    )
    const indexes = await client.query("select indexname, indexdef from pg_indexes where schemaname = 'public' order by 1")
    const scripts = await client.query("select script_name from script_migrations order by 1")
    const migrations = await client.query("select count(*)::int as n from mikro_orm_migrations")
    return {
      columns: columns.rows,
      indexes: indexes.rows,
      scripts: scripts.rows.map((row) => row.script_name),
      migrations: migrations.rows[0].n,
    }
  } finally {
    await client.end()
  }
}

function assertMigrated(snapshot) {
  const tables = new Set(snapshot.columns.map((column) => column.table_name))
  const indexes = new Set(snapshot.indexes.map((index) => index.indexname))
  for (const table of ["brand", "brand_upload", "product_brand"]) if (!tables.has(table)) throw new Error(`db:migrate created no ${table} table`)
  for (const index of ["IDX_brand_search_name_trgm", "IDX_brand_handle_trgm", "IDX_brand_featured_rank", "IDX_product_brand_brand_id_created_at"]) {
    if (!indexes.has(index)) throw new Error(`db:migrate created no ${index} index`)
  }
  if (!snapshot.scripts.includes("medusa-brands-product-brand-page-index.js")) {
    throw new Error(`the plugin's migration script was not recorded: ${snapshot.scripts.join(", ")}`)
  }
}

/** Every brand and product–brand link row (deleted ones too, every column), and the products. */
async function brandData(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const rows = async (sql) => (await client.query(sql)).rows.map((row) => row.row)
    return {
      brand: await rows("select row_to_json(t) as row from brand t order by id"),
      product_brand: await rows("select row_to_json(t) as row from product_brand t order by product_id, brand_id"),
      product: await rows("select json_build_object('id', id, 'title', title, 'deleted_at', deleted_at) as row from product order by id"),
    }
  } finally {
    await client.end()
  }
}

/** The columns 0.2.0 adds to brand, with the values an upgraded brand must get. */
const NEW_BRAND_COLUMNS = { banner_url: null, seo_title: null, seo_description: null, is_featured: false, rank: 0 }

/** Nothing of the previous release's data may be lost or changed by the upgrade. */
function assertNothingLost(before, after) {
  const problems = []
  if (!before.brand.length || !before.product_brand.length) problems.push("the previous release's store has no data")
  for (const table of ["product_brand", "product"]) {
    if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) problems.push(`${table} rows changed`)
  }
  if (after.brand.length !== before.brand.length) problems.push(`${before.brand.length} brands before, ${after.brand.length} after`)
  for (const old of before.brand) {
    const now = after.brand.find((row) => row.id === old.id)
    if (!now) {
      problems.push(`brand ${old.id} is gone`)
      continue
    }
    for (const [column, value] of Object.entries(old)) {
      if (JSON.stringify(now[column]) !== JSON.stringify(value)) problems.push(`brand ${old.id}.${column}: ${JSON.stringify(value)} -> ${JSON.stringify(now[column])}`)
    }
    for (const [column, value] of Object.entries(NEW_BRAND_COLUMNS)) {
      if (now[column] !== value) problems.push(`brand ${old.id}.${column} is ${JSON.stringify(now[column])}, expected ${JSON.stringify(value)}`)
    }
    if (typeof now.search_name !== "string" || !now.search_name) problems.push(`brand ${old.id} has no search_name`)
  }
  if (problems.length) throw new Error(`The upgrade from ${PREVIOUS_RELEASE.version} lost or changed data:\n  ${problems.join("\n  ")}`)
}

/** JSON over HTTP; throws with the answer when the status is not the expected one. */
function httpClient(baseUrl) {
  const headers = {}
  const call = async (method, route, body, { expect = 200, extraHeaders = {} } = {}) => {
    const response = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { "content-type": "application/json", ...headers, ...extraHeaders },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json().catch(() => null)
    if (response.status !== expect) throw new Error(`${method} ${route} answered ${response.status}, expected ${expect}: ${JSON.stringify(data)}`)
    return data
  }
  return { call, headers }
}

async function adminHttp(baseUrl) {
  const http = httpClient(baseUrl)
  const { token } = await http.call("POST", "/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  http.headers.authorization = `Bearer ${token}`
  return http
}

/** The previous release's brands, served by the new one with the new fields working on them. */
async function upgradedDataChecks(baseUrl, before) {
  const http = await adminHttp(baseUrl)
  const check = (ok, message) => {
    if (!ok) throw new Error(message)
  }
  const live = before.brand.filter((row) => !row.deleted_at)
  const muller = live.find((row) => row.name === "MÜLLER Ærø Design")
  const acme = live.find((row) => row.handle === "acme")
  check(muller && acme, `the seeded brands: ${JSON.stringify(live)}`)

  for (const row of live) {
    const { brand } = await http.call("GET", `/admin/brands/${row.id}`)
    for (const column of ["name", "handle", "description", "logo_url", "is_active", "metadata"]) {
      check(JSON.stringify(brand[column]) === JSON.stringify(row[column]), `brand ${row.id}.${column}: ${JSON.stringify(brand[column])}`)
    }
  }
  for (const row of before.brand.filter((row) => row.deleted_at)) await http.call("GET", `/admin/brands/${row.id}`, undefined, { expect: 404 })
  const products = await http.call("GET", `/admin/brands/${muller.id}/products?order=title`)
  check(products.count === 3 && products.products[0].title === "Ærø Lamp 1", `the upgraded brand's products: ${JSON.stringify(products)}`)

  // Search across cases finds an upgraded brand (its search form was filled by the migration).
  for (const q of ["müller", "MULLER", "ærø design"]) {
    const found = await http.call("GET", `/admin/brands?q=${encodeURIComponent(q)}`)
    check(found.count === 1 && found.brands[0].id === muller.id, `q=${q}: ${JSON.stringify(found)}`)
  }

  // The new fields on an upgraded brand, with an uploaded logo replacing its URL.
  const form = new FormData()
  form.append("kind", "logo")
  form.append("file", new Blob([PNG_1X1]), "logo.png")
  const uploaded = await fetch(`${baseUrl}/admin/brands/uploads`, { method: "POST", headers: { authorization: http.headers.authorization }, body: form })
  const { upload } = await uploaded.json()
  check(uploaded.status === 200 && upload?.mime_type === "image/png", `POST /admin/brands/uploads answered ${uploaded.status}`)
  // The stock file provider names URLs after port 9000; the file is served at the same path on this server.
  const served = new URL(new URL(upload.url).pathname, baseUrl)
  check((await fetch(served)).status === 200, `the uploaded logo is not served at ${served}`)
  const updated = await http.call("POST", `/admin/brands/${muller.id}`, {
    seo_title: "Müller Ærø",
    seo_description: "Lamps from Ærø",
    logo_url: upload.url,
    is_featured: true,
  })
  check(updated.brand.is_featured && updated.brand.rank === 0 && updated.brand.logo_url === upload.url, JSON.stringify(updated.brand))
  await http.call("POST", `/admin/brands/${acme.id}`, { is_featured: true })
  const ordered = await http.call("POST", "/admin/brands/featured/order", { brand_ids: [acme.id, muller.id] })
  check(ordered.brands.map((brand) => brand.id).join() === [acme.id, muller.id].join(), JSON.stringify(ordered))

  const { stores: [store] } = await http.call("GET", "/admin/stores?fields=default_sales_channel_id")
  const { api_key: key } = await http.call("POST", "/admin/api-keys", { title: "Upgraded storefront", type: "publishable" })
  await http.call("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [store.default_sales_channel_id] })
  const storeHeaders = { extraHeaders: { "x-publishable-api-key": key.token } }
  const featured = await http.call("GET", "/store/brands?is_featured=true&order=rank", undefined, storeHeaders)
  check(featured.brands.map((brand) => brand.id).join() === [acme.id, muller.id].join(), `featured: ${JSON.stringify(featured)}`)
  const page = await http.call("GET", `/store/brands/handle/${muller.handle}?order=title`, undefined, storeHeaders)
  check(
    page.brand.id === muller.id && page.brand.seo_title === "Müller Ærø" && page.count === 3 && page.products.length === 3,
    `the brand page by handle: ${JSON.stringify(page)}`
  )
}

async function httpChecks(baseUrl) {
  const http = await adminHttp(baseUrl)

  const { brand } = await http.call("POST", "/admin/brands", { name: "Fresh Brand", description: "Made by test:install" })
  if (brand.handle !== "fresh-brand") throw new Error(`unexpected handle ${brand.handle}`)
  const updated = await http.call("POST", `/admin/brands/${brand.id}`, { description: "Updated" })
  if (updated.brand.description !== "Updated") throw new Error("brand update did not stick")
  const listed = await http.call("GET", "/admin/brands?q=fresh")
  if (listed.count !== 1 || listed.brands[0].id !== brand.id) throw new Error(`brand list: ${JSON.stringify(listed)}`)
  const doomed = await http.call("POST", "/admin/brands", { name: "Short Lived" })
  await http.call("DELETE", `/admin/brands/${doomed.brand.id}`)
  await http.call("GET", `/admin/brands/${doomed.brand.id}`, undefined, { expect: 404 })

  const { sales_channels: [channel] } = await http.call("GET", "/admin/sales-channels?limit=1")
  const { product } = await http.call("POST", "/admin/products", {
    title: "Fresh Tee",
    status: "published",
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 10 }] }],
    sales_channels: [{ id: channel.id }],
    additional_data: { brand_id: brand.id },
  })
  const linked = await http.call("GET", `/admin/products/${product.id}?fields=id,+brand.id`)
  if (linked.product.brand?.id !== brand.id) throw new Error(`the product was not linked: ${JSON.stringify(linked.product)}`)
  await http.call("POST", "/admin/products", { title: "Ghost", additional_data: { brand_id: "brand_missing" } }, { expect: 400 })

  const { api_key: key } = await http.call("POST", "/admin/api-keys", { title: "Storefront", type: "publishable" })
  await http.call("POST", `/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
  const store = await http.call("GET", "/store/brands", undefined, { extraHeaders: { "x-publishable-api-key": key.token } })
  if (!store.brands.some((candidate) => candidate.id === brand.id)) throw new Error(`GET /store/brands: ${JSON.stringify(store)}`)
  const storeProducts = await http.call("GET", `/store/brands/${brand.id}/products`, undefined, {
    extraHeaders: { "x-publishable-api-key": key.token },
  })
  if (storeProducts.count !== 1) throw new Error(`GET /store/brands/:id/products: ${JSON.stringify(storeProducts)}`)
  await http.call("GET", "/store/brands", undefined, { expect: 400 })
  return brand
}

// --- run ---------------------------------------------------------------------------------------

try {
  assertChromiumInstalled()
  assertReadmeHasInstallLines()
} catch (error) {
  console.error(error.message)
  process.exit(1)
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-brands-install-"))
const storeDir = path.join(workDir, "fresh-store")
const db = await testDatabase({ label: "install" })
if (!db.pg) {
  console.error("npm run test:install runs its own embedded Postgres; unset DATABASE_URL and DB_HOST.")
  process.exit(1)
}
const children = new Set()
let browser
const exit = stopOnExit(
  async () => {
    await db.stop()
    if (!process.env.KEEP_INSTALL_DIR) fs.rmSync(workDir, { recursive: true, force: true })
  },
  {
    onSignal: async () => {
      await browser?.close()
      await terminate(children)
    },
  }
)

/** Runs the fresh store's medusa CLI, its output in <artifacts>/medusa-<command>.log. */
async function medusa(args, options = {}) {
  const log = path.join(artifactsDir, `medusa-${args[0].replace(/\W+/g, "-")}.log`)
  const out = fs.openSync(log, "a")
  try {
    await mustRunCommand(path.join(storeDir, "node_modules", ".bin", "medusa"), args, {
      cwd: storeDir,
      children,
      stdio: ["ignore", out, out],
      ...options,
    })
  } catch (error) {
    throw new Error(`${error.message}; its output is in ${path.relative(projectRoot, log)}`)
  } finally {
    fs.closeSync(out)
  }
}

function startMedusa(args, { cwd, env, log }) {
  const out = fs.openSync(path.join(artifactsDir, log), "w")
  const child = startDetachedGroup(path.join(storeDir, "node_modules", ".bin", "medusa"), args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", out, out],
  })
  children.add(child)
  child.once("exit", () => children.delete(child))
  return child
}

async function stopMedusa(child) {
  await terminate([child])
  children.delete(child)
}

let code = 1
try {
  fs.rmSync(artifactsDir, { recursive: true, force: true })
  fs.mkdirSync(artifactsDir, { recursive: true })

  let step = Date.now()
  await mustRunCommand("npm", ["pack", "--pack-destination", workDir], { env: { MEDUSA_DISABLE_TELEMETRY: "true" } })
  const tarball = path.join(workDir, `medusa-brands-${pkg.version}.tgz`)
  console.log(`Packed ${path.basename(tarball)}: ${(fs.statSync(tarball).size / 1024).toFixed(1)} kB, in ${seconds(step)}`)

  step = Date.now()
  fs.mkdirSync(path.join(storeDir, "src", "scripts"), { recursive: true })
  fs.writeFileSync(path.join(storeDir, "package.json"), JSON.stringify(starterPackage, null, 2) + "\n")
  fs.writeFileSync(path.join(storeDir, "tsconfig.json"), JSON.stringify(starterTsconfig, null, 2) + "\n")
  fs.writeFileSync(path.join(storeDir, "medusa-config.ts"), medusaConfig())
  fs.copyFileSync(path.join(projectRoot, "scripts", "install", "seed-previous-release.ts"), path.join(storeDir, "src", "scripts", "seed-previous-release.ts"))
  await mustRunCommand("npm", ["install", "--no-audit", "--no-fund", PREVIOUS_RELEASE.tarball], { cwd: storeDir, children })
  console.log(`Fresh store installed with medusa-brands ${PREVIOUS_RELEASE.version} in ${seconds(step)} (${storeDir})`)

  step = Date.now()
  await db.pg.createDatabase("fresh_store")
  const databaseUrl = db.pg.url("fresh_store")
  const env = {
    DATABASE_URL: databaseUrl,
    MEDUSA_DISABLE_TELEMETRY: "true",
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: "http://localhost:9000",
    AUTH_CORS: "http://localhost:9000",
  }
  await medusa(["db:migrate"], { env })
  await medusa(["exec", "./src/scripts/seed-previous-release.ts"], { env })
  const previous = await brandData(databaseUrl)
  console.log(`  ${PREVIOUS_RELEASE.version}: migrated and seeded (${previous.brand.length} brands, ${previous.product_brand.length} link rows) in ${seconds(step)}`)

  step = Date.now()
  await mustRunCommand("npm", ["install", "--no-audit", "--no-fund", tarball], { cwd: storeDir, children })
  const installed = JSON.parse(fs.readFileSync(path.join(storeDir, "node_modules", "medusa-brands", "package.json"), "utf8")).version
  if (installed !== pkg.version) throw new Error(`npm install of the tarball left medusa-brands ${installed}`)
  console.log(`Upgraded to medusa-brands ${pkg.version} in ${seconds(step)}`)

  step = Date.now()
  await medusa(["db:migrate"], { env })
  assertNothingLost(previous, await brandData(databaseUrl))
  console.log(`  ✓ upgrade: every brand and link row of ${PREVIOUS_RELEASE.version} kept, cell for cell; new columns at their defaults`)
  const first = await schemaSnapshot(databaseUrl)
  assertMigrated(first)
  await medusa(["db:migrate"], { env })
  const second = await schemaSnapshot(databaseUrl)
  if (JSON.stringify(first) !== JSON.stringify(second)) throw new Error("A second medusa db:migrate changed the schema")
  await medusa(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], { env })
  console.log(`Migrated to ${pkg.version} (twice, the second changed nothing) in ${seconds(step)}`)

  step = Date.now()
  await medusa(["build"], { env })
  const buildDir = path.join(storeDir, ".medusa", "server")
  // Instead of a second `npm install` in the build, it uses the store's node_modules (the same packages).
  fs.symlinkSync(path.join(storeDir, "node_modules"), path.join(buildDir, "node_modules"))
  console.log(`medusa build in ${seconds(step)}`)

  let port = await freePort()
  let baseUrl = `http://localhost:${port}`
  let server = startMedusa(["start"], { cwd: buildDir, env: { ...env, NODE_ENV: "production", PORT: String(port) }, log: "start.log" })
  await waitForHealthy(`${baseUrl}/health`, { isAlive: () => children.has(server) })
  await upgradedDataChecks(baseUrl, previous)
  console.log(`  ✓ HTTP: the ${PREVIOUS_RELEASE.version} data with the new fields: search across cases, an uploaded logo, featured order, the brand page by handle`)
  const brand = await httpChecks(baseUrl)
  console.log("  ✓ HTTP: brand CRUD, product create with additional_data.brand_id, store brands with a publishable key")

  browser = await launchBrowser()
  let failures = await runChecks(
    browser.page,
    createFormChecks({ page: browser.page, baseUrl, brand, title: "Fresh Jacket" }),
    { artifactsDir, label: "medusa start" }
  )
  await browser.close()
  await stopMedusa(server)

  for (const [label, withVitePlugin, checks] of [
    ["medusa develop", true, createFormChecks],
    ["medusa develop without the Vite line", false, withoutVitePluginChecks],
  ]) {
    step = Date.now()
    fs.writeFileSync(path.join(storeDir, "medusa-config.ts"), medusaConfig({ withVitePlugin }))
    port = await freePort()
    baseUrl = `http://localhost:${port}`
    server = startMedusa(["develop"], { cwd: storeDir, env: { ...env, PORT: String(port) }, log: `${label.replaceAll(" ", "-")}.log` })
    await waitForHealthy(`${baseUrl}/health`, { isAlive: () => children.has(server) })
    // The first admin requests pre-bundle the dashboard (index.css waits for it); let that finish
    // before the browser's clock runs.
    for (const asset of ["login", "entry.jsx", "index.css"]) await fetch(`${baseUrl}/app/${asset}`).then((response) => response.text())
    browser = await launchBrowser()
    // Vite serves the dashboard module by module in develop; on a busy machine a first load takes long.
    browser.page.setDefaultNavigationTimeout(90_000)
    const title = withVitePlugin ? "Develop Jacket" : "Unbranded Jacket"
    failures += await runChecks(browser.page, checks({ page: browser.page, baseUrl, brand, title }), { artifactsDir, label })
    await browser.close()
    await stopMedusa(server)
    console.log(`  ${label}: ${seconds(step)}`)
  }
  code = failures ? 1 : 0
} catch (error) {
  console.error(error)
} finally {
  await browser?.close()
  await terminate(children)
  console.log(`npm run test:install ${code ? "failed" : "passed"} in ${seconds(started)}; logs in ${path.relative(projectRoot, artifactsDir)}/`)
}
await exit(code)
