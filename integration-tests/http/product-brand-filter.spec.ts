import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import {
  brandParam,
  brandSets,
  coreFilterCases,
  expectedPages,
  expectedProductIds,
  FilterCatalogue,
  ListParams,
  productListPages,
  FilterCase,
  queryString,
  seedFilterCatalogue,
} from "../helpers/brand-filter-catalogue"
import { statementsDuring } from "../helpers/sql-statements"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { allowedStoreBrandFields } from "medusa-brands/api/store/brands/query-config"

jest.setTimeout(180 * 1000)

const ids = (items: { id: string }[]) => items.map((item) => item.id)
type Headers = { headers: Record<string, string> }

/*
 * brand_id (and the dashboard's brand[id]) on core GET /store/products and GET /admin/products:
 * every page and count is compared with the same query written out in SQL
 * (integration-tests/helpers/brand-filter-catalogue.ts), for each brand set combined with core's
 * own filters and orders.
 */
medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let c: FilterCatalogue

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
      c = await seedFilterCatalogue(getContainer())
    })

    /** Requests every page of `params` and compares ids and count with `expected`. */
    async function expectPages(path: string, headers: Headers, params: ListParams, expected: string[]) {
      const pages = await productListPages(api, path, headers, params, expected.length)
      expect({ params, pages }).toEqual({ params, pages: expectedPages(expected) })
    }

    it("GET /store/products: active brands, published products of the key's channels, with core filters and orders", async () => {
      const store = { salesChannelIds: [c.webshop.id] }
      let nonEmpty = 0
      for (const brandIds of brandSets(c)) {
        for (const [params, filters] of await coreFilterCases(getContainer(), c)) {
          for (const order of [undefined, "-title"] as const) {
            const expected = await expectedProductIds(getContainer(), { brandIds, store, order, ...filters })
            if (expected.length) nonEmpty++
            await expectPages("/store/products", c.store, { ...brandParam(brandIds), ...params, order }, expected)
          }
        }
      }
      // The catalogue must exercise the filters, not only empty results.
      expect(nonEmpty).toBeGreaterThan(30)
      expect(await expectedProductIds(getContainer(), { brandIds: [c.dormant.id], store })).toEqual([])
      expect(await expectedProductIds(getContainer(), { brandIds: [c.dormant.id] })).not.toEqual([])
    })

    it("GET /admin/products: brand_id and brand[id] with status, sales channel and core filters and orders", async () => {
      const adminFilters: FilterCase[] = [
        ...(await coreFilterCases(getContainer(), c)),
        [{ category_id: [c.hidden.id] }, { categoryIds: [c.hidden.id] }],
        [{ status: ["draft"] }, { statuses: ["draft"] }],
        [{ status: ["published", "draft"], q: "rocket" }, { statuses: ["published", "draft"], q: "rocket" }],
        [{ sales_channel_id: [c.marketplace.id] }, { salesChannelIds: [c.marketplace.id] }],
      ]
      let nonEmpty = 0
      for (const brandIds of brandSets(c)) {
        for (const [params, filters] of adminFilters) {
          for (const order of [undefined, "-title"] as const) {
            const expected = await expectedProductIds(getContainer(), { brandIds, order, ...filters })
            if (expected.length) nonEmpty++
            await expectPages("/admin/products", admin, { ...brandParam(brandIds), ...params, order }, expected)
          }
        }
        // The dashboard's relationship filter sends brand[id][0]=…
        const expected = await expectedProductIds(getContainer(), { brandIds, order: "title" })
        await expectPages("/admin/products", admin, { brand: { id: brandIds }, order: "title" }, expected)
      }
      expect(nonEmpty).toBeGreaterThan(40)
    })

    it("prices, adds +brand.* and pages with the brand filter as core does without it", async () => {
      const brandIds = [c.acme.id, c.northwind.id]
      const expected = await expectedProductIds(getContainer(), {
        brandIds,
        store: { salesChannelIds: [c.webshop.id] },
        order: "title",
      })
      const fields = "id,title,+brand.*,*variants.calculated_price"
      const { data } = await api.get(
        `/store/products?${queryString({ brand_id: brandIds, region_id: c.region.id, fields, order: "title", limit: 5, offset: 2 })}`,
        c.store
      )
      expect(data).toMatchObject({ count: expected.length, offset: 2, limit: 5 })
      expect(ids(data.products)).toEqual(expected.slice(2, 7))
      for (const product of data.products) {
        expect(brandIds).toContain(product.brand.id)
        // The brand's public fields (metadata included: `+brand.*` asks for every allowed field), nothing internal.
        expect(Object.keys(product.brand).sort()).toEqual([...allowedStoreBrandFields].sort())
        expect(product.variants[0].calculated_price).toMatchObject({
          currency_code: "eur",
          calculated_amount: c.prices.get(product.title),
        })
      }

      const adminPage = await api.get(
        `/admin/products?${queryString({ brand_id: c.dormant.id, fields: "id,title,brand.id,brand.name", order: "title" })}`,
        admin
      )
      expect(adminPage.data.products.map((product: { brand: { name: string } }) => product.brand.name)).toEqual(
        Array(adminPage.data.count).fill("Dormant")
      )
    })

    it("filters in the product query's SQL, never by loading a brand's product ids", async () => {
      const { statements } = await statementsDuring(getContainer(), async () => {
        const storeQuery = queryString({ brand_id: [c.acme.id], category_id: [c.shoes.id], fields: "id", limit: 2 })
        await api.get(`/store/products?${storeQuery}`, c.store)
        await api.get(`/admin/products?${queryString({ brand: { id: [c.acme.id] }, fields: "id", limit: 2 })}`, admin)
      })
      const brandStatements = statements.filter((sql) => sql.includes("product_brand"))
      // A page and a count for each of the two requests, each with the link inside the product query.
      expect(brandStatements).toHaveLength(4)
      for (const sql of brandStatements) {
        expect(sql).toMatch(/^select .+? from "product" as "p0" .*where .*exists \(select 1 from "public"\."product_brand"/)
      }
      // The store narrows the ids to active brands first, so no product query joins `brand` (B6 in BENCHMARKS.md).
      expect(brandStatements.filter((sql) => sql.includes('"public"."brand"'))).toEqual([])
    })

    it("refuses a malformed brand filter with a 400 and a message, and leaves other routes alone", async () => {
      const tooMany = Array.from({ length: 101 }, (_, i) => `brand_${i}`)
      const malformed: [string, RegExp][] = [
        ["brand_id=", /brand_id must not contain an empty brand id/],
        ["brand_id[]=", /brand_id must not contain an empty brand id/],
        ["brand_id[a]=x", /brand_id must be a brand id or a list of brand ids/],
        ["brand_id[0][a]=x", /brand_id must be a brand id or a list of brand ids/],
        [`brand_id=${"x".repeat(101)}`, /longer than 100 characters/],
        [queryString({ brand_id: tooMany }), /at most 100 brand ids, got 101/],
        ["brand=x", /accepts only brand\[id\]/],
        ["brand[name]=Acme", /accepts only brand\[id\]/],
        ["brand[id][0][a]=x", /brand\[id\] must be a brand id or a list of brand ids/],
        [`brand_id=${c.acme.id}&brand[id]=${c.acme.id}`, /brand_id or by brand\[id\], not both/],
      ]
      for (const [path, headers] of [
        ["/store/products", c.store],
        ["/admin/products", admin],
      ] as const) {
        for (const [query, message] of malformed) {
          const response = await failed(api.get(`${path}?${query}`, headers))
          expect([path, query, response.status, response.data.message]).toEqual([path, query, 400, expect.stringMatching(message)])
        }
      }

      // Retrieve routes answer brand_id exactly as any other unknown parameter.
      const [product] = (await api.get(`/store/products?${queryString({ brand_id: c.acme.id, limit: 1 })}`, c.store)).data.products
      for (const [path, headers] of [
        [`/store/products/${product.id}`, c.store],
        [`/admin/products/${product.id}`, admin],
      ] as const) {
        const withBrand = await api.get(`${path}?brand_id=${c.acme.id}`, headers).catch((error) => error.response)
        const withUnknown = await api.get(`${path}?not_a_filter=${c.acme.id}`, headers).catch((error) => error.response)
        expect([path, withBrand.status, withBrand.data.message]).toEqual([
          path,
          withUnknown.status,
          withUnknown.data.message?.replace("not_a_filter", "brand_id"),
        ])
      }
      expect((await api.get(`/store/products/${product.id}`, c.store)).data.product.id).toEqual(product.id)
    })
  },
})
