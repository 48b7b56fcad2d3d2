import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions, failed } from "../helpers/admin"
import { createBrands, createProducts } from "../helpers/fixtures"
import { statementsDuring } from "../helpers/sql-statements"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    describe("brand CRUD", () => {
      it("creates, reads, updates and deletes a brand, emitting brand.created, .updated and .deleted", async () => {
        const emit = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const created = await api.post(
          "/admin/brands",
          {
            name: "Bars Acme x1",
            description: "Snacks",
            logo_url: "https://cdn.example.com/acme.png",
            metadata: { tier: "gold" },
          },
          admin
        )
        expect(created.status).toEqual(200)
        const brand = created.data.brand
        expect(brand).toEqual({
          id: expect.stringMatching(/^brand_/),
          name: "Bars Acme x1",
          handle: "bars-acme-x1",
          description: "Snacks",
          logo_url: "https://cdn.example.com/acme.png",
          banner_url: null,
          seo_title: null,
          seo_description: null,
          is_active: true,
          is_featured: false,
          rank: 0,
          metadata: { tier: "gold" },
          created_at: expect.any(String),
          updated_at: expect.any(String),
        })

        const fetched = await api.get(`/admin/brands/${brand.id}`, admin)
        expect(fetched.data.brand).toEqual(brand)

        const updated = await api.post(`/admin/brands/${brand.id}`, { is_active: false, description: null }, admin)
        expect(updated.data.brand).toEqual(
          expect.objectContaining({ name: "Bars Acme x1", handle: "bars-acme-x1", is_active: false, description: null })
        )

        const deleted = await api.delete(`/admin/brands/${brand.id}`, admin)
        expect(deleted.data).toEqual({ id: brand.id, object: "brand", deleted: true })

        const gone = await failed(api.get(`/admin/brands/${brand.id}`, admin))
        expect(gone.status).toEqual(404)
        expect(gone.data.message).toEqual(`Brand with id "${brand.id}" was not found`)

        const brandEvents = emit.mock.calls
          .flatMap(([messages]) => [messages].flat())
          // The workflows' events; the module also emits its own (brand.brand.created, ...).
          .filter((message) => /^brand\.(created|updated|deleted)$/.test(message.name))
          .map((message) => [message.name, message.data])
        emit.mockRestore()
        expect(brandEvents).toEqual([
          ["brand.created", { id: brand.id }],
          ["brand.updated", { id: brand.id }],
          ["brand.deleted", { id: brand.id }],
        ])
      })

      it("answers 404 with a message for unknown brands on every :id route", async () => {
        for (const request of [
          api.get("/admin/brands/brand_missing", admin),
          api.post("/admin/brands/brand_missing", { name: "X" }, admin),
          api.delete("/admin/brands/brand_missing", admin),
          api.get("/admin/brands/brand_missing/products", admin),
          api.post("/admin/brands/brand_missing/products", { add: [] }, admin),
        ]) {
          const response = await failed(request)
          expect(response.status).toEqual(404)
          expect(response.data.message).toContain("brand_missing")
        }
      })

      it("rejects a duplicate handle with a 4xx, also when the name derives it", async () => {
        await api.post("/admin/brands", { name: "Acme" }, admin)
        const explicit = await failed(api.post("/admin/brands", { name: "Other", handle: "acme" }, admin))
        expect(explicit.status).toEqual(400)
        expect(explicit.data.message).toEqual("Brand with handle: acme, already exists.")

        const derived = await failed(api.post("/admin/brands", { name: "ACME" }, admin))
        expect(derived.status).toEqual(400)

        const { data } = await api.get("/admin/brands", admin)
        expect(data.count).toEqual(1)
      })

      it("allows the handle of a deleted brand again", async () => {
        const { data } = await api.post("/admin/brands", { name: "Acme" }, admin)
        await api.delete(`/admin/brands/${data.brand.id}`, admin)
        const again = await api.post("/admin/brands", { name: "Acme" }, admin)
        expect(again.data.brand.handle).toEqual("acme")
      })
    })

    describe("GET /admin/brands", () => {
      beforeEach(async () => {
        await createBrands(getContainer(), ["Northwind", "Acme", "Lumen & Co", "Orbit Works", "Field Stone"])
        const [orbit] = (await api.get("/admin/brands?handle=orbit-works", admin)).data.brands
        await api.post(`/admin/brands/${orbit.id}`, { is_active: false }, admin)
      })

      it("lists with count, offset and limit, ordered", async () => {
        const { data } = await api.get("/admin/brands?order=name&limit=2&offset=1", admin)
        expect(data).toEqual({ brands: expect.any(Array), count: 5, offset: 1, limit: 2 })
        expect(data.brands.map((brand: any) => brand.name)).toEqual(["Field Stone", "Lumen & Co"])

        const descending = await api.get("/admin/brands?order=-name&limit=1", admin)
        expect(descending.data.brands[0].name).toEqual("Orbit Works")
      })

      it("defaults to 20 per page", async () => {
        const { data } = await api.get("/admin/brands", admin)
        expect(data.limit).toEqual(20)
        expect(data.offset).toEqual(0)
      })

      it("filters by q on name and handle, case-insensitively", async () => {
        const byName = await api.get("/admin/brands?q=NORTH", admin)
        expect(byName.data.brands.map((brand: any) => brand.name)).toEqual(["Northwind"])
        const byHandle = await api.get("/admin/brands?q=lumen-co", admin)
        expect(byHandle.data.brands.map((brand: any) => brand.name)).toEqual(["Lumen & Co"])
      })

      it("filters by handle, is_active and one or many ids", async () => {
        const { data: all } = await api.get("/admin/brands?order=name", admin)
        const [acme, field] = all.brands

        expect((await api.get("/admin/brands?handle=acme", admin)).data.brands).toEqual([acme])
        expect((await api.get("/admin/brands?is_active=false", admin)).data.brands.map((b: any) => b.name)).toEqual([
          "Orbit Works",
        ])
        expect((await api.get("/admin/brands?is_active=true", admin)).data.count).toEqual(4)
        expect((await api.get(`/admin/brands?id=${acme.id}`, admin)).data.brands).toEqual([acme])
        const many = await api.get(`/admin/brands?id[]=${acme.id}&id[]=${field.id}&order=name`, admin)
        expect(many.data.brands).toEqual([acme, field])
      })

      it("selects fields and counts products per brand on request", async () => {
        const { data: all } = await api.get("/admin/brands?handle=acme", admin)
        await createProducts(getContainer(), { count: 3, brandId: all.brands[0].id })

        const { data } = await api.get("/admin/brands?fields=id,name,product_count&order=name&limit=2", admin)
        expect(data.brands).toEqual([
          { id: expect.any(String), name: "Acme", product_count: 3 },
          { id: expect.any(String), name: "Field Stone", product_count: 0 },
        ])

        const single = await api.get(`/admin/brands/${all.brands[0].id}?fields=+product_count`, admin)
        expect(single.data.brand.product_count).toEqual(3)
      })

      it("counts the products of a whole page in one query", async () => {
        const brands = (await api.get("/admin/brands?order=name", admin)).data.brands
        for (const [index, brand] of brands.entries()) {
          await createProducts(getContainer(), { count: index + 1, brandId: brand.id, title: brand.name })
        }
        const list = (query: string) => statementsDuring(getContainer(), () => api.get(`/admin/brands?order=name&${query}`, admin))
        // Counts come from the counter the link table's triggers keep, or from the link table itself.
        const linkTableStatements = (statements: string[]) =>
          statements.filter((sql) => /\b(product_brand|brand_product_count)\b/.test(sql))

        for (const page of ["", "&limit=2&offset=2"]) {
          const plain = await list(`fields=id,name${page}`)
          const counted = await list(`fields=id,name,product_count${page}`)
          const expected = page ? [3, 4] : [1, 2, 3, 4, 5]
          expect(counted.result.data.brands.map((brand: any) => brand.product_count)).toEqual(expected)
          // The brands' own queries, plus one that counts for the whole page.
          expect([page, counted.statements.length]).toEqual([page, plain.statements.length + 1])
          expect([page, linkTableStatements(plain.statements).length, linkTableStatements(counted.statements).length]).toEqual([page, 0, 1])
        }
      })
    })

    describe("validation", () => {
      const invalidBodies: [string, Record<string, unknown>, RegExp][] = [
        ["missing name", {}, /name/],
        ["empty name", { name: "" }, /name/],
        ["blank name", { name: "   " }, /name/],
        ["name too long", { name: "x".repeat(256) }, /name/],
        ["name not a string", { name: 42 }, /name/],
        ["handle with capitals", { name: "Acme", handle: "Acme" }, /handle/],
        ["handle with double hyphen", { name: "Acme", handle: "a--b" }, /handle/],
        ["handle too long", { name: "Acme", handle: "a".repeat(256) }, /handle/],
        ["javascript: logo", { name: "Acme", logo_url: "javascript:alert(1)" }, /logo_url/],
        ["data: logo", { name: "Acme", logo_url: "data:image/svg+xml,<svg/>" }, /logo_url/],
        ["is_active not boolean", { name: "Acme", is_active: "yes" }, /is_active/],
        ["metadata not an object", { name: "Acme", metadata: "x" }, /metadata/],
        ["unknown field", { name: "Acme", color: "red" }, /color/],
        ["array as name", { name: ["Acme"] }, /name/],
      ]

      // One test per table keeps the suite fast: every test restores the database.
      it("rejects each invalid create body with a 400 and a message, creating nothing", async () => {
        const results: [string, number, boolean][] = []
        for (const [name, body, message] of invalidBodies) {
          const response = await failed(api.post("/admin/brands", body, admin))
          results.push([name, response.status, message.test(response.data.message)])
        }
        expect(results).toEqual(invalidBodies.map(([name]) => [name, 400, true]))
        expect((await api.get("/admin/brands", admin)).data.count).toEqual(0)
      })

      it("rejects invalid update bodies and leaves the brand unchanged", async () => {
        const { data } = await api.post("/admin/brands", { name: "Acme" }, admin)
        for (const body of [{ name: null }, { handle: "Not Valid" }, { logo_url: "ftp://x/y.png" }, { id: "brand_other" }]) {
          const response = await failed(api.post(`/admin/brands/${data.brand.id}`, body, admin))
          expect(response.status).toEqual(400)
          expect(response.data.message).toEqual(expect.any(String))
        }
        expect((await api.get(`/admin/brands/${data.brand.id}`, admin)).data.brand).toEqual(data.brand)
      })

      const invalidQueries: [string, RegExp][] = [
        ["limit=101", /limit/],
        ["limit=-1", /limit/],
        ["limit=abc", /limit/],
        ["limit=1.5", /limit/],
        ["offset=-5", /offset/],
        ["order=deleted_at", /order/],
        ["order=name;drop table brand", /order/],
        ["is_active=maybe", /is_active/],
        ["with_deleted=true", /with_deleted/],
        ["unknown=1", /unknown/],
      ]

      it("rejects each invalid list query with a 400 naming the parameter", async () => {
        const results: [string, number, boolean][] = []
        for (const [query, message] of invalidQueries) {
          const response = await failed(api.get(`/admin/brands?${query}`, admin))
          results.push([query, response.status, message.test(response.data.message)])
        }
        expect(results).toEqual(invalidQueries.map(([query]) => [query, 400, true]))
      })

      it("rejects invalid brand-products queries and bodies", async () => {
        const { data } = await api.post("/admin/brands", { name: "Acme" }, admin)
        const products = `/admin/brands/${data.brand.id}/products`
        for (const request of [
          api.get(`${products}?limit=1000`, admin),
          api.get(`${products}?order=price`, admin),
          api.post(products, { add: "prod_1" }, admin),
          api.post(products, { add: [1] }, admin),
          api.post(products, { add: [], extra: true }, admin),
        ]) {
          const response = await failed(request)
          expect(response.status).toEqual(400)
          expect(response.data.message).toEqual(expect.any(String))
        }
      })
    })

    describe("authentication", () => {
      it("answers 401 on every admin brand route without credentials", async () => {
        const { data } = await api.post("/admin/brands", { name: "Acme" }, admin)
        const id = data.brand.id
        const routes: [string, string, unknown?][] = [
          ["get", "/admin/brands"],
          ["post", "/admin/brands", { name: "X" }],
          ["get", `/admin/brands/${id}`],
          ["post", `/admin/brands/${id}`, { name: "X" }],
          ["delete", `/admin/brands/${id}`],
          ["get", `/admin/brands/${id}/products`],
          ["post", `/admin/brands/${id}/products`, { add: [] }],
        ]
        for (const [method, url, body] of routes) {
          const response = await failed(body === undefined ? api[method](url) : api[method](url, body))
          expect([method, url, response.status]).toEqual([method, url, 401])
        }
        expect((await api.get(`/admin/brands/${id}`, admin)).data.brand.name).toEqual("Acme")
      })
    })
  },
})
