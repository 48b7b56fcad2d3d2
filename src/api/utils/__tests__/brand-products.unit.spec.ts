// The link definition registers itself with Medusa's module registry, which must be loaded first.
import "@medusajs/framework/modules-sdk"
import { defaultAdminBrandProductFields } from "../../admin/brands/query-config"
import { brandProductPageQueries, PRODUCT_COLUMNS, productColumnsOnly } from "../brand-products"

describe("productColumnsOnly", () => {
  it("keeps field lists the page statement can read from the product table", () => {
    // The admin brand page's own fields.
    expect(productColumnsOnly(defaultAdminBrandProductFields)).toEqual(defaultAdminBrandProductFields)
    expect(productColumnsOnly([...PRODUCT_COLUMNS])).toEqual([...PRODUCT_COLUMNS])
  })

  it("leaves relations, links, wildcards and lists without id to query.graph", () => {
    for (const fields of [["title"], ["id", "brand.*"], ["id", "*variants"], ["id", "variants.sku"], ["id", "*"], ["id", "sales_channels"]]) {
      expect([fields, productColumnsOnly(fields)]).toEqual([fields, null])
    }
  })
})

describe("brandProductPageQueries", () => {
  const page = { brandId: "brand_1", skip: 40, take: 20 }

  it("returns the requested product columns in link order with the page, and reads the count from the counter", () => {
    const { page: statement, count, countByScan } = brandProductPageQueries(page, ["id", "title"])
    expect(statement.sql).toContain(`, p."id", p."title" FROM`)
    expect(statement.sql).toContain("ORDER BY l.created_at DESC, l.product_id DESC LIMIT ? OFFSET ?")
    expect(statement.bindings).toEqual(["brand_1", "brand_1", 20, 40])
    expect(count.sql).toContain('FROM "brand_product_count" WHERE brand_id = ANY(?)')
    expect(count.bindings).toEqual([["brand_1"]])
    expect(countByScan.sql).toMatch(/^SELECT count\(\*\) AS count FROM "product_brand" l WHERE/)
  })

  it("joins no product for ids only, and counts by scanning when products are filtered", () => {
    const { page: statement, count, countByScan } = brandProductPageQueries({ ...page, q: "anvil" })
    expect(statement.sql).not.toContain("LEFT JOIN product p ON p.id = page.product_id")
    expect(count).toBe(countByScan)
    expect(count.sql).toContain("p.title ILIKE ?")
  })

  it("refuses anything but product columns", () => {
    expect(() => brandProductPageQueries(page, ["id", "title; drop table product"])).toThrow(/Not product columns/)
  })
})
