import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ProductStatus } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import { createBrands, createProducts, createPublishableKey, createSalesChannel } from "../helpers/fixtures"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(60 * 1000)

const PUBLIC_BRAND_KEYS = [
  "banner_url",
  "description",
  "handle",
  "id",
  "is_featured",
  "logo_url",
  "name",
  "rank",
  "seo_description",
  "seo_title",
]
/** What the store shows of a brand that has none of the storefront fields set. */
const PLAIN = { banner_url: null, seo_title: null, seo_description: null, is_featured: false, rank: 0 }

const ids = (items: { id: string }[]) => items.map((item) => item.id)
const sortedKeys = (value: object) => Object.keys(value).sort()

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let acme: { id: string }
    let northwind: { id: string }
    let dormant: { id: string }
    let removed: { id: string }
    let listed: { id: string }[]
    let draft: { id: string }
    let elsewhere: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminRequestOptions(api, container)
      const webshop = await createSalesChannel(container, "Webshop")
      const marketplace = await createSalesChannel(container, "Marketplace")
      store = await createPublishableKey(container, [webshop.id])
      ;[acme, northwind, dormant, removed] = await createBrands(container, ["Acme", "Northwind", "Dormant", "Removed"])
      await api.post(`/admin/brands/${acme.id}`, { description: "Gear", metadata: { tier: "gold" } }, admin)
      await api.post(`/admin/brands/${dormant.id}`, { is_active: false }, admin)

      listed = await createProducts(container, { count: 3, title: "Anvil", brandId: acme.id, salesChannelId: webshop.id })
      ;[draft] = await createProducts(container, {
        count: 1,
        title: "Draft",
        brandId: acme.id,
        salesChannelId: webshop.id,
        status: ProductStatus.DRAFT,
      })
      ;[elsewhere] = await createProducts(container, {
        count: 1,
        title: "Elsewhere",
        brandId: acme.id,
        salesChannelId: marketplace.id,
      })
      await createProducts(container, { count: 1, title: "Dormant", brandId: dormant.id, salesChannelId: webshop.id })
      await createProducts(container, { count: 1, title: "Removed", brandId: removed.id, salesChannelId: webshop.id })
      await api.delete(`/admin/brands/${removed.id}`, admin)
    })

    it("needs a publishable key, with core's error, and refuses writes", async () => {
      const core = await failed(api.get("/store/products"))
      expect(core.status).toEqual(400)
      for (const path of ["/store/brands", `/store/brands/${acme.id}`, `/store/brands/${acme.id}/products`]) {
        const response = await failed(api.get(path))
        expect([path, response.status, response.data]).toEqual([path, core.status, core.data])
      }

      const writes: [string, string][] = [
        ["post", "/store/brands"],
        ["post", `/store/brands/${acme.id}`],
        ["delete", `/store/brands/${acme.id}`],
        ["post", `/store/brands/${acme.id}/products`],
        ["delete", `/store/brands/${acme.id}/products`],
      ]
      for (const [method, path] of writes) {
        const request = method === "post" ? api.post(path, { name: "Hacked", add: [draft.id] }, store) : api.delete(path, store)
        const response = await failed(request)
        expect([method, path, [404, 405].includes(response.status)]).toEqual([method, path, true])
      }
      const { data } = await api.get(`/store/brands/${acme.id}`, store)
      expect(data.brand.name).toEqual("Acme")
      expect((await api.get(`/store/brands/${acme.id}/products`, store)).data.count).toEqual(3)
    })

    it("lists only active brands with their public fields, filtered, ordered and paged", async () => {
      const { data } = await api.get("/store/brands?order=name", store)
      expect(data).toEqual({ brands: expect.any(Array), count: 2, offset: 0, limit: 20 })
      expect(data.brands.map((brand: any) => brand.name)).toEqual(["Acme", "Northwind"])
      data.brands.forEach((brand: object) => expect(sortedKeys(brand)).toEqual(PUBLIC_BRAND_KEYS))

      const page = await api.get("/store/brands?order=-name&limit=1&offset=1", store)
      expect(page.data).toEqual({ brands: [expect.objectContaining({ name: "Acme" })], count: 2, offset: 1, limit: 1 })
      expect(ids((await api.get("/store/brands?q=NORTH", store)).data.brands)).toEqual([northwind.id])
      expect(ids((await api.get("/store/brands?handle=acme", store)).data.brands)).toEqual([acme.id])
      for (const hidden of ["q=dormant", "handle=dormant", "q=removed", "handle=removed"]) {
        expect([hidden, (await api.get(`/store/brands?${hidden}`, store)).data.count]).toEqual([hidden, 0])
      }

      // metadata only on request; internal fields are never returned, whatever is asked for.
      const withMetadata = await api.get("/store/brands?handle=acme&fields=+metadata", store)
      expect(withMetadata.data.brands[0].metadata).toEqual({ tier: "gold" })
      const internal = await api.get("/store/brands?handle=acme&fields=id,is_active,deleted_at,created_at,products.id", store)
      expect(internal.data.brands).toEqual([{ id: acme.id }])

      const invalid = ["limit=101", "offset=-1", "order=is_active", "is_active=false", "with_deleted=true", "id=x"]
      for (const queryString of invalid) {
        const response = await failed(api.get(`/store/brands?${queryString}`, store))
        expect([queryString, response.status]).toEqual([queryString, 400])
      }
    })

    it("returns an active brand by id and 404 for an inactive, deleted or unknown one", async () => {
      const { data } = await api.get(`/store/brands/${acme.id}`, store)
      expect(data.brand).toEqual({ id: acme.id, name: "Acme", handle: "acme", description: "Gear", logo_url: null, ...PLAIN })

      for (const id of [dormant.id, removed.id, "brand_missing"]) {
        for (const path of [`/store/brands/${id}`, `/store/brands/${id}/products`]) {
          const response = await failed(api.get(path, store))
          expect([path, response.status, response.data.type]).toEqual([path, 404, "not_found"])
        }
      }
    })

    it("lists a brand's published products in the key's sales channels, paged with correct counts", async () => {
      const { data } = await api.get(`/store/brands/${acme.id}/products?order=title`, store)
      expect(data).toEqual({ products: expect.any(Array), count: 3, offset: 0, limit: 20 })
      expect(ids(data.products)).toEqual(ids(listed))
      expect(ids(data.products)).not.toContain(draft.id)
      expect(ids(data.products)).not.toContain(elsewhere.id)
      // Core's default store fields, without pricing unless a region is given.
      expect(data.products[0]).toEqual(
        expect.objectContaining({ title: "Anvil 001", variants: [expect.objectContaining({ title: "One size" })] })
      )
      expect(data.products[0].status).toBeUndefined()
      expect(data.products[0].variants[0].calculated_price).toBeUndefined()

      const first = await api.get(`/store/brands/${acme.id}/products?order=-title&limit=2`, store)
      expect({ ...first.data, products: ids(first.data.products) }).toEqual({
        products: [listed[2].id, listed[1].id],
        count: 3,
        offset: 0,
        limit: 2,
      })
      const last = await api.get(`/store/brands/${acme.id}/products?order=-title&limit=2&offset=2`, store)
      expect({ ...last.data, products: ids(last.data.products) }).toEqual({
        products: [listed[0].id],
        count: 3,
        offset: 2,
        limit: 2,
      })

      // The default order is the most recently linked first.
      const [latest] = await createProducts(getContainer(), {
        count: 1,
        title: "Zephyr",
        brandId: acme.id,
        salesChannelId: (await api.get("/admin/sales-channels?name=Webshop", admin)).data.sales_channels[0].id,
      })
      const byLink = await api.get(`/store/brands/${acme.id}/products?fields=id`, store)
      expect(byLink.data).toEqual(expect.objectContaining({ count: 4 }))
      expect(byLink.data.products[0]).toEqual({ id: latest.id })

      // Counts trust live link rows; core's product deletion dismisses them.
      const adminCount = async () => (await api.get(`/admin/brands/${acme.id}/products?fields=id`, admin)).data.count
      expect(await adminCount()).toEqual(6)
      await api.delete(`/admin/products/${latest.id}`, admin)
      expect(await adminCount()).toEqual(5)
      expect((await api.get(`/store/brands/${acme.id}/products?fields=id`, store)).data.count).toEqual(3)

      const picked = await api.get(`/store/brands/${acme.id}/products?fields=id,title,status&limit=1&order=title`, store)
      expect(picked.data.products).toEqual([{ id: listed[0].id, title: "Anvil 001", status: "published" }])

      const invalid = ["limit=101", "order=status", "order=-variants", "q=anvil", "sales_channel_id=sc_1", "status=draft"]
      for (const queryString of invalid) {
        const response = await failed(api.get(`/store/brands/${acme.id}/products?${queryString}`, store))
        expect([queryString, response.status]).toEqual([queryString, 400])
      }
    })

    it("prices variants with region_id as core /store/products does", async () => {
      const { result } = await createRegionsWorkflow(getContainer()).run({
        input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"] }] },
      })
      const region = result[0]

      const path = `/store/brands/${acme.id}/products?order=title&region_id=${region.id}`
      const { data } = await api.get(path, store)
      const prices = data.products.map((product: any) => product.variants[0].calculated_price)
      expect(prices.map((price: any) => [price.currency_code, price.calculated_amount])).toEqual([
        ["eur", 1000],
        ["eur", 1001],
        ["eur", 1002],
      ])

      const core = await api.get(`/store/products?id=${listed[0].id}&region_id=${region.id}`, store)
      expect(data.products[0].variants[0].calculated_price).toEqual(core.data.products[0].variants[0].calculated_price)

      const unknown = await failed(api.get(`/store/brands/${acme.id}/products?region_id=reg_missing`, store))
      expect(unknown.status).toEqual(400)
    })

    it("prices with cart_id, and adds taxes with country_code, as core /store/products does", async () => {
      const region = async (name: string, currency_code: string, country: string) =>
        (await api.post("/admin/regions", { name, currency_code, countries: [country] }, admin)).data.region
      const europe = await region("Europe", "eur", "de")
      const america = await region("America", "usd", "us")
      await api.post(
        "/admin/tax-regions",
        { country_code: "de", provider_id: "tp_system", default_tax_rate: { name: "VAT", code: "VAT", rate: 19 } },
        admin
      )
      const cart = async (body: Record<string, unknown>) => (await api.post("/store/carts", body, store)).data.cart.id
      const americanCart = await cart({ region_id: america.id })
      const germanCart = await cart({ region_id: europe.id, shipping_address: { country_code: "de" } })
      const withPrices = `fields=${encodeURIComponent("+variants.calculated_price")}`

      // [query, currency, amount, amount with tax]; the first product by title costs 10.00 EUR or 12.00 USD.
      const cases: [string, string | undefined, number | undefined, number | undefined][] = [
        [`region_id=${europe.id}`, "eur", 1000, undefined],
        [`region_id=${europe.id}&country_code=de`, "eur", 1000, 1190],
        // A cart in a one-country region gets that country as its address; the US has no tax region here.
        [`cart_id=${americanCart}&${withPrices}`, "usd", 1200, 1200],
        [`cart_id=${germanCart}&${withPrices}`, "eur", 1000, 1190],
        // As in core, a cart alone does not ask for prices.
        [`cart_id=${germanCart}`, undefined, undefined, undefined],
      ]
      for (const [query, currency, amount, withTax] of cases) {
        const ours = (await api.get(`/store/brands/${acme.id}/products?order=title&limit=1&${query}`, store)).data
        const core = (await api.get(`/store/products?id=${listed[0].id}&${query}`, store)).data
        const price = ours.products[0].variants[0].calculated_price
        expect([query, ours.products[0].id, price?.currency_code, price?.calculated_amount, price?.calculated_amount_with_tax]).toEqual([
          query,
          listed[0].id,
          currency,
          amount,
          withTax,
        ])
        expect([query, price]).toEqual([query, core.products[0].variants[0].calculated_price])
      }
    })

    it("adds only the brand's public fields to store product routes, hiding inactive brands", async () => {
      const dormantProduct = (await api.get("/admin/products?q=Dormant&fields=id", admin)).data.products[0]
      const [one] = listed

      for (const fields of ["+brand.*", "*brand", "id,brand.*", "+brand.*,+brand.is_active,+brand.products.id"]) {
        const list = await api.get(`/store/products?fields=${encodeURIComponent(fields)}&order=title`, store)
        const brands = Object.fromEntries(list.data.products.map((product: any) => [product.id, product.brand]))
        expect([fields, brands[one.id]]).toEqual([
          fields,
          { id: acme.id, name: "Acme", handle: "acme", description: "Gear", logo_url: null, ...PLAIN, metadata: { tier: "gold" } },
        ])
        expect([fields, brands[dormantProduct.id]]).toEqual([fields, null])
      }

      const single = await api.get(`/store/products/${one.id}?fields=${encodeURIComponent("+brand.*")}`, store)
      expect(single.data.product.title).toEqual("Anvil 001")
      expect(sortedKeys(single.data.product.brand)).toEqual([...PUBLIC_BRAND_KEYS, "metadata"].sort())
      const named = await api.get(`/store/products/${one.id}?fields=id,brand.name`, store)
      expect(named.data.product.brand).toEqual({ id: acme.id, name: "Acme" })
      const hidden = await api.get(`/store/products/${dormantProduct.id}?fields=id,+brand.*`, store)
      expect(hidden.data.product.brand).toBeNull()

      const plain = await api.get(`/store/products/${one.id}`, store)
      expect(plain.data.product.brand).toBeUndefined()

      // The brand's own product list takes the same fields as core /store/products.
      const publicAcme = { id: acme.id, name: "Acme", handle: "acme", description: "Gear", logo_url: null, ...PLAIN, metadata: { tier: "gold" } }
      for (const [fields, expected] of [
        ["+brand.*", publicAcme],
        ["*brand", publicAcme],
        ["id,brand.name", { id: acme.id, name: "Acme" }],
      ] as const) {
        const page = await api.get(`/store/brands/${acme.id}/products?fields=${encodeURIComponent(fields)}&limit=1`, store)
        expect([fields, page.data.products[0].brand]).toEqual([fields, expected])
      }
    })
  },
})
