import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import {
  brandIdsOf,
  createBrands,
  createProducts,
  createSalesChannel,
  productBrandRows,
  salesChannelIdsOf,
} from "../helpers/fixtures"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_COLUMNS } from "medusa-brands/api/utils/brand-products"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }
    let acme: { id: string }
    let northwind: { id: string }
    let channel: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminRequestOptions(api, container)
      ;[acme, northwind] = await createBrands(container, ["Acme", "Northwind"])
      channel = await createSalesChannel(container)
    })

    const productBody = (title: string, additional_data?: Record<string, unknown>) => ({
      title,
      options: [{ title: "Size", values: ["One size"] }],
      variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 10 }] }],
      sales_channels: [{ id: channel.id }],
      ...(additional_data ? { additional_data } : {}),
    })

    const productCount = async (q: string) => (await api.get(`/admin/products?q=${q}&fields=id`, admin)).data.count

    describe("POST /admin/products with additional_data.brand_id", () => {
      it("creates the product already linked to the brand", async () => {
        const emit = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const { data } = await api.post("/admin/products", productBody("Anvil", { brand_id: acme.id }), admin)
        // The new product is linked in one statement; the link module's event is emitted alike.
        const [link] = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("product_brand")
          .select("id")
          .where({ product_id: data.product.id })
        const attached = emit.mock.calls.flatMap(([message]) => (Array.isArray(message) ? message : [message]))
          .filter((message) => message.name === "LinkProductBrand.attached")
        expect(attached).toEqual([
          expect.objectContaining({
            data: { id: link.id },
            metadata: expect.objectContaining({ source: "ProductProductBrandBrandLink", object: "LinkProductBrand", action: "attached" }),
          }),
        ])
        emit.mockRestore()

        const product = await api.get(`/admin/products/${data.product.id}?fields=id,+brand.*`, admin)
        expect(product.data.product.brand).toEqual(expect.objectContaining({ id: acme.id, name: "Acme" }))

        const list = await api.get("/admin/products?fields=id,brand.handle", admin)
        expect(list.data.products).toEqual([{ id: data.product.id, brand: { id: acme.id, handle: "acme" } }])
        expect(await salesChannelIdsOf(getContainer(), data.product.id)).toEqual([channel.id])
      })

      it("creates the product without a brand when brand_id is absent or null", async () => {
        const plain = await api.post("/admin/products", productBody("Plain"), admin)
        const explicitNull = await api.post("/admin/products", productBody("Null brand", { brand_id: null }), admin)
        for (const { data } of [plain, explicitNull]) {
          expect(await brandIdsOf(getContainer(), data.product.id)).toEqual([])
        }
      })

      it("fails with a 4xx naming an unknown brand and leaves no product behind", async () => {
        const response = await failed(api.post("/admin/products", productBody("Ghost", { brand_id: "brand_missing" }), admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("brand_missing")
        expect(await productCount("Ghost")).toEqual(0)
        expect(await productBrandRows(getContainer())).toEqual([])
      })

      it("fails for a deleted brand and leaves no product behind", async () => {
        await api.delete(`/admin/brands/${northwind.id}`, admin)
        const response = await failed(api.post("/admin/products", productBody("Late", { brand_id: northwind.id }), admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(northwind.id)
        expect(await productCount("Late")).toEqual(0)
      })

      it("validates brand_id", async () => {
        for (const brand_id of ["", 42, ["brand_1"], { id: "brand_1" }]) {
          const response = await failed(api.post("/admin/products", productBody("Bad", { brand_id }), admin))
          expect([brand_id, response.status]).toEqual([brand_id, 400])
          expect(response.data.message).toMatch(/brand_id/)
        }
        expect(await productCount("Bad")).toEqual(0)
      })
    })

    describe("POST /admin/products/:id with additional_data.brand_id", () => {
      let productId: string

      beforeEach(async () => {
        const { data } = await api.post("/admin/products", productBody("Anvil", { brand_id: acme.id }), admin)
        productId = data.product.id
      })

      const update = (body: Record<string, unknown>) => api.post(`/admin/products/${productId}`, body, admin)

      it("moves the product to another brand, keeping its sales channel", async () => {
        await update({ additional_data: { brand_id: northwind.id } })
        expect(await brandIdsOf(getContainer(), productId)).toEqual([northwind.id])
        expect(await salesChannelIdsOf(getContainer(), productId)).toEqual([channel.id])
        const rows = await productBrandRows(getContainer())
        expect(rows).toHaveLength(2)
        expect(rows).toEqual(
          expect.arrayContaining([
            { product_id: productId, brand_id: acme.id, dismissed: true },
            { product_id: productId, brand_id: northwind.id, dismissed: false },
          ])
        )
      })

      it("clears the brand with null, keeping its sales channel", async () => {
        await update({ additional_data: { brand_id: null } })
        expect(await brandIdsOf(getContainer(), productId)).toEqual([])
        expect(await salesChannelIdsOf(getContainer(), productId)).toEqual([channel.id])
      })

      it("leaves the brand alone when brand_id is absent", async () => {
        await update({ title: "Anvil 2" })
        await update({ title: "Anvil 3", additional_data: {} })
        expect(await brandIdsOf(getContainer(), productId)).toEqual([acme.id])
        expect(await salesChannelIdsOf(getContainer(), productId)).toEqual([channel.id])
      })

      it("keeps the same brand when it is sent again", async () => {
        await update({ additional_data: { brand_id: acme.id } })
        expect(await productBrandRows(getContainer())).toEqual([
          { product_id: productId, brand_id: acme.id, dismissed: false },
        ])
      })

      it("rolls the whole update back for an unknown or deleted brand", async () => {
        await api.delete(`/admin/brands/${northwind.id}`, admin)
        for (const brand_id of ["brand_missing", northwind.id]) {
          const response = await failed(update({ title: "Renamed", additional_data: { brand_id } }))
          expect(response.status).toEqual(400)
          expect(response.data.message).toContain(brand_id)
        }
        const { data } = await api.get(`/admin/products/${productId}?fields=title,brand.id`, admin)
        expect(data.product).toEqual(expect.objectContaining({ title: "Anvil", brand: { id: acme.id } }))
        expect(await salesChannelIdsOf(getContainer(), productId)).toEqual([channel.id])
      })
    })

    describe("DELETE /admin/brands/:id", () => {
      it("unlinks the brand's products and leaves them and their other links in place", async () => {
        const products = await createProducts(getContainer(), { count: 3, brandId: acme.id, salesChannelId: channel.id })
        const [other] = await createProducts(getContainer(), { count: 1, brandId: northwind.id, title: "Other" })

        await api.delete(`/admin/brands/${acme.id}`, admin)

        for (const product of products) {
          const { data } = await api.get(`/admin/products/${product.id}?fields=id,brand.id`, admin)
          expect(data.product.id).toEqual(product.id)
          expect(data.product.brand ?? null).toBeNull()
          expect(await salesChannelIdsOf(getContainer(), product.id)).toEqual([channel.id])
        }
        expect(await brandIdsOf(getContainer(), other.id)).toEqual([northwind.id])
        expect((await api.get("/admin/brands", admin)).data.brands.map((brand: any) => brand.id)).toEqual([northwind.id])
      })
    })

    describe("POST /admin/brands/:id/products", () => {
      it("adds, moves and removes products in bulk", async () => {
        const [p1, p2, p3] = await createProducts(getContainer(), { count: 3, salesChannelId: channel.id })
        await createProducts(getContainer(), { count: 1, brandId: northwind.id, title: "Stays" })

        const added = await api.post(`/admin/brands/${acme.id}/products`, { add: [p1.id, p2.id] }, admin)
        expect(added.data.brand.id).toEqual(acme.id)
        expect(await brandIdsOf(getContainer(), p1.id)).toEqual([acme.id])
        expect(await brandIdsOf(getContainer(), p2.id)).toEqual([acme.id])

        // Moving: p2 leaves Acme for Northwind; p3 joins Northwind.
        await api.post(`/admin/brands/${northwind.id}/products`, { add: [p2.id, p3.id] }, admin)
        expect(await brandIdsOf(getContainer(), p2.id)).toEqual([northwind.id])
        expect(await brandIdsOf(getContainer(), p3.id)).toEqual([northwind.id])

        // Removing only unlinks products of this brand: p3 belongs to Northwind and stays there.
        await api.post(`/admin/brands/${acme.id}/products`, { remove: [p1.id, p3.id] }, admin)
        expect(await brandIdsOf(getContainer(), p1.id)).toEqual([])
        expect(await brandIdsOf(getContainer(), p3.id)).toEqual([northwind.id])

        const counts = await api.get("/admin/brands?fields=handle,product_count&order=name", admin)
        expect(counts.data.brands).toEqual([
          { id: acme.id, handle: "acme", product_count: 0 },
          { id: northwind.id, handle: "northwind", product_count: 3 },
        ])
        for (const product of [p1, p2, p3]) {
          expect(await salesChannelIdsOf(getContainer(), product.id)).toEqual([channel.id])
        }
      })

      it("changes nothing when a product id is unknown", async () => {
        const [p1] = await createProducts(getContainer(), { count: 1 })
        const before = await productBrandRows(getContainer())
        const response = await failed(
          api.post(`/admin/brands/${acme.id}/products`, { add: [p1.id, "prod_missing", "brand_not_a_product"] }, admin)
        )
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("prod_missing")
        expect(response.data.message).toContain("brand_not_a_product")
        expect(await productBrandRows(getContainer())).toEqual(before)
      })

      it("rejects a product that is both added and removed", async () => {
        const [p1] = await createProducts(getContainer(), { count: 1 })
        const response = await failed(api.post(`/admin/brands/${acme.id}/products`, { add: [p1.id], remove: [p1.id] }, admin))
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(p1.id)
      })
    })

    describe("GET /admin/brands/:id/products", () => {
      it("lists the most recently linked products first by default", async () => {
        // Created in one order, linked in another: neither title nor creation order matches the link order.
        const [first, second, third] = await createProducts(getContainer(), { count: 3, title: "Linked" })
        for (const product of [second, third, first]) {
          await api.post(`/admin/brands/${acme.id}/products`, { add: [product.id] }, admin)
        }
        const page = async (query = "") =>
          (await api.get(`/admin/brands/${acme.id}/products?fields=id${query}`, admin)).data.products.map((p: any) => p.id)
        expect(await page()).toEqual([first.id, third.id, second.id])
        expect(await page("&limit=2&offset=1")).toEqual([third.id, second.id])

        // A product moved away and back counts as linked again.
        await api.post(`/admin/brands/${northwind.id}/products`, { add: [second.id] }, admin)
        await api.post(`/admin/brands/${acme.id}/products`, { add: [second.id] }, admin)
        expect(await page()).toEqual([second.id, first.id, third.id])
        expect(await page("&order=title")).toEqual([first.id, second.id, third.id])
      })

      it("reads product columns in the page statement exactly as query.graph returns them", async () => {
        const { data: collection } = await api.post("/admin/collections", { title: "Tools" }, admin)
        const { data: type } = await api.post("/admin/product-types", { value: "Hardware" }, admin)
        const { data } = await api.post(
          "/admin/products",
          {
            ...productBody("Every column", { brand_id: acme.id }),
            subtitle: "Sub",
            description: "Described",
            is_giftcard: false,
            discountable: false,
            status: "published",
            thumbnail: "https://example.com/anvil.png",
            weight: 1.5,
            length: 2.25,
            height: 3,
            width: 4.125,
            origin_country: "de",
            hs_code: "8205",
            mid_code: "MID1",
            material: "Steel",
            external_id: "ext-1",
            metadata: { erp: "A-1", nested: { list: [1, "two", null] } },
            collection_id: collection.collection.id,
            type_id: type.product_type.id,
          },
          admin
        )
        await createProducts(getContainer(), { count: 2, brandId: acme.id, title: "Plain" })
        const fields = PRODUCT_COLUMNS.join(",")
        const ours = await api.get(`/admin/brands/${acme.id}/products?fields=${fields}&order=title`, admin)
        const core = await api.get(`/admin/products?fields=${fields}&order=title&limit=3`, admin)
        expect(ours.data.products).toHaveLength(3)
        expect(ours.data.products).toEqual(core.data.products)
        expect(ours.data.products[0]).toEqual(expect.objectContaining({ id: data.product.id, weight: 1.5, material: "Steel" }))
      })


      it("pages through 45 products with correct counts and contents", async () => {
        const products = await createProducts(getContainer(), { count: 45, brandId: acme.id, title: "Item" })
        await createProducts(getContainer(), { count: 5, brandId: northwind.id, title: "Elsewhere" })
        const titles = products.map((product) => product.title).sort()

        const seen: string[] = []
        for (const offset of [0, 20, 40]) {
          const { data } = await api.get(
            `/admin/brands/${acme.id}/products?order=title&limit=20&offset=${offset}&fields=id,title`,
            admin
          )
          expect(data).toEqual(expect.objectContaining({ count: 45, offset, limit: 20 }))
          expect(data.products).toHaveLength(offset === 40 ? 5 : 20)
          seen.push(...data.products.map((product: any) => product.title))
        }
        expect(seen).toEqual(titles)

        const descending = await api.get(`/admin/brands/${acme.id}/products?order=-title&limit=3&fields=title`, admin)
        expect(descending.data.products.map((product: any) => product.title)).toEqual(titles.slice(-3).reverse())

        const searched = await api.get(`/admin/brands/${acme.id}/products?q=item 04&fields=title`, admin)
        expect(searched.data.count).toEqual(6)
        expect(searched.data.products.map((product: any) => product.title).sort()).toEqual(
          titles.filter((title) => title.startsWith("Item 04"))
        )

        const wildcard = await api.get(`/admin/brands/${acme.id}/products?q=%25`, admin)
        expect(wildcard.data.count).toEqual(0)

        const byDefault = await api.get(`/admin/brands/${acme.id}/products`, admin)
        // Most recently linked first: the five linked last come first, in that order.
        const lastLinked = await getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)("product_brand")
          .select("product_id")
          .where({ brand_id: acme.id })
          .whereNull("deleted_at")
          .orderBy([{ column: "created_at", order: "desc" }, { column: "product_id", order: "desc" }])
          .limit(5)
        expect(byDefault.data.products.slice(0, 5).map((product: any) => product.id)).toEqual(lastLinked.map((row: any) => row.product_id))
        expect(byDefault.data.products[0]).toEqual({
          id: expect.any(String),
          title: expect.any(String),
          handle: expect.any(String),
          status: "published",
          thumbnail: null,
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })
      })
    })
  },
})
