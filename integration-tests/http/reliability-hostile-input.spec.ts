import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminRequestOptions } from "../helpers/admin"
import {
  createBrands,
  createProducts,
  createPublishableKey,
  createSalesChannel,
} from "../helpers/fixtures"
import { BRAND_MODULE } from "medusa-brands/modules/brand"
import { catalogueRows, changedCells } from "../helpers/catalogue-rows"
import {
  HTML_PAGE,
  PDF_HEADER,
  png,
  PNG_SIGNATURE_THEN_SVG,
  pngHeaderOnly,
  SVG_WITH_SCRIPT,
  SVG_WITH_XML_PROLOG,
} from "../helpers/images"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"
import fs from "node:fs"
import path from "node:path"

jest.setTimeout(180 * 1000)

type Method = "GET" | "POST" | "DELETE"
/** A hostile request; `status` pins the exact 4xx when there is only one right answer. */
type HostileCase = { name: string; method: Method; path: string; body?: unknown; raw?: string; store?: boolean; status?: number }

const long = (length: number, char = "a") => char.repeat(length)
const ids = (count: number, prefix = "prod_") => Array.from({ length: count }, (_, i) => `${prefix}${i}`)
const query = (params: Record<string, string | string[]>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => (Array.isArray(value) ? value.map((v) => [key, v]) : [[key, value]]))
  ).toString()

type Fixtures = { acme: string; northwind: string; deleted: string; inactive: string; product: string; channel: string }

/** Every brand route, admin and store, and the product additional_data, with what an attacker or a broken client sends. */
function hostileCases(f: Fixtures): HostileCase[] {
  const listQueries = (base: string, store = false): HostileCase[] => [
    { name: "negative limit", method: "GET", path: `${base}?limit=-1`, store, status: 400 },
    { name: "limit above 100", method: "GET", path: `${base}?limit=101`, store, status: 400 },
    { name: "huge limit", method: "GET", path: `${base}?limit=99999999999999999999999`, store, status: 400 },
    { name: "non-numeric limit", method: "GET", path: `${base}?limit=abc`, store, status: 400 },
    { name: "fractional limit", method: "GET", path: `${base}?limit=1.5`, store, status: 400 },
    { name: "array limit", method: "GET", path: `${base}?${query({ limit: ["1", "2"] })}`, store, status: 400 },
    { name: "negative offset", method: "GET", path: `${base}?offset=-5`, store, status: 400 },
    { name: "non-numeric offset", method: "GET", path: `${base}?offset=1;drop table brand`, store, status: 400 },
    { name: "huge offset", method: "GET", path: `${base}?offset=1e12`, store, status: 400 },
    { name: "unknown order field", method: "GET", path: `${base}?order=password`, store, status: 400 },
    { name: "SQL in order", method: "GET", path: `${base}?order=${encodeURIComponent("name; drop table brand")}`, store, status: 400 },
    { name: "unknown query parameter", method: "GET", path: `${base}?admin=true`, store, status: 400 },
  ]
  const adminBrand = `/admin/brands/${f.acme}`
  const storeBrand = `/store/brands/${f.acme}`
  return [
    { name: "NUL in a query", method: "GET", path: "/admin/brands?q=%00", status: 400 },
    { name: "NUL in a path", method: "GET", path: "/store/brands/brand%00", store: true, status: 400 },
    { name: "NUL in metadata", method: "POST", path: "/admin/brands", body: { name: "X", metadata: { note: "a\u0000b" } }, status: 400 },
    // GET /admin/brands
    ...listQueries("/admin/brands"),
    { name: "overlong q", method: "GET", path: `/admin/brands?q=${long(201)}`, status: 400 },
    { name: "array q", method: "GET", path: `/admin/brands?${query({ q: ["a", "b"] })}`, status: 400 },
    { name: "is_active not a boolean", method: "GET", path: "/admin/brands?is_active=maybe", status: 400 },
    { name: "empty handle filter", method: "GET", path: "/admin/brands?handle=", status: 400 },
    { name: "101 ids", method: "GET", path: `/admin/brands?${query({ id: ids(101, "brand_") })}`, status: 400 },
    // POST /admin/brands
    { name: "create without name", method: "POST", path: "/admin/brands", body: {}, status: 400 },
    { name: "name a number", method: "POST", path: "/admin/brands", body: { name: 123 }, status: 400 },
    { name: "name empty", method: "POST", path: "/admin/brands", body: { name: "" }, status: 400 },
    { name: "name blank", method: "POST", path: "/admin/brands", body: { name: "   " }, status: 400 },
    { name: "name overlong", method: "POST", path: "/admin/brands", body: { name: long(256) }, status: 400 },
    { name: "name an array", method: "POST", path: "/admin/brands", body: { name: ["Acme"] }, status: 400 },
    { name: "name an object", method: "POST", path: "/admin/brands", body: { name: { $ne: null } }, status: 400 },
    { name: "name with a NUL character", method: "POST", path: "/admin/brands", body: { name: "Ac\u0000me" }, status: 400 },
    { name: "name of symbols only (no handle)", method: "POST", path: "/admin/brands", body: { name: "!!!" }, status: 400 },
    { name: "handle with spaces", method: "POST", path: "/admin/brands", body: { name: "X", handle: "bad handle" }, status: 400 },
    { name: "handle uppercase", method: "POST", path: "/admin/brands", body: { name: "X", handle: "UPPER" }, status: 400 },
    { name: "handle leading hyphen", method: "POST", path: "/admin/brands", body: { name: "X", handle: "-x" }, status: 400 },
    { name: "handle double hyphen", method: "POST", path: "/admin/brands", body: { name: "X", handle: "a--b" }, status: 400 },
    { name: "handle path traversal", method: "POST", path: "/admin/brands", body: { name: "X", handle: "../../etc" }, status: 400 },
    { name: "handle unicode", method: "POST", path: "/admin/brands", body: { name: "X", handle: "café" }, status: 400 },
    { name: "handle overlong", method: "POST", path: "/admin/brands", body: { name: "X", handle: long(256) }, status: 400 },
    { name: "handle taken", method: "POST", path: "/admin/brands", body: { name: "X", handle: "acme" }, status: 400 },
    { name: "handle an array", method: "POST", path: "/admin/brands", body: { name: "X", handle: ["x"] }, status: 400 },
    { name: "logo javascript:", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "javascript:alert(1)" }, status: 400 },
    { name: "logo JaVaScRiPt:", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "JaVaScRiPt:alert(1)" }, status: 400 },
    { name: "logo javascript: after a space", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: " javascript:alert(1)" }, status: 400 },
    { name: "logo javascript: with a tab", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "java\tscript:alert(1)" }, status: 400 },
    { name: "logo data:", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+" }, status: 400 },
    { name: "logo data: text/html", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "data:text/html,<script>alert(1)</script>" }, status: 400 },
    { name: "logo vbscript:", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "vbscript:msgbox(1)" }, status: 400 },
    { name: "logo ftp:", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "ftp://example.com/logo.png" }, status: 400 },
    { name: "logo protocol-relative", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "//evil.example/logo.png" }, status: 400 },
    { name: "logo not a URL", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: "<img src=x onerror=alert(1)>" }, status: 400 },
    { name: "logo overlong", method: "POST", path: "/admin/brands", body: { name: "X", logo_url: `https://example.com/${long(2048)}` }, status: 400 },
    { name: "is_active a string", method: "POST", path: "/admin/brands", body: { name: "X", is_active: "yes" }, status: 400 },
    { name: "metadata a string", method: "POST", path: "/admin/brands", body: { name: "X", metadata: "{}" }, status: 400 },
    { name: "metadata an array", method: "POST", path: "/admin/brands", body: { name: "X", metadata: [1, 2] }, status: 400 },
    { name: "description a number", method: "POST", path: "/admin/brands", body: { name: "X", description: 5 }, status: 400 },
    { name: "description overlong", method: "POST", path: "/admin/brands", body: { name: "X", description: long(10_001) }, status: 400 },
    { name: "unknown field", method: "POST", path: "/admin/brands", body: { name: "X", is_admin: true }, status: 400 },
    { name: "client-chosen id", method: "POST", path: "/admin/brands", body: { name: "X", id: "brand_mine" }, status: 400 },
    { name: "client-chosen deleted_at", method: "POST", path: "/admin/brands", body: { name: "X", deleted_at: "2020-01-01" }, status: 400 },
    { name: "body an array", method: "POST", path: "/admin/brands", body: [{ name: "X" }], status: 400 },
    { name: "body not JSON", method: "POST", path: "/admin/brands", raw: "{name: 'X'", status: 400 },
    { name: "very large body", method: "POST", path: "/admin/brands", body: { name: "X", description: long(5 * 1024 * 1024) }, status: 413 },
    // The storefront fields (0.2.0)
    ...[
      ["seo_title overlong", { seo_title: long(71) }],
      ["seo_title a number", { seo_title: 70 }],
      ["seo_title an array", { seo_title: ["a"] }],
      ["seo_description overlong", { seo_description: long(321) }],
      ["seo_description an object", { seo_description: { text: "a" } }],
      ["banner javascript:", { banner_url: "javascript:alert(1)" }],
      ["banner data:", { banner_url: "data:image/png;base64,iVBORw0KGgo=" }],
      ["banner protocol-relative", { banner_url: "//evil.example/banner.png" }],
      ["banner overlong", { banner_url: `https://example.com/${long(2048)}` }],
      ["banner a number", { banner_url: 1 }],
      ["is_featured a string", { is_featured: "true" }],
      ["is_featured a number", { is_featured: 1 }],
      ["rank a string", { rank: "1" }],
      ["rank fractional", { rank: 1.5 }],
      ["rank negative", { rank: -1 }],
      ["rank above 1,000,000", { rank: 1_000_001 }],
      ["rank huge", { rank: 1e300 }],
      ["rank beyond integers", { rank: 2 ** 53 + 2 }],
      ["rank null", { rank: null }],
      ["search_name set by the client", { search_name: "acme" }],
    ].flatMap(([name, fields]) => [
      { name: `create: ${name}`, method: "POST" as const, path: "/admin/brands", body: { name: "X", ...(fields as object) }, status: 400 },
      { name: `update: ${name}`, method: "POST" as const, path: adminBrand, body: fields, status: 400 },
    ]),
    { name: "filter is_featured not a boolean", method: "GET", path: "/admin/brands?is_featured=yes", status: 400 },
    { name: "order by search_name", method: "GET", path: "/admin/brands?order=search_name", status: 400 },
    // POST /admin/brands/featured/order
    { name: "featured order without brand_ids", method: "POST", path: "/admin/brands/featured/order", body: {}, status: 400 },
    { name: "featured order a string", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: f.acme }, status: 400 },
    { name: "featured order numbers", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [1, 2] }, status: 400 },
    { name: "featured order an empty id", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [""] }, status: 400 },
    { name: "featured order a brand twice", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [f.acme, f.acme] }, status: 400 },
    { name: "featured order 1001 ids", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: ids(1001, "brand_") }, status: 400 },
    { name: "featured order unknown field", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [], rank: 1 }, status: 400 },
    { name: "featured order a brand not featured", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [f.acme] }, status: 409 },
    { name: "featured order unknown brands", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: ["brand_missing"] }, status: 409 },
    { name: "featured order a deleted brand", method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [f.deleted] }, status: 409 },
    { name: "uploads as JSON", method: "POST", path: "/admin/brands/uploads", body: { kind: "logo", file: "iVBORw0KGgo=" }, status: 400 },
    // GET, POST, DELETE /admin/brands/:id
    { name: "get unknown brand", method: "GET", path: "/admin/brands/brand_missing", status: 404 },
    { name: "get a product id", method: "GET", path: `/admin/brands/${f.product}`, status: 404 },
    { name: "get deleted brand", method: "GET", path: `/admin/brands/${f.deleted}`, status: 404 },
    { name: "get id with SQL", method: "GET", path: `/admin/brands/${encodeURIComponent("brand_1' OR '1'='1")}`, status: 404 },
    { name: "update unknown brand", method: "POST", path: "/admin/brands/brand_missing", body: { name: "X" }, status: 404 },
    { name: "update a sales channel id", method: "POST", path: `/admin/brands/${f.channel}`, body: { name: "X" }, status: 404 },
    { name: "update deleted brand", method: "POST", path: `/admin/brands/${f.deleted}`, body: { name: "X" }, status: 404 },
    { name: "update name null", method: "POST", path: adminBrand, body: { name: null }, status: 400 },
    { name: "update handle null", method: "POST", path: adminBrand, body: { handle: null }, status: 400 },
    { name: "update handle taken", method: "POST", path: adminBrand, body: { handle: "northwind" }, status: 400 },
    { name: "update is_active null", method: "POST", path: adminBrand, body: { is_active: null }, status: 400 },
    { name: "update logo javascript:", method: "POST", path: adminBrand, body: { logo_url: "javascript:alert(document.cookie)" }, status: 400 },
    { name: "update unknown field", method: "POST", path: adminBrand, body: { created_at: "2020-01-01" }, status: 400 },
    { name: "delete unknown brand", method: "DELETE", path: "/admin/brands/brand_missing", status: 404 },
    { name: "delete a product id", method: "DELETE", path: `/admin/brands/${f.product}`, status: 404 },
    { name: "delete deleted brand", method: "DELETE", path: `/admin/brands/${f.deleted}`, status: 404 },
    { name: "delete a 10,000-character id", method: "DELETE", path: `/admin/brands/${long(10_000)}`, status: 404 },
    // GET, POST /admin/brands/:id/products
    ...listQueries(`${adminBrand}/products`),
    { name: "products of unknown brand", method: "GET", path: "/admin/brands/brand_missing/products", status: 404 },
    { name: "products q overlong", method: "GET", path: `${adminBrand}/products?q=${long(201)}`, status: 400 },
    { name: "add a string", method: "POST", path: `${adminBrand}/products`, body: { add: f.product }, status: 400 },
    { name: "add numbers", method: "POST", path: `${adminBrand}/products`, body: { add: [1, 2] }, status: 400 },
    { name: "add an empty id", method: "POST", path: `${adminBrand}/products`, body: { add: [""] }, status: 400 },
    { name: "add 501 ids", method: "POST", path: `${adminBrand}/products`, body: { add: ids(501) }, status: 400 },
    { name: "add an unknown product", method: "POST", path: `${adminBrand}/products`, body: { add: [f.product, "prod_missing"] }, status: 400 },
    { name: "add a brand id", method: "POST", path: `${adminBrand}/products`, body: { add: [f.northwind] }, status: 400 },
    { name: "remove an object", method: "POST", path: `${adminBrand}/products`, body: { remove: {} }, status: 400 },
    { name: "add and remove one product", method: "POST", path: `${adminBrand}/products`, body: { add: [f.product], remove: [f.product] }, status: 400 },
    { name: "unknown body field", method: "POST", path: `${adminBrand}/products`, body: { set: [f.product] }, status: 400 },
    { name: "add to unknown brand", method: "POST", path: "/admin/brands/brand_missing/products", body: { add: [f.product] }, status: 404 },
    { name: "add to deleted brand", method: "POST", path: `/admin/brands/${f.deleted}/products`, body: { add: [f.product] }, status: 404 },
    // additional_data on the core product routes
    ...[
      ["brand_id a number", { brand_id: 42 }],
      ["brand_id empty", { brand_id: "" }],
      ["brand_id an array", { brand_id: [f.acme] }],
      ["brand_id an object", { brand_id: { id: f.acme } }],
      ["brand_id unknown", { brand_id: "brand_missing" }],
      ["brand_id of a product", { brand_id: f.product }],
      ["brand_id of a deleted brand", { brand_id: f.deleted }],
    ].flatMap(([name, additional_data]) => [
      {
        name: `create product: ${name}`,
        method: "POST" as const,
        path: "/admin/products",
        body: {
          title: "Hostile",
          options: [{ title: "Size", values: ["One"] }],
          variants: [{ title: "One", options: { Size: "One" }, prices: [{ currency_code: "eur", amount: 1 }] }],
          additional_data,
        },
        status: 400,
      },
      { name: `update product: ${name}`, method: "POST" as const, path: `/admin/products/${f.product}`, body: { title: "Hostile", additional_data }, status: 400 },
    ]),
    { name: "additional_data a string", method: "POST", path: `/admin/products/${f.product}`, body: { additional_data: f.acme }, status: 400 },
    // Store routes
    ...listQueries("/store/brands", true),
    { name: "store order by is_active", method: "GET", path: "/store/brands?order=is_active", store: true, status: 400 },
    { name: "store filter by id", method: "GET", path: `/store/brands?id=${f.acme}`, store: true, status: 400 },
    { name: "store overlong q", method: "GET", path: `/store/brands?q=${long(201)}`, store: true, status: 400 },
    { name: "store 101 handles", method: "GET", path: `/store/brands?${query({ handle: ids(101, "h") })}`, store: true, status: 400 },
    { name: "store unknown brand", method: "GET", path: "/store/brands/brand_missing", store: true, status: 404 },
    { name: "store inactive brand", method: "GET", path: `/store/brands/${f.inactive}`, store: true, status: 404 },
    { name: "store deleted brand", method: "GET", path: `/store/brands/${f.deleted}`, store: true, status: 404 },
    { name: "store a product id as brand", method: "GET", path: `/store/brands/${f.product}`, store: true, status: 404 },
    ...listQueries(`${storeBrand}/products`, true),
    { name: "store products of inactive brand", method: "GET", path: `/store/brands/${f.inactive}/products`, store: true, status: 404 },
    { name: "store is_featured not a boolean", method: "GET", path: "/store/brands?is_featured=1", store: true, status: 400 },
    { name: "store order by search_name", method: "GET", path: "/store/brands?order=search_name", store: true, status: 400 },
    { name: "store brand page of an inactive brand", method: "GET", path: "/store/brands/handle/asleep", store: true, status: 404 },
    { name: "store brand page of a deleted brand", method: "GET", path: "/store/brands/handle/gone", store: true, status: 404 },
    { name: "store brand page with SQL", method: "GET", path: `/store/brands/handle/${encodeURIComponent("acme' OR '1'='1")}`, store: true, status: 404 },
    { name: "store brand page, 10,000-character handle", method: "GET", path: `/store/brands/handle/${long(10_000)}`, store: true, status: 404 },
    ...listQueries("/store/brands/handle/acme", true),
    { name: "store products unknown region", method: "GET", path: `${storeBrand}/products?region_id=reg_missing`, store: true },
    { name: "store has_products false", method: "GET", path: "/store/brands?has_products=false", store: true, status: 400 },
    { name: "store has_products an array", method: "GET", path: `/store/brands?${query({ has_products: ["true", "true"] })}`, store: true, status: 400 },
    // brand_id and brand[id] on the core product lists
    ...(["/store/products", "/admin/products"] as const).flatMap((path): HostileCase[] =>
      [
        ["brand_id empty", "brand_id="],
        ["brand_id an empty array item", "brand_id[]="],
        ["brand_id blank", "brand_id=%20%20"],
        ["brand_id an object", "brand_id[id]=x"],
        ["brand_id a nested array", "brand_id[0][0]=x"],
        ["brand_id with NUL", "brand_id=brand%00"],
        ["brand_id 101 ids", query({ "brand_id[]": ids(101, "brand_") })],
        ["brand_id 500 ids", query({ "brand_id[]": ids(500, "b") })],
        ["brand_id overlong", `brand_id=${long(101)}`],
        ["brand a string", `brand=${f.acme}`],
        ["brand[name]", "brand[name]=Acme"],
        ["brand[id] and brand[handle]", `brand[id]=${f.acme}&brand[handle]=acme`],
        ["brand[id] an object", "brand[id][$ne]=x"],
        ["brand_id and brand[id]", `brand_id=${f.acme}&brand[id]=${f.acme}`],
      ].map(([name, params]) => ({ name: `${path} ${name}`, method: "GET", path: `${path}?${params}`, store: path.startsWith("/store"), status: 400 }))
    ),
  ]
}

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let fixtures: Fixtures

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminRequestOptions(api, container)
      const channel = await createSalesChannel(container)
      store = await createPublishableKey(container, [channel.id])
      const [acme, northwind, deleted, inactive] = await createBrands(container, ["Acme", "Northwind", "Gone", "Asleep", "Café Ünïcødé 東京"])
      await api.delete(`/admin/brands/${deleted.id}`, admin)
      await api.post(`/admin/brands/${inactive.id}`, { is_active: false }, admin)
      const [product] = await createProducts(container, { count: 1, brandId: acme.id, salesChannelId: channel.id })
      await createProducts(container, { count: 2, title: "Café Ünïcødé 東京 😀", brandId: northwind.id, salesChannelId: channel.id })
      fixtures = { acme: acme.id, northwind: northwind.id, deleted: deleted.id, inactive: inactive.id, product: product.id, channel: channel.id }
    })

    const send = ({ method, path, body, raw, store: isStore }: Pick<HostileCase, "method" | "path" | "body" | "raw" | "store">) => {
      const headers = { ...(isStore ? store : admin).headers, ...(raw ? { "content-type": "application/json" } : {}) }
      return api.request({ method, url: path, data: raw ?? body, headers, validateStatus: () => true, maxBodyLength: Infinity })
    }

    it("refuses every hostile request with a 4xx and a message, and changes no row", async () => {
      const cases = hostileCases(fixtures)
      expect(cases.length).toBeGreaterThanOrEqual(60)
      const outcomes: string[] = []
      for (const hostile of cases) {
        const before = await catalogueRows(getContainer())
        const { status, data } = await send(hostile)
        const changes = changedCells(before, await catalogueRows(getContainer()))
        const message = typeof data?.message === "string" && data.message.length > 0
        const statusOk = hostile.status ? status === hostile.status : status >= 400 && status < 500
        if (!statusOk || !message || changes.length) {
          outcomes.push(`${hostile.method} ${hostile.path.slice(0, 100)} (${hostile.name}): ${status} ${JSON.stringify(data)?.slice(0, 200)} ${changes.join("; ")}`)
        }
      }
      expect(outcomes).toEqual([])
    })

    it("refuses hostile uploads with a 4xx and a message, storing no file and changing no row", async () => {
      const staticDir = path.join(process.cwd(), "static")
      const files = () => (fs.existsSync(staticDir) ? fs.readdirSync(staticDir).sort() : [])
      const before = { rows: await catalogueRows(getContainer()), files: files() }
      const uploads: [string, (form: FormData) => void, number, RegExp][] = [
        ["an SVG with a script", (form) => form.append("file", new Blob([SVG_WITH_SCRIPT], { type: "image/png" }), "logo.png"), 400, /^SVG and other markup/],
        ["an SVG with an XML prolog", (form) => form.append("file", new Blob([SVG_WITH_XML_PROLOG]), "logo.svg"), 400, /^SVG and other markup/],
        ["an HTML page called .png", (form) => form.append("file", new Blob([HTML_PAGE], { type: "image/png" }), "x.png"), 400, /^SVG and other markup/],
        ["a PNG signature followed by SVG", (form) => form.append("file", new Blob([PNG_SIGNATURE_THEN_SVG]), "x.png"), 400, /^SVG and other markup/],
        ["a PDF", (form) => form.append("file", new Blob([PDF_HEADER], { type: "image/png" }), "x.png"), 400, /must be a PNG, JPEG, WebP, GIF or AVIF image/],
        ["a truncated PNG", (form) => form.append("file", new Blob([png(4, 4).subarray(0, 12)]), "x.png"), 400, /must be a PNG/],
        ["zero bytes", (form) => form.append("file", new Blob([]), "x.png"), 400, /file is empty \(0 bytes\)/],
        ["a logo of 2 MB and a byte", (form) => form.append("file", new Blob([png(), Buffer.alloc(2 * 1024 * 1024)]), "x.png"), 413, /^The logo must be at most 2 MB/],
        ["a file of 20 MB", (form) => form.append("file", new Blob([Buffer.alloc(20 * 1024 * 1024)]), "x.png"), 413, /^An image must be at most 5 MB/],
        ["20,000 pixels wide", (form) => form.append("file", new Blob([pngHeaderOnly(20_000, 1)]), "x.png"), 400, /at most 10000 pixels/],
        ["two files", (form) => { form.append("file", new Blob([png()]), "a.png"); form.append("file", new Blob([png()]), "b.png") }, 400, /exactly one image/],
        ["a file under another name", (form) => form.append("image", new Blob([png()]), "a.png"), 400, /exactly one image/],
        ["no file", () => undefined, 400, /form field named file/],
      ]
      const outcomes: string[] = []
      for (const [name, addFile, status, message] of uploads) {
        const form = new FormData()
        form.append("kind", "logo")
        addFile(form)
        const response = await api.post("/admin/brands/uploads", form, { ...admin, validateStatus: () => true, maxBodyLength: Infinity })
        if (response.status !== status || !message.test(response.data?.message ?? "")) {
          outcomes.push(`${name}: ${response.status} ${JSON.stringify(response.data).slice(0, 200)}`)
        }
      }
      for (const kind of ["", "icon", "logo,banner"]) {
        const form = new FormData()
        form.append("kind", kind)
        form.append("file", new Blob([png()]), "a.png")
        const response = await api.post("/admin/brands/uploads", form, { ...admin, validateStatus: () => true })
        if (response.status !== 400 || !/kind must be one of logo, banner/.test(response.data?.message)) {
          outcomes.push(`kind ${JSON.stringify(kind)}: ${response.status} ${JSON.stringify(response.data)}`)
        }
      }
      const malformed = await api.post("/admin/brands/uploads", "--x\r\nContent-Disposition: form-data; name=\"file\"", {
        headers: { ...admin.headers, "content-type": "multipart/form-data; boundary=x" },
        validateStatus: () => true,
      })
      if (malformed.status !== 400) outcomes.push(`malformed multipart: ${malformed.status} ${JSON.stringify(malformed.data)}`)
      expect(outcomes).toEqual([])
      expect(changedCells(before.rows, await catalogueRows(getContainer()))).toEqual([])
      expect(files()).toEqual(before.files)
    })

    it("answers SQL metacharacters and unicode in q with a 200 and only matching rows", async () => {
      const searches: [string, string, number][] = [
        ["/admin/brands", "' OR '1'='1", 0],
        ["/admin/brands", "acme'; DROP TABLE brand; --", 0],
        ["/admin/brands", "\\", 0],
        ["/admin/brands", "<script>alert(1)</script>", 0],
        ["/admin/brands", "ACME", 1],
        ["/admin/brands", "東京", 1],
        ["/admin/brands", "Ünïcødé", 1],
        ["/store/brands", "' OR 1=1 --", 0],
        ["/store/brands", "東京", 1],
        ["/store/brands", "north", 1],
        [`/admin/brands/${fixtures.northwind}/products`, "東京", 2],
        [`/admin/brands/${fixtures.northwind}/products`, "😀", 2],
        [`/admin/brands/${fixtures.northwind}/products`, "ünïcødé", 2],
        [`/admin/brands/${fixtures.northwind}/products`, "' OR ''='", 0],
        [`/admin/brands/${fixtures.northwind}/products`, "%", 0],
        [`/admin/brands/${fixtures.northwind}/products`, "_", 0],
      ]
      const before = await catalogueRows(getContainer())
      for (const [path, q, count] of searches) {
        const { status, data } = await send({ method: "GET", path: `${path}?q=${encodeURIComponent(q)}`, store: path.startsWith("/store") })
        expect([path, q, status, data.count]).toEqual([path, q, 200, count])
      }
      // The brand lists pass q to Medusa's searchable filter, where % and _ are LIKE wildcards:
      // they widen the search but never reach beyond the brands the route may show.
      for (const [path, visible] of [["/admin/brands", 5], ["/store/brands", 3]] as const) {
        for (const q of ["%", "_", "%%"]) {
          const { status, data } = await send({ method: "GET", path: `${path}?q=${encodeURIComponent(q)}`, store: path.startsWith("/store") })
          expect([path, q, status, data.count <= visible]).toEqual([path, q, 200, true])
        }
      }
      expect(changedCells(before, await catalogueRows(getContainer()))).toEqual([])
    })

    it("answers brand_id of deleted, inactive, unknown or foreign brands with a 200 and only matching products", async () => {
      const container = getContainer()
      const [asleep] = await createProducts(container, { count: 1, title: "Asleep", brandId: fixtures.inactive, salesChannelId: fixtures.channel })
      const hundredIds = [fixtures.acme, ...ids(99, "brand_")]
      const before = await catalogueRows(container)
      const lists: [string, string, boolean, string[]][] = [
        ["deleted brand", `brand_id=${fixtures.deleted}`, true, []],
        ["deleted brand", `brand_id=${fixtures.deleted}`, false, []],
        ["inactive brand", `brand_id=${fixtures.inactive}`, true, []],
        ["inactive brand", `brand_id=${fixtures.inactive}`, false, [asleep.id]],
        ["a product id", `brand_id=${fixtures.product}`, true, []],
        ["SQL", `brand_id=${encodeURIComponent("brand_1' OR '1'='1")}`, false, []],
        ["unicode", `brand_id=${encodeURIComponent("東京😀")}`, true, []],
        ["100 ids, one real", query({ "brand_id[]": hundredIds }), true, [fixtures.product]],
        ["100 ids, one real", query({ "brand_id[]": hundredIds }), false, [fixtures.product]],
        ["a repeated id", query({ "brand_id[]": [fixtures.acme, fixtures.acme] }), false, [fixtures.product]],
      ]
      for (const [name, params, isStore, expected] of lists) {
        const path = `${isStore ? "/store" : "/admin"}/products?${params}&fields=id`
        const { status, data } = await send({ method: "GET", path, store: isStore })
        expect([name, isStore, status, data.count, data.products?.map((p: { id: string }) => p.id)]).toEqual([name, isStore, 200, expected.length, expected])
      }
      expect(changedCells(before, await catalogueRows(container))).toEqual([])
    })

    it("drops fields outside the allowed list, as core routes do, and never returns them", async () => {
      const requests: [string, boolean, string][] = [
        ["/admin/brands?fields=products.*", false, "products"],
        ["/admin/brands?fields=password_hash", false, "password_hash"],
        [`/admin/brands/${fixtures.acme}?fields=*products`, false, "products"],
        ["/store/brands?fields=is_active", true, "is_active"],
        [`/store/brands/${fixtures.acme}?fields=deleted_at`, true, "deleted_at"],
        [`/store/brands/${fixtures.acme}/products?fields=brand.is_active`, true, "is_active"],
        ["/store/products?fields=brand.deleted_at", true, "deleted_at"],
      ]
      for (const [path, isStore, field] of requests) {
        const { status, data } = await send({ method: "GET", path, store: isStore })
        expect([path, status, JSON.stringify(data).includes(`"${field}"`)]).toEqual([path, 200, false])
      }
    })

    it("keeps script-running logo URLs out of the database, whatever the way in", async () => {
      const container = getContainer()
      const service = container.resolve(BRAND_MODULE)
      for (const logo_url of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:x"]) {
        await expect(service.createBrands([{ name: "Sneaky", logo_url }])).rejects.toThrow(/logo_url/)
      }
      // Even raw SQL that skips the service is refused by the table's check constraint.
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(
        knex("brand").insert({ id: "brand_raw", name: "Raw", handle: "raw", logo_url: "javascript:alert(1)" })
      ).rejects.toThrow(/brand_logo_url_scheme/)
      const { rows } = await knex.raw("select count(*)::int as count from brand where logo_url !~* '^https?://'")
      expect(rows[0].count).toEqual(0)
    })
  },
})
