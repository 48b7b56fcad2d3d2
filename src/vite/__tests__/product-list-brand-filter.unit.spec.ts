import fs from "node:fs"
import path from "node:path"
import { brandsVitePlugin } from "../brands-vite-plugin"
import {
  productListFiltersByBrand,
  relationshipFiltersCanSearchTheServer,
  RELATIONSHIP_FILTER_HOOK,
} from "../dashboard-rewrites"

/*
 * The two rewrites behind the Brand filter of the core Products list (feature flag
 * view_configurations), run against the installed @medusajs/dashboard: they fail here first when a
 * Medusa upgrade moves the code they change.
 */

const dashboardDist = path.join(path.dirname(require.resolve("@medusajs/dashboard/package.json")), "dist")
const dashboardVersion = JSON.parse(fs.readFileSync(path.join(dashboardDist, "..", "package.json"), "utf8")).version

const dashboardFiles = fs
  .readdirSync(dashboardDist)
  .filter((file) => file.endsWith(".mjs"))
  .map((file) => ({ file, code: fs.readFileSync(path.join(dashboardDist, file), "utf8") }))

const filesMatching = (detect: RegExp) => dashboardFiles.filter(({ code }) => detect.test(code))

/** The rewritten lines, by line number: every rewrite keeps the file's line count. */
function changedLines(before: string, after: string) {
  const a = before.split("\n")
  const b = after.split("\n")
  expect(b).toHaveLength(a.length)
  return b.flatMap((line, i) => (line === a[i] ? [] : [line]))
}

/** A top-level function of the rewritten chunk, as a callable, with the given names in scope. */
function extractFunction(code: string, name: string, scope: Record<string, unknown>) {
  const start = code.search(new RegExp(`function ${name}\\d*\\(`))
  const source = code.slice(start, code.indexOf("\n}\n", start) + 2)
  return new Function(...Object.keys(scope), `return (${source})`)(...Object.values(scope))
}

const brandColumn = {
  field: "brand.id",
  name: "Brand Id",
  filter: { enabled: true, relationship: { entity: "Brand", endpoint: "/admin/brands", value_field: "id", display_field: "name" } },
}
const collectionColumn = {
  field: "collection.id",
  name: "Collection Id",
  filter: {
    enabled: true,
    relationship: { entity: "ProductCollection", endpoint: "/admin/collections", value_field: "id", display_field: "title", filter_key: "collection_id" },
  },
}
const statusColumn = { field: "status", name: "Status", data_type: "enum", filter: { enabled: true, enumValues: ["draft", "published"] } }

describe(`The Products list's Brand filter on @medusajs/dashboard ${dashboardVersion}`, () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[RELATIONSHIP_FILTER_HOOK]
  })

  it("adds brand.id to the product table adapter's ALLOWED_FILTERS, in one file, on the line that opens the list", () => {
    const files = filesMatching(productListFiltersByBrand.detect)
    expect(files.map(({ file }) => file)).toHaveLength(1)
    const [{ code }] = files
    const rewritten = productListFiltersByBrand.apply(code)
    expect(changedLines(code, rewritten)).toEqual([expect.stringMatching(/^\s*const ALLOWED_FILTERS = \["brand\.id", $/)])
    const adapter = rewritten.slice(rewritten.search(productListFiltersByBrand.detect))
    const allowed = adapter.slice(adapter.indexOf("ALLOWED_FILTERS = ["), adapter.indexOf("];"))
    expect(allowed).toContain('"collection.id"')
    expect(productListFiltersByBrand.apply(rewritten)).toEqual(rewritten)
  })

  it("lets the plugin's hook replace a relationship filter and skip loading its 1,000 options", () => {
    const files = filesMatching(relationshipFiltersCanSearchTheServer.detect)
    expect(files.map(({ file }) => file)).toHaveLength(1)
    const [{ code }] = files
    const rewritten = relationshipFiltersCanSearchTheServer.apply(code)
    expect(changedLines(code, rewritten)).toHaveLength(2)
    expect(relationshipFiltersCanSearchTheServer.apply(rewritten)).toEqual(rewritten)

    // Run the rewritten functions: the hook's filter replaces the Brand one; other columns stay the dashboard's.
    const filterHelper = { accessor: (id: string, config: object) => ({ id, ...config }) }
    const getFilterType = extractFunction(rewritten, "getFilterType", {})
    const generate = extractFunction(rewritten, "generateFiltersFromColumns", { filterHelper, getFilterType })
    const configsFor = extractFunction(rewritten, "getRelationshipFilterConfigs", {})
    const columns = [brandColumn, collectionColumn, statusColumn]
    const options = { "brand.id": [{ label: "Acme", value: "brand_1" }], "collection.id": [{ label: "Summer", value: "pcol_1" }] }

    // Without the hook (the plugin's admin not loaded) the dashboard behaves as before.
    const untouched = generate(columns, options)
    expect(untouched.map((filter: { id: string; type: string }) => [filter.id, filter.type])).toEqual([
      ["brand.id", "multiselect"],
      ["collection_id", "multiselect"],
      ["status", "multiselect"],
    ])
    expect(configsFor(columns).map((config: { field: string }) => config.field)).toEqual(["brand.id", "collection.id"])

    const render = () => null
    ;(globalThis as Record<string, unknown>)[RELATIONSHIP_FILTER_HOOK] = (column: { field: string }) =>
      column.field === "brand.id" ? { id: "brand.id", type: "custom", label: "Brand", render } : undefined
    const replaced = generate(columns, options)
    expect(replaced[0]).toEqual({ id: "brand.id", type: "custom", label: "Brand", render })
    expect(replaced.slice(1)).toEqual(untouched.slice(1))
    expect(configsFor(columns).map((config: { field: string }) => config.field)).toEqual(["collection.id"])
  })

  it("fails with a message naming medusa-brands when the code is shaped differently", () => {
    const plugin = brandsVitePlugin([productListFiltersByBrand, relationshipFiltersCanSearchTheServer]) as any
    plugin.configResolved({ command: "build" })
    const adapterWithoutList = "function createProductTableAdapter() {\n  return createTableAdapter({ entity: \"products\" });\n}\n"
    expect(() => plugin.transform(adapterWithoutList, "product-list-NEW.mjs")).toThrow(
      /^\[medusa-brands\] .*the Products list \(feature flag view_configurations\) offers a Brand filter cannot be ensured: .*ALLOWED_FILTERS.*product-list-NEW\.mjs/s
    )
    const generateWithoutLoop = "function generateFiltersFromColumns(apiColumns, options) {\n  return apiColumns.map(toFilter);\n}\n"
    expect(() => plugin.transform(generateWithoutLoop, "chunk-NEW.mjs")).toThrow(
      /^\[medusa-brands\] .*Brand filter searches every brand on the server cannot be ensured: generateFiltersFromColumns.*chunk-NEW\.mjs/s
    )
  })

  it("fails a build in which the Products list code was not found", () => {
    const plugin = brandsVitePlugin() as any
    plugin.configResolved({ command: "build" })
    const errors: string[] = []
    for (const { file, code } of filesMatching(/var normalizeProductFormValues\d* = /)) plugin.transform(code, file)
    plugin.buildEnd.call({ error: (message: string) => errors.push(message) })
    expect(errors).toEqual([expect.stringMatching(/^\[medusa-brands\] .*Brand filter.*not found in the admin bundle/)])
  })
})
