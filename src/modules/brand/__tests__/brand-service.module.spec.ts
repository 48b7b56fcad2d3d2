import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { BRAND_MODULE } from ".."
import Brand from "../models/brand"
import BrandAlias from "../models/brand-alias"
import BrandModuleService from "../service"

jest.setTimeout(60000)

moduleIntegrationTestRunner<BrandModuleService>({
  moduleName: BRAND_MODULE,
  moduleModels: [Brand, BrandAlias],
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
            is_active: true,
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
        [{ name: "日本" }, /Cannot derive a handle/],
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
      })

      it("searches name and handle case-insensitively with q", async () => {
        await service.createBrands([{ name: "Northwind" }, { name: "Acme", handle: "acme-north" }, { name: "Other" }])
        const found = await service.listBrands({ q: "NORTH" }, { order: { name: "ASC" } })
        expect(found.map((brand) => brand.name)).toEqual(["Acme", "Northwind"])
      })
    })
  },
})
