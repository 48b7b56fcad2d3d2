import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import { brandIdsOf, createBrands, productBrandRows } from "../helpers/fixtures"
import { STORE_WITH_OWN_PRODUCT_HOOKS_DIR } from "../helpers/stores"
import { FAILING_ERP_ID } from "../hosts/store-with-own-product-hooks/src/workflows/hooks/erp"

jest.setTimeout(60 * 1000)

/*
 * A store that validates its own additional_data key (erp_id) on the core product routes and has
 * its own productsCreated/productsUpdated handlers, composed with the plugin's as the README shows
 * (option productHooks: false). Both the store's key and the brand must arrive.
 */
medusaIntegrationTestRunner({
  cwd: STORE_WITH_OWN_PRODUCT_HOOKS_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let acme: { id: string }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
      ;[acme] = await createBrands(getContainer(), ["Acme"])
    })

    const productBody = (title: string, additional_data: Record<string, unknown>) => ({
      title,
      options: [{ title: "Size", values: ["One size"] }],
      variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 10 }] }],
      additional_data,
    })
    const erpIdOf = async (id: string) =>
      (await api.get(`/admin/products/${id}?fields=id,metadata`, admin)).data.product.metadata?.erp_id

    it("keeps the store's own additional_data key and links the brand, on create and update", async () => {
      const { data } = await api.post("/admin/products", productBody("Anvil", { brand_id: acme.id, erp_id: "ERP-1" }), admin)
      expect(await erpIdOf(data.product.id)).toEqual("ERP-1")
      expect(await brandIdsOf(getContainer(), data.product.id)).toEqual([acme.id])

      await api.post(`/admin/products/${data.product.id}`, { additional_data: { erp_id: "ERP-2" } }, admin)
      expect(await erpIdOf(data.product.id)).toEqual("ERP-2")
      expect(await brandIdsOf(getContainer(), data.product.id)).toEqual([acme.id])

      await api.post(`/admin/products/${data.product.id}`, { additional_data: { brand_id: null } }, admin)
      expect(await brandIdsOf(getContainer(), data.product.id)).toEqual([])
      expect(await erpIdOf(data.product.id)).toEqual("ERP-2")
    })

    // The runner runs no migration scripts, so this database has no brand_product_count table:
    // counts then come from the link table itself.
    it("counts a brand's products without the counter table the migration scripts create", async () => {
      const { data } = await api.post("/admin/products", productBody("Counted", { brand_id: acme.id }), admin)
      const counts = async () => [
        (await api.get(`/admin/brands/${acme.id}/products?fields=id`, admin)).data.count,
        (await api.get(`/admin/brands?id=${acme.id}&fields=id,product_count`, admin)).data.brands[0].product_count,
      ]
      expect(await counts()).toEqual([1, 1])
      await api.post(`/admin/products/${data.product.id}`, { additional_data: { brand_id: null } }, admin)
      expect(await counts()).toEqual([0, 0])
    })

    it("validates both keys: the store's rule and the plugin's", async () => {
      const badErp = await failed(api.post("/admin/products", productBody("Bad ERP", { brand_id: acme.id, erp_id: 42 }), admin))
      expect(badErp.status).toEqual(400)
      expect(badErp.data.message).toMatch(/'string' for field 'additional_data, erp_id'/)

      const badBrand = await failed(api.post("/admin/products", productBody("Bad brand", { brand_id: 42, erp_id: "ERP-3" }), admin))
      expect(badBrand.status).toEqual(400)
      expect(badBrand.data.message).toMatch(/additional_data, brand_id/)

      const unknownBrand = await failed(api.post("/admin/products", productBody("Ghost", { brand_id: "brand_missing" }), admin))
      expect(unknownBrand.status).toEqual(400)
      expect(unknownBrand.data.message).toContain("brand_missing")
      expect((await api.get("/admin/products?fields=id", admin)).data.count).toEqual(0)
    })

    it("rolls the brand back when the store's own work in the same hook fails", async () => {
      const response = await failed(api.post("/admin/products", productBody("Refused", { brand_id: acme.id, erp_id: FAILING_ERP_ID }), admin))
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect((await api.get("/admin/products?fields=id", admin)).data.count).toEqual(0)
      expect((await productBrandRows(getContainer())).filter((row: { dismissed: boolean }) => !row.dismissed)).toEqual([])
    })
  },
})
