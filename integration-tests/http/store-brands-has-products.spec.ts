import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { failed } from "../helpers/admin"
import { FilterCatalogue, queryString, seedFilterCatalogue } from "../helpers/brand-filter-catalogue"
import { createBrands, createProducts, createPublishableKey } from "../helpers/fixtures"
import { statementsDuring } from "../helpers/sql-statements"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(120 * 1000)

const ids = (items: { id: string }[]) => items.map((item) => item.id)

/*
 * GET /store/brands?has_products=true lists the active brands with at least one published product
 * in the publishable key's sales channels; pages and counts are compared with the same query in SQL.
 */
medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let c: FilterCatalogue

    beforeEach(async () => {
      const container = getContainer()
      c = await seedFilterCatalogue(container)
      // Brands whose products a shopper of the webshop cannot see, and one with a deleted product.
      const [, draftOnly, elsewhereOnly, deletedOnly] = await createBrands(container, ["Empty", "Draft only", "Elsewhere only", "Deleted only"])
      await createProducts(container, { count: 2, title: "Draft", brandId: draftOnly.id, salesChannelId: c.webshop.id, status: ProductStatus.DRAFT })
      await createProducts(container, { count: 1, title: "Far", brandId: elsewhereOnly.id, salesChannelId: c.marketplace.id })
      const gone = await createProducts(container, { count: 1, title: "Gone", brandId: deletedOnly.id, salesChannelId: c.webshop.id })
      await deleteProductsWorkflow(container).run({ input: { ids: ids(gone) } })
    })

    const expectedBrandIds = async (salesChannelIds: string[], q?: string) => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `SELECT b.id FROM brand b
         WHERE b.deleted_at IS NULL AND b.is_active ${q ? "AND (b.name ILIKE ? OR b.handle ILIKE ?)" : ""}
           AND EXISTS (SELECT 1 FROM product_brand pb JOIN product p ON p.id = pb.product_id
             WHERE pb.brand_id = b.id AND pb.deleted_at IS NULL AND p.deleted_at IS NULL AND p.status = 'published'
               AND EXISTS (SELECT 1 FROM product_sales_channel psc
                 WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?)))
         ORDER BY b.name, b.id`,
        [...(q ? [`%${q}%`, `%${q}%`] : []), salesChannelIds]
      )
      return rows.map((row: { id: string }) => row.id)
    }

    it("lists only brands with a published product in the key's channels, paged with exact counts", async () => {
      const marketplaceKey = await createPublishableKey(getContainer(), [c.marketplace.id])
      const bothKey = await createPublishableKey(getContainer(), [c.webshop.id, c.marketplace.id])
      const keys: [{ headers: Record<string, string> }, string[]][] = [
        [c.store, [c.webshop.id]],
        [marketplaceKey, [c.marketplace.id]],
        [bothKey, [c.webshop.id, c.marketplace.id]],
      ]
      for (const [key, salesChannelIds] of keys) {
        for (const q of [undefined, "o"]) {
          const expected = await expectedBrandIds(salesChannelIds, q)
          for (let offset = 0; offset === 0 || offset < expected.length; offset += 2) {
            const { data } = await api.get(
              `/store/brands?${queryString({ has_products: "true", q, order: "name", limit: 2, offset })}`,
              key
            )
            expect({ salesChannelIds, q, offset, count: data.count, ids: ids(data.brands) }).toEqual({
              salesChannelIds,
              q,
              offset,
              count: expected.length,
              ids: expected.slice(offset, offset + 2),
            })
          }
        }
      }
      // The webshop sees Acme and Northwind only: not the inactive, deleted, empty, draft, elsewhere or deleted-product brands.
      expect(await expectedBrandIds([c.webshop.id])).toEqual([c.acme.id, c.northwind.id])
      // Without has_products every active brand is listed.
      expect((await api.get("/store/brands?limit=100", c.store)).data.count).toEqual(6)
    })

    it("filters in the brand query's SQL", async () => {
      const { statements } = await statementsDuring(getContainer(), () => api.get("/store/brands?has_products=true&limit=1", c.store))
      const linkStatements = statements.filter((sql) => sql.includes("product_brand"))
      expect(linkStatements).toHaveLength(2)
      for (const sql of linkStatements) {
        expect(sql).toMatch(/^select .+ from "brand" as "b0" where .*exists \(select 1 from "public"\."product_brand" .*exists \(select 1 from "public"\."product_sales_channel"/)
      }
    })

    it("refuses has_products other than true, and a key without sales channels, with a message", async () => {
      for (const value of ["false", "1", "yes"]) {
        const response = await failed(api.get(`/store/brands?has_products=${value}`, c.store))
        expect([value, response.status, response.data.message]).toEqual([value, 400, `Invalid request: Expected: 'true' for field 'has_products', but got: '${value}'`])
      }
      const noChannels = await createPublishableKey(getContainer(), [])
      const response = await failed(api.get("/store/brands?has_products=true", noChannels))
      expect([response.status, response.data.message]).toEqual([400, "Publishable key needs to have a sales channel configured"])
    })
  },
})
