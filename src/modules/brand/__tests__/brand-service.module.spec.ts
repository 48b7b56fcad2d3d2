import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BRAND_MODULE } from ".."
import Brand from "../models/brand"
import BrandAlias from "../models/brand-alias"
import BrandUpload from "../models/brand-upload"
import BrandModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<BrandModuleService>({
  moduleName: BRAND_MODULE,
  moduleModels: [Brand, BrandUpload, BrandAlias],
  resolve: "./src/modules/brand",
  testSuite: ({ service, MikroOrmWrapper }) => {
    describe("BrandModuleService", () => {
      it("creates a brand with defaults and a handle derived from the name", async () => {
        const brand = await service.createBrands({ name: "Bars Acme x1" })
        expect(brand).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^brand_/),
            name: "Bars Acme x1",
            handle: "bars-acme-x1",
            description: null,
            logo_url: null,
            banner_url: null,
            seo_title: null,
            seo_description: null,
            is_active: true,
            is_featured: false,
            rank: 0,
            search_name: "bars acme x1",
            metadata: null,
            deleted_at: null,
          })
        )
      })

      it("keeps an explicit handle and creates in bulk", async () => {
        const brands = await service.createBrands([
          { name: "One", handle: "first" },
          { name: "Two", logo_url: "https://cdn.example.com/two.png", is_active: false },
        ])
        expect(brands.map((brand) => [brand.handle, brand.is_active])).toEqual([
          ["first", true],
          ["two", false],
        ])
      })

      it("rejects a duplicate handle among live brands with a clear message", async () => {
        await service.createBrands({ name: "Acme" })
        await expect(service.createBrands({ name: "Other", handle: "acme" })).rejects.toThrow(
          "Brand with handle: acme, already exists."
        )
      })

      it("refuses a handle that is another brand's alias; a brand may take back its own", async () => {
        const [acme, other] = await service.createBrands([{ name: "Acme" }, { name: "Other" }])
        await service.createBrandAliases([{ handle: "acme-inc", brand_id: acme.id }])
        await expect(service.createBrands({ name: "Acme Inc" })).rejects.toThrow(`Brand handle "acme-inc" is an alias of brand ${acme.id}`)
        await expect(service.updateBrands({ id: other.id, handle: "acme-inc" })).rejects.toThrow(/is an alias/)
        expect((await service.updateBrands({ id: acme.id, handle: "acme-inc" })).handle).toEqual("acme-inc")
      })

      it("frees the handle of a soft-deleted brand", async () => {
        const first = await service.createBrands({ name: "Acme" })
        await service.softDeleteBrands([first.id])
        const second = await service.createBrands({ name: "Acme" })
        expect(second.id).not.toEqual(first.id)
        expect(second.handle).toEqual("acme")

        const all = await service.listBrands({ handle: "acme" }, { withDeleted: true })
        expect(all).toHaveLength(2)
      })

      it.each([
        [{ name: "" }, /name/],
        [{ name: "Acme", handle: "Not A Handle" }, /handle/],
        [{ name: "Acme", logo_url: "javascript:alert(1)" }, /logo_url/],
        [{ name: "!!!" }, /Cannot derive a handle/],
        [{ name: "Acme", banner_url: "javascript:alert(1)" }, /banner_url/],
        [{ name: "Acme", seo_title: "x".repeat(71) }, /seo_title/],
        [{ name: "Acme", seo_description: "x".repeat(321) }, /seo_description/],
        [{ name: "Acme", rank: -1 }, /rank/],
        [{ name: "Acme", rank: 2_000_000_000 }, /rank/],
      ])("rejects invalid input %o", async (input, message) => {
        await expect(service.createBrands(input)).rejects.toThrow(message)
        expect(await service.listBrands()).toHaveLength(0)
      })

      it("validates updates and leaves the handle alone when the name changes", async () => {
        const brand = await service.createBrands({ name: "Acme" })
        const updated = await service.updateBrands({ id: brand.id, name: "Acme Corp" })
        expect(updated).toEqual(expect.objectContaining({ name: "Acme Corp", handle: "acme" }))
        await expect(service.updateBrands({ id: brand.id, handle: "Bad Handle" })).rejects.toThrow(/handle/)
        await expect(service.updateBrands({ id: brand.id, logo_url: "data:text/html,x" })).rejects.toThrow(/logo_url/)
      })

      it("enforces the rules in the database too", async () => {
        const knex = MikroOrmWrapper.getManager().getKnex()
        const insert = (values: Record<string, unknown>) =>
          knex("brand").insert({ id: `brand_${Math.random()}`, name: "X", handle: "x", ...values })
        await expect(insert({ handle: "Bad Handle" })).rejects.toThrow(/brand_handle_format/)
        await expect(insert({ logo_url: "javascript:alert(1)" })).rejects.toThrow(/brand_logo_url_scheme/)
        await expect(insert({ name: "" })).rejects.toThrow(/brand_name_length/)
        await expect(insert({ banner_url: "javascript:alert(1)" })).rejects.toThrow(/brand_banner_url_scheme/)
        await expect(insert({ seo_title: "x".repeat(71) })).rejects.toThrow(/brand_seo_title_length/)
        await expect(insert({ seo_description: "x".repeat(321) })).rejects.toThrow(/brand_seo_description_length/)
        await expect(insert({ rank: -1 })).rejects.toThrow(/brand_rank_range/)
        await expect(insert({ rank: 1_000_001 })).rejects.toThrow(/brand_rank_range/)
      })

      it("derives handles from names in any script", async () => {
        const brands = await service.createBrands([{ name: "Müller Ærø" }, { name: "Бренд" }, { name: "Ελληνικά" }])
        expect(brands.map((brand) => brand.handle)).toEqual(["muller-aero", "brend", "ellinika"])
      })

      it("searches name and handle case-insensitively with q", async () => {
        await service.createBrands([{ name: "Northwind" }, { name: "Acme", handle: "acme-north" }, { name: "Other" }])
        const found = await service.listBrands({ q: "NORTH" }, { order: { name: "ASC" } })
        expect(found.map((brand) => brand.name)).toEqual(["Acme", "Northwind"])
      })

      it("searches across cases and accents, and keeps the search form in step with the name", async () => {
        // Handles apart from the names, so that only the names are matched.
        const [muller] = await service.createBrands([
          { name: "MÜLLER", handle: "brand-1" },
          { name: "Crème", handle: "brand-2" },
          { name: "Straße", handle: "brand-3" },
        ])
        const names = async (q: string) => (await service.listBrands({ q })).map((brand) => brand.name).sort()
        expect(await names("müller")).toEqual(["MÜLLER"])
        expect(await names("muller")).toEqual(["MÜLLER"])
        expect(await names("MüLLeR")).toEqual(["MÜLLER"])
        expect(await names("creme")).toEqual(["Crème"])
        expect(await names("CRÈME")).toEqual(["Crème"])
        expect(await names("strasse")).toEqual(["Straße"])
        const [, count] = await service.listAndCountBrands({ q: "MÜLL" })
        expect(count).toEqual(1)

        await service.updateBrands({ id: muller.id, name: "Schäfer" })
        expect(await names("müller")).toEqual([])
        expect(await names("SCHAFER")).toEqual(["Schäfer"])
      })

      it("puts a brand that becomes featured after the last featured one, unless given a rank", async () => {
        const [a, b, c] = await service.createBrands([
          { name: "A", is_featured: true },
          { name: "B", is_featured: true },
          { name: "C" },
        ])
        expect([a.rank, b.rank, c.rank]).toEqual([0, 1, 0])
        expect((await service.updateBrands({ id: c.id, is_featured: true })).rank).toEqual(2)
        // Already featured: an update leaves the rank alone.
        expect((await service.updateBrands({ id: a.id, is_featured: true, name: "A2" })).rank).toEqual(0)
        expect((await service.createBrands({ name: "D", is_featured: true, rank: 7 })).rank).toEqual(7)
        expect((await service.createBrands({ name: "E", is_featured: true })).rank).toEqual(8)
      })

      it("orders the featured brands, refusing a list that is not exactly the featured brands", async () => {
        const [a, b, c, d] = await service.createBrands([
          { name: "A", is_featured: true },
          { name: "B", is_featured: true },
          { name: "C", is_featured: true },
          { name: "D" },
        ])
        const changes = await service.setFeaturedOrder([c.id, a.id, b.id])
        expect(changes).toEqual([
          { id: c.id, previous_rank: 2, rank: 0 },
          { id: a.id, previous_rank: 0, rank: 1 },
          { id: b.id, previous_rank: 1, rank: 2 },
        ])
        const ordered = await service.listBrands({ is_featured: true }, { order: { rank: "ASC" } })
        expect(ordered.map((brand) => brand.name)).toEqual(["C", "A", "B"])

        for (const ids of [[c.id, a.id], [c.id, a.id, b.id, d.id], [c.id, a.id, a.id, b.id], [c.id, a.id, "brand_missing"]]) {
          await expect(service.setFeaturedOrder(ids)).rejects.toThrow(/every featured brand exactly once/)
        }
        const after = await service.listBrands({ is_featured: true }, { order: { rank: "ASC" } })
        expect(after.map((brand) => brand.name)).toEqual(["C", "A", "B"])
      })

      it("keeps featured ranks consistent under concurrent reorders and featuring", async () => {
        const brands = await service.createBrands(
          Array.from({ length: 6 }, (_, i) => ({ name: `Featured ${i}`, is_featured: true }))
        )
        const ids = brands.map((brand) => brand.id)
        const orders = Array.from({ length: 10 }, (_, i) => [...ids.slice(i % 6), ...ids.slice(0, i % 6)].reverse())
        await Promise.all(orders.map((order) => service.setFeaturedOrder(order)))
        const final = await service.listBrands({ is_featured: true }, { order: { rank: "ASC" } })
        expect(final.map((brand) => brand.rank)).toEqual([0, 1, 2, 3, 4, 5])
        expect(orders.map((order) => order.join())).toContain(final.map((brand) => brand.id).join())

        const newcomers = await service.createBrands(Array.from({ length: 8 }, (_, i) => ({ name: `Plain ${i}` })))
        await Promise.all(newcomers.map((brand) => service.updateBrands({ id: brand.id, is_featured: true })))
        const ranks = (await service.listBrands({ is_featured: true })).map((brand) => brand.rank).sort((x, y) => x - y)
        expect(ranks).toEqual(Array.from({ length: 14 }, (_, i) => i))
      })
    })
  },
})
