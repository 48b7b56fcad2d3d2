import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ProductStatus } from "@medusajs/framework/utils"
import { brandIdsOf, createBrands, createProducts } from "../helpers/fixtures"
import { adminRequestOptions } from "../helpers/admin"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    it("GET /admin/brands/health reports each figure, and the one-click fixes clear them", async () => {
      const container = getContainer()
      const names = ["Acme", "ACME Inc.", "Acmé GmbH & Co.", "Globex", "Globex, Ltd", "Initech", "Hooli", "Umbrella Co", "Disco"]
      const [acme, acmeInc, acmeGmbh, globex, globexLtd, initech, hooli] = await createBrands(container, names)
      await api.post(`/admin/brands/${initech.id}`, { is_active: false }, admin)
      await createProducts(container, { count: 2, title: "Anvil", brandId: acme.id })
      await createProducts(container, { count: 1, title: "Rocket", brandId: acmeInc.id })
      await createProducts(container, { count: 3, title: "Stapler", brandId: initech.id })
      await createProducts(container, { count: 1, title: "Globe", brandId: globex.id })
      const unbranded = await createProducts(container, { count: 4, title: "Loose" })
      await createProducts(container, { count: 2, title: "Draft", status: ProductStatus.DRAFT })

      const { data } = await api.get("/admin/brands/health", admin)
      expect(data).toEqual({
        unbranded_products: { count: 4 },
        inactive_brand_products: {
          count: 3,
          brand_count: 1,
          brands: [{ id: initech.id, name: "Initech", handle: "initech", product_count: 3 }],
        },
        brands_without_products: {
          count: 5,
          brands: ["Acmé GmbH & Co.", "Disco", "Globex, Ltd", "Hooli", "Umbrella Co"].map((name) =>
            expect.objectContaining({ name, is_active: true })
          ),
        },
        duplicate_groups: {
          count: 2,
          groups: [
            {
              key: "acme",
              brands: [
                { id: acme.id, name: "Acme", handle: "acme", is_active: true, product_count: 2 },
                { id: acmeInc.id, name: "ACME Inc.", handle: "acme-inc", is_active: true, product_count: 1 },
                { id: acmeGmbh.id, name: "Acmé GmbH & Co.", handle: "acme-gmbh-co", is_active: true, product_count: 0 },
              ],
            },
            {
              key: "globex",
              brands: [
                expect.objectContaining({ id: globex.id, product_count: 1 }),
                expect.objectContaining({ id: globexLtd.id, product_count: 0 }),
              ],
            },
          ],
        },
      })
      expect(hooli.handle).toEqual("hooli")

      // Unbranded published products, paged and searched, for "give them a brand".
      const page = await api.get("/admin/brands/health/unbranded-products?limit=3&order=title", admin)
      expect(page.data).toEqual({
        products: unbranded.slice(0, 3).map((product) => expect.objectContaining({ id: product.id, title: product.title, status: "published" })),
        count: 4,
        offset: 0,
        limit: 3,
      })
      expect((await api.get("/admin/brands/health/unbranded-products?q=loose%20004", admin)).data.count).toEqual(1)

      // The fixes go through the ordinary routes (and so through the workflows).
      await api.post(`/admin/brands/${hooli.id}/products`, { add: unbranded.map((product) => product.id) }, admin)
      await api.post(`/admin/brands/${initech.id}/products/move`, { to_brand_id: hooli.id }, admin)
      await api.post(`/admin/brands/${acme.id}/merge`, { brand_ids: [acmeInc.id, acmeGmbh.id] }, admin)
      await api.post(`/admin/brands/${globex.id}/merge`, { brand_ids: [globexLtd.id] }, admin)
      expect(await brandIdsOf(container, unbranded[0].id)).toEqual([hooli.id])

      const after = (await api.get("/admin/brands/health", admin)).data
      expect(after.unbranded_products.count).toEqual(0)
      expect(after.inactive_brand_products).toEqual({ count: 0, brand_count: 0, brands: [] })
      expect(after.duplicate_groups).toEqual({ count: 0, groups: [] })
      expect(after.brands_without_products.brands.map((brand: { name: string }) => brand.name)).toEqual(["Disco", "Initech", "Umbrella Co"])
    })
  },
})
