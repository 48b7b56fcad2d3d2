import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions } from "../helpers/admin"
import {
  brandParam,
  brandSets,
  coreFilterCases,
  expectedPages,
  expectedProductIds,
  FilterCase,
  FilterCatalogue,
  ListParams,
  productListPages,
  queryString,
  seedFilterCatalogue,
  waitForBrandIndex,
} from "../helpers/brand-filter-catalogue"
import { statementsDuring } from "../helpers/sql-statements"
import { STORE_WITH_INDEX_ENGINE_DIR } from "../helpers/stores"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }

/*
 * The same brand_id filter in a store with Medusa's index engine on (feature flag index_engine and
 * the index module, integration-tests/hosts/store-with-index-engine): core's product lists then read
 * through query.index, which filters on the product–brand link because the link declares the
 * brand's fields `filterable`. Pages are compared with the hand-written SQL. In this mode core
 * answers `count` with the index's planner estimate (`estimate_count`) for every filter, brand or
 * not, so counts are checked to be that estimate; filters query.index cannot serve (categories)
 * make core fall back to query.graph, where counts are exact again.
 */
medusaIntegrationTestRunner({
  cwd: STORE_WITH_INDEX_ENGINE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let c: FilterCatalogue

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
      c = await seedFilterCatalogue(getContainer())
      await waitForBrandIndex(getContainer())
    })

    /** Pages must equal the SQL; the count is core's index estimate unless core fell back to query.graph. */
    async function expectPages(path: string, headers: Headers, params: ListParams, expected: string[]) {
      const pages = await productListPages(api, path, headers, params, expected.length)
      const fromIndex = pages.every((page) => page.estimate_count !== undefined)
      const fallsBack = params.category_id !== undefined
      expect({ params, fromIndex }).toEqual({ params, fromIndex: !fallsBack })
      const comparable = pages.map(({ estimate_count, count, ...page }) => ({
        ...page,
        count: fromIndex ? (count === estimate_count ? "estimate" : count) : count,
      }))
      const wanted = expectedPages(expected).map((page) => ({ ...page, count: fromIndex ? "estimate" : page.count }))
      expect({ params, pages: comparable }).toEqual({ params, pages: wanted })
    }

    // Every case has an order: without one, the index's pages come back in no defined order.
    const filterCases = async (): Promise<FilterCase[]> =>
      // `q` searches differently through the index (core's own note in its route), so it is left out.
      (await coreFilterCases(getContainer(), c)).filter(([params]) => params.q === undefined)

    it("GET /store/products reads the brand filter through query.index with the key's channels and core filters", async () => {
      const store = { salesChannelIds: [c.webshop.id] }
      for (const brandIds of brandSets(c)) {
        for (const [params, filters] of await filterCases()) {
          for (const order of ["title", "-title"] as const) {
            const expected = await expectedProductIds(getContainer(), { brandIds, store, order, ...filters })
            await expectPages("/store/products", c.store, { ...brandParam(brandIds), ...params, order }, expected)
          }
        }
      }
    })

    it("GET /admin/products reads brand_id and brand[id] through query.index", async () => {
      const cases: FilterCase[] = [...(await filterCases()), [{ status: ["draft"] }, { statuses: ["draft"] }]]
      for (const brandIds of brandSets(c)) {
        for (const [params, filters] of cases) {
          const expected = await expectedProductIds(getContainer(), { brandIds, order: "title", ...filters })
          await expectPages("/admin/products", admin, { ...brandParam(brandIds), ...params, order: "title" }, expected)
        }
        const expected = await expectedProductIds(getContainer(), { brandIds, order: "-title" })
        await expectPages("/admin/products", admin, { brand: { id: brandIds }, order: "-title" }, expected)
      }
    })

    it("filters in the index's SQL and follows brand changes as the index ingests them", async () => {
      const { statements } = await statementsDuring(getContainer(), () =>
        api.get(`/store/products?${queryString({ brand_id: c.acme.id, fields: "id", limit: 2 })}`, c.store)
      )
      expect(statements.some((sql) => /from "cat_product" .*"cat_brand" .*t_\d+_\d+_\d+\.id IN \('brand_/s.test(sql))).toBe(true)
      expect(statements.filter((sql) => /from "product_brand"/.test(sql))).toEqual([])

      // Deactivating a brand hides it from the store's filter; moving a product moves it between brands.
      const [moved] = await expectedProductIds(getContainer(), { brandIds: [c.northwind.id], statuses: ["published"] })
      await api.post(`/admin/brands/${c.acme.id}`, { is_active: false }, admin)
      await api.post(`/admin/products/${moved}`, { additional_data: { brand_id: c.dormant.id } }, admin)
      await waitForBrandIndex(getContainer())
      const store = { salesChannelIds: [c.webshop.id] }
      for (const brandIds of [[c.acme.id], [c.acme.id, c.northwind.id]]) {
        const expected = await expectedProductIds(getContainer(), { brandIds, store, order: "title" })
        await expectPages("/store/products", c.store, { brand_id: brandIds, order: "title" }, expected)
      }
      const dormantProducts = await expectedProductIds(getContainer(), { brandIds: [c.dormant.id], order: "title" })
      expect(dormantProducts).toContain(moved)
      await expectPages("/admin/products", admin, { brand_id: c.dormant.id, order: "title" }, dormantProducts)
    })
  },
})
