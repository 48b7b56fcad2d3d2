import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions } from "../helpers/admin"
import { createBrands, createProducts } from "../helpers/fixtures"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(60 * 1000)

/*
 * The core Products list under Medusa's view_configurations flag, which the demo store turns on:
 * the columns it is offered and the request its Brand filter sends.
 */
medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    it("offers a Brand column shown by default after Collection, and a Brand relationship filter", async () => {
      const admin = await adminRequestOptions(api, getContainer())
      const { data } = await api.get("/admin/views/products/columns", admin)
      const byField = new Map(data.columns.map((column: { field: string }) => [column.field, column]))
      expect(byField.get("brand.name")).toMatchObject({ default_visible: true, default_order: 250 })
      expect(byField.get("collection.title")).toMatchObject({ default_visible: true, default_order: 200 })
      // The dashboard's filter for this column sends brand[id][…]; brandsVitePlugin lets it search brands on the server.
      expect(byField.get("brand.id")).toMatchObject({
        filter: { enabled: true, relationship: { entity: "Brand", endpoint: "/admin/brands", value_field: "id", display_field: "name" } },
      })
      expect((byField.get("brand.id") as { filter: { relationship: object } }).filter.relationship).not.toHaveProperty("filter_key")
    })

    it("answers the list's request with the Brand column and filter", async () => {
      const container = getContainer()
      const admin = await adminRequestOptions(api, container)
      const [acme, northwind] = await createBrands(container, ["Acme", "Northwind"])
      const anvils = await createProducts(container, { count: 3, title: "Anvil", brandId: acme.id })
      await createProducts(container, { count: 2, title: "Compass", brandId: northwind.id })
      await createProducts(container, { count: 1, title: "Plain" })
      // As the configurable list sends it (fields from its visible columns, filter brand.id expanded to brand[id]).
      const { data } = await api.get(
        `/admin/products?fields=id,title,brand.name&brand[id][0]=${acme.id}&order=title&limit=20&offset=0&is_giftcard=false`,
        admin
      )
      expect(data.count).toEqual(3)
      expect(data.products.map((product: { id: string; brand: { name: string } }) => [product.id, product.brand.name])).toEqual(
        anvils.map((product) => [product.id, "Acme"])
      )
      const all = await api.get("/admin/products?fields=id,brand.name&order=title&limit=20", admin)
      expect(all.data.products.map((product: { brand: { name: string } | null }) => product.brand?.name ?? null)).toEqual([
        "Acme", "Acme", "Acme", "Northwind", "Northwind", null,
      ])
    })
  },
})
