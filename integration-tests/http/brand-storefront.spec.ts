import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import { createBrands, createProducts, createPublishableKey, createSalesChannel } from "../helpers/fixtures"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(120 * 1000)

const names = (brands: { name: string }[]) => brands.map((brand) => brand.name)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminRequestOptions(api, container)
      const channel = await createSalesChannel(container)
      store = await createPublishableKey(container, [channel.id])
    })

    const create = async (body: Record<string, unknown>) => (await api.post("/admin/brands", body, admin)).data.brand
    const featuredOrder = async () =>
      names((await api.get("/admin/brands?is_featured=true&order=rank&limit=100", admin)).data.brands)

    it("stores the SEO fields, the banner, the featured flag and the rank, and shows them in both APIs", async () => {
      const brand = await create({
        name: "Müller Ærø",
        seo_title: "Müller Ærø — Danish design since 1921",
        seo_description: "Lamps, chairs and tables from Ærø.",
        banner_url: "https://cdn.example.com/muller-banner.jpg",
        is_featured: true,
      })
      expect(brand).toEqual(
        expect.objectContaining({
          handle: "muller-aero",
          seo_title: "Müller Ærø — Danish design since 1921",
          seo_description: "Lamps, chairs and tables from Ærø.",
          banner_url: "https://cdn.example.com/muller-banner.jpg",
          is_featured: true,
          rank: 0,
        })
      )
      expect(brand).not.toHaveProperty("search_name")

      const updated = (await api.post(`/admin/brands/${brand.id}`, { seo_title: null, rank: 5 }, admin)).data.brand
      expect([updated.seo_title, updated.rank, updated.seo_description]).toEqual([null, 5, "Lamps, chairs and tables from Ærø."])

      const { data } = await api.get(`/store/brands/${brand.id}`, store)
      expect(data.brand).toEqual({
        id: brand.id,
        name: "Müller Ærø",
        handle: "muller-aero",
        description: null,
        logo_url: null,
        banner_url: "https://cdn.example.com/muller-banner.jpg",
        seo_title: null,
        seo_description: "Lamps, chairs and tables from Ærø.",
        is_featured: true,
        rank: 5,
      })
      // The search form of the name is internal, even when asked for.
      for (const path of [`/store/brands/${brand.id}?fields=+search_name`, `/admin/brands/${brand.id}?fields=+search_name`]) {
        const response = await api.get(path, path.startsWith("/store") ? store : admin)
        expect(JSON.stringify(response.data)).not.toContain("search_name")
      }
    })

    it("derives handles from names in any script, the same as the admin form", async () => {
      const cases: [string, string][] = [
        ["Müller Ærø", "muller-aero"],
        ["Бренд", "brend"],
        ["Ελληνικά", "ellinika"],
        ["北京", "bei-jing"],
        ["서울", "seoul"],
        ["ꦗꦮ", "brand-"],
      ]
      for (const [name, handle] of cases) {
        const brand = await create({ name })
        expect([name, brand.handle.startsWith(handle)]).toEqual([name, true])
      }
      const symbols = await failed(api.post("/admin/brands", { name: "!!!" }, admin))
      expect(symbols.status).toEqual(400)
      expect(symbols.data.message).toMatch(/Cannot derive a handle from the brand name "!!!", which has no letter or digit; provide a handle/)
    })

    it("finds brands across cases and accents with q, in the admin and the store", async () => {
      await createBrands(getContainer(), ["MÜLLER", "Müller Ærø", "Crème de la Crème", "Other"])
      const search = async (path: string, q: string) => {
        const { data } = await api.get(`${path}?q=${encodeURIComponent(q)}&order=name`, path.startsWith("/store") ? store : admin)
        return [data.count, names(data.brands)]
      }
      for (const path of ["/admin/brands", "/store/brands"]) {
        expect(await search(path, "müller")).toEqual([2, ["MÜLLER", "Müller Ærø"]])
        expect(await search(path, "MULLER")).toEqual([2, ["MÜLLER", "Müller Ærø"]])
        expect(await search(path, "ærø")).toEqual([1, ["Müller Ærø"]])
        expect(await search(path, "CREME")).toEqual([1, ["Crème de la Crème"]])
        expect(await search(path, "crème de")).toEqual([1, ["Crème de la Crème"]])
        // Handles are searched too.
        expect(await search(path, "muller-aero")).toEqual([1, ["Müller Ærø"]])
      }
    })

    it("finds a brand's products across cases on the embedded database (UTF-8 locale)", async () => {
      const container = getContainer()
      const [brand] = await createBrands(container, ["Acme"])
      await createProducts(container, { count: 2, title: "ÜBERJACKE", brandId: brand.id })
      await createProducts(container, { count: 1, title: "Other", brandId: brand.id })
      const { data } = await api.get(`/admin/brands/${brand.id}/products?q=${encodeURIComponent("überjacke")}`, admin)
      expect(data.count).toEqual(2)
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw("select datlocprovider, datlocale from pg_database where datname = current_database()")
      expect(rows[0]).toEqual({ datlocprovider: "b", datlocale: "C.UTF-8" })
    })

    it("filters featured brands and orders the directory by rank, in the admin and the store", async () => {
      const [a, b] = [await create({ name: "Alpha", is_featured: true }), await create({ name: "Beta", is_featured: true })]
      await create({ name: "Gamma" })
      await create({ name: "Delta", is_featured: true, is_active: false })
      await create({ name: "Omega", rank: 3 })
      expect([a.rank, b.rank]).toEqual([0, 1])

      const featuredStore = (await api.get("/store/brands?is_featured=true&order=rank", store)).data
      expect([featuredStore.count, names(featuredStore.brands)]).toEqual([2, ["Alpha", "Beta"]])
      expect(names((await api.get("/store/brands?is_featured=false&order=name", store)).data.brands)).toEqual(["Gamma", "Omega"])
      // Ties in rank are ordered by name, so pages are stable.
      expect(names((await api.get("/store/brands?order=rank", store)).data.brands)).toEqual(["Alpha", "Gamma", "Beta", "Omega"])
      expect(names((await api.get("/store/brands?order=rank&limit=2&offset=2", store)).data.brands)).toEqual(["Beta", "Omega"])
      expect(await featuredOrder()).toEqual(["Alpha", "Beta", "Delta"])
      expect((await api.get("/admin/brands?is_featured=false", admin)).data.count).toEqual(2)
    })

    it("reorders the featured brands in one request, and refuses a stale list with a 409", async () => {
      const [a, b, c] = [
        await create({ name: "Alpha", is_featured: true }),
        await create({ name: "Beta", is_featured: true }),
        await create({ name: "Gamma", is_featured: true }),
      ]
      const plain = await create({ name: "Plain" })
      const { data } = await api.post("/admin/brands/featured/order?fields=id,name,rank", { brand_ids: [c.id, a.id, b.id] }, admin)
      expect(data.brands).toEqual([
        { id: c.id, name: "Gamma", rank: 0 },
        { id: a.id, name: "Alpha", rank: 1 },
        { id: b.id, name: "Beta", rank: 2 },
      ])
      expect(names((await api.get("/store/brands?is_featured=true&order=rank", store)).data.brands)).toEqual(["Gamma", "Alpha", "Beta"])

      // A brand featured after the page was loaded: the page's list is stale.
      await api.post(`/admin/brands/${plain.id}`, { is_featured: true }, admin)
      const stale = await failed(api.post("/admin/brands/featured/order", { brand_ids: [a.id, b.id, c.id] }, admin))
      expect(stale.status).toEqual(409)
      expect(stale.data.message).toMatch(/featured but not in the list: .*reload and try again/)
      expect(await featuredOrder()).toEqual(["Gamma", "Alpha", "Beta", "Plain"])

      // Unfeatured meanwhile.
      await api.post(`/admin/brands/${b.id}`, { is_featured: false }, admin)
      const unfeatured = await failed(api.post("/admin/brands/featured/order", { brand_ids: [plain.id, c.id, a.id, b.id] }, admin))
      expect(unfeatured.status).toEqual(409)
      expect(unfeatured.data.message).toMatch(new RegExp(`not featured: ${b.id}`))
    })

    it("keeps one consistent order when reorders race each other and a featuring", async () => {
      const brands = []
      for (let i = 0; i < 6; i++) brands.push(await create({ name: `Featured ${i}`, is_featured: true }))
      const ids = brands.map((brand) => brand.id)
      const late = await create({ name: "Late" })
      const orders = Array.from({ length: 12 }, (_, i) => [...ids.slice(i % 6), ...ids.slice(0, i % 6)])
      const responses = await Promise.all([
        ...orders.map((brand_ids) =>
          api.post("/admin/brands/featured/order", { brand_ids }, { ...admin, validateStatus: () => true })
        ),
        api.post(`/admin/brands/${late.id}`, { is_featured: true }, { ...admin, validateStatus: () => true }),
      ])
      // Every reorder either applied in full or was refused because "Late" had become featured.
      expect(responses.map((response) => response.status).filter((status) => status !== 200 && status !== 409)).toEqual([])
      expect(responses[responses.length - 1].status).toEqual(200)

      const { brands: featured } = (await api.get("/admin/brands?is_featured=true&order=rank&limit=100", admin)).data
      expect(featured.map((brand: { rank: number }) => brand.rank)).toEqual([0, 1, 2, 3, 4, 5, 6])
      const sixFirst = featured.slice(0, 6).map((brand: { id: string }) => brand.id).join()
      expect([ids.join(), ...orders.map((order) => order.join())]).toContain(sixFirst)
      expect(featured[6].name).toEqual("Late")
    })

    it("serves a brand page by handle in one request: the brand and its products", async () => {
      const container = getContainer()
      const channel = await createSalesChannel(container, "Brand pages")
      const pageStore = await createPublishableKey(container, [channel.id])
      const brand = await create({ name: "Бренд", seo_title: "Бренд", banner_url: "https://cdn.example.com/b.jpg" })
      await createProducts(container, { count: 3, title: "Shirt", brandId: brand.id, salesChannelId: channel.id })
      const hidden = await create({ name: "Hidden", is_active: false })

      const { data } = await api.get("/store/brands/handle/brend?limit=2&order=title&fields=id,title", pageStore)
      expect(data.brand).toEqual(
        expect.objectContaining({ id: brand.id, handle: "brend", seo_title: "Бренд", banner_url: "https://cdn.example.com/b.jpg" })
      )
      expect(data.brand).not.toHaveProperty("is_active")
      expect([data.count, data.offset, data.limit]).toEqual([3, 0, 2])
      expect(data.products.map((product: { title: string }) => product.title)).toEqual(["Shirt 001", "Shirt 002"])
      // The products are exactly those of GET /store/brands/:id/products.
      const byId = (await api.get(`/store/brands/${brand.id}/products?limit=2&order=title&fields=id,title`, pageStore)).data
      expect(data.products).toEqual(byId.products)
      // Another key's sales channel sees none of them.
      expect((await api.get("/store/brands/handle/brend", store)).data.count).toEqual(0)

      for (const handle of [hidden.handle, "missing", "products"]) {
        const response = await failed(api.get(`/store/brands/handle/${handle}`, pageStore))
        expect([handle, response.status, response.data.message]).toEqual([handle, 404, `Brand with handle "${handle}" was not found`])
      }
      expect((await failed(api.get("/store/brands/handle/brend"))).status).toEqual(400)
    })
  },
})
