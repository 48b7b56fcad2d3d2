import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { brandIdsOf, createBrands, createProducts, createPublishableKey, createSalesChannel } from "../helpers/fixtures"
import { adminRequestOptions, failed } from "../helpers/admin"
import { containerSql } from "../helpers/pg-sql"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    const sql = (query: string, bindings: unknown[] = []) => containerSql(getContainer())(query, bindings)

    describe("POST /admin/brands/:id/merge", () => {
      it("moves every product to the target, soft-deletes the merged brands and keeps their handles as aliases", async () => {
        const container = getContainer()
        const [acme, acmeInc, acmeLtd, other] = await createBrands(container, ["Acme", "ACME Inc", "Acme Ltd", "Other"])
        const onAcme = await createProducts(container, { count: 2, title: "Anvil", brandId: acme.id })
        const onInc = await createProducts(container, { count: 3, title: "Rocket", brandId: acmeInc.id })
        const onLtd = await createProducts(container, { count: 1, title: "Magnet", brandId: acmeLtd.id })
        const onOther = await createProducts(container, { count: 1, title: "Spare", brandId: other.id })
        const emit = jest.spyOn(container.resolve(Modules.EVENT_BUS), "emit")

        const { data } = await api.post(`/admin/brands/${acme.id}/merge?fields=id,handle,product_count`, { brand_ids: [acmeInc.id, acmeLtd.id] }, admin)
        expect(data).toEqual({
          brand: { id: acme.id, handle: "acme", product_count: 6 },
          merged: { brand_ids: [acmeInc.id, acmeLtd.id], product_count: 4 },
        })
        for (const product of [...onAcme, ...onInc, ...onLtd]) expect(await brandIdsOf(container, product.id)).toEqual([acme.id])
        expect(await brandIdsOf(container, onOther[0].id)).toEqual([other.id])

        // Merged brands are gone (404), their products listed on the target's page.
        expect((await failed(api.get(`/admin/brands/${acmeInc.id}`, admin))).status).toEqual(404)
        const products = await api.get(`/admin/brands/${acme.id}/products?limit=20`, admin)
        expect(products.data.count).toEqual(6)

        // The handles lead to the target, in the admin and in the store, which says what was asked.
        const aliases = await api.get(`/admin/brands/${acme.id}?fields=id,aliases.handle`, admin)
        expect(aliases.data.brand.aliases.map((alias: { handle: string }) => alias.handle).sort()).toEqual(["acme-inc", "acme-ltd"])
        const adminByHandle = await api.get("/admin/brands?handle=acme-inc&fields=id,handle", admin)
        expect(adminByHandle.data).toEqual(
          expect.objectContaining({ count: 1, brands: [{ id: acme.id, handle: "acme", requested_handle: "acme-inc" }] })
        )
        const channel = await createSalesChannel(container)
        const store = await createPublishableKey(container, [channel.id])
        const storeByHandle = await api.get("/store/brands?handle=acme-ltd", store)
        expect(storeByHandle.data.count).toEqual(1)
        expect(storeByHandle.data.brands[0]).toEqual(expect.objectContaining({ id: acme.id, handle: "acme", requested_handle: "acme-ltd" }))
        const direct = await api.get("/store/brands?handle=acme", store)
        expect(direct.data.brands[0].requested_handle).toBeUndefined()

        const merged = emit.mock.calls.flatMap(([messages]) => [messages].flat()).filter((message) => message.name === "brand.merged")
        emit.mockRestore()
        expect(merged.map((message) => message.data)).toEqual([{ id: acme.id, brand_ids: [acmeInc.id, acmeLtd.id], product_count: 4 }])
      })

      it("refuses a new brand or a rename to an alias, and frees the aliases when the target is deleted", async () => {
        const container = getContainer()
        const [acme, acmeInc, other] = await createBrands(container, ["Acme", "Acme Inc", "Other"])
        await api.post(`/admin/brands/${acme.id}/merge`, { brand_ids: [acmeInc.id] }, admin)

        const create = await failed(api.post("/admin/brands", { name: "Acme Inc" }, admin))
        expect(create.status).toEqual(400)
        expect(create.data.message).toMatch(/"acme-inc" is an alias/)
        const rename = await failed(api.post(`/admin/brands/${other.id}`, { handle: "acme-inc" }, admin))
        expect(rename.status).toEqual(400)
        // The target itself may take its alias back.
        const back = await api.post(`/admin/brands/${acme.id}`, { handle: "acme-inc" }, admin)
        expect(back.data.brand.handle).toEqual("acme-inc")
        await api.post(`/admin/brands/${acme.id}`, { handle: "acme" }, admin)

        await api.delete(`/admin/brands/${acme.id}`, admin)
        const again = await api.post("/admin/brands", { name: "Acme Inc" }, admin)
        expect(again.data.brand.handle).toEqual("acme-inc")
        expect((await api.get("/admin/brands?handle=acme-inc&fields=id,handle", admin)).data.brands).toEqual([
          { id: again.data.brand.id, handle: "acme-inc" },
        ])
      })

      it("carries the aliases of a merged brand over to the new target", async () => {
        const container = getContainer()
        const [a, b, c] = await createBrands(container, ["Alpha", "Beta", "Gamma"])
        await api.post(`/admin/brands/${b.id}/merge`, { brand_ids: [a.id] }, admin)
        await api.post(`/admin/brands/${c.id}/merge`, { brand_ids: [b.id] }, admin)
        const { data } = await api.get("/admin/brands?handle=alpha&fields=id", admin)
        expect(data.brands).toEqual([expect.objectContaining({ id: c.id, requested_handle: "alpha" })])
      })

      it("answers 4xx with a message for bad merges, and changes nothing", async () => {
        const container = getContainer()
        const [acme, other] = await createBrands(container, ["Acme", "Other"])
        const before = await sql("select id, deleted_at from brand order by id")
        const cases: [string, unknown, number, RegExp][] = [
          [acme.id, { brand_ids: [] }, 400, /brand_ids.*at least/],
          [acme.id, { brand_ids: [acme.id] }, 400, /both the target and a source/],
          [acme.id, { brand_ids: [other.id, other.id] }, 400, /must not repeat/],
          [acme.id, { brand_ids: Array.from({ length: 51 }, (_, i) => `brand_${i}`) }, 400, /brand_ids' too big, expected at most: '50'/],
          [acme.id, { brand_ids: ["brand_missing"] }, 400, /"brand_missing" were not found/],
          [acme.id, { brand_ids: "nope" }, 400, /array/],
          [acme.id, { brand_ids: [other.id], extra: 1 }, 400, /extra/],
          ["brand_missing", { brand_ids: [other.id] }, 404, /was not found/],
        ]
        for (const [target, body, status, message] of cases) {
          const response = await failed(api.post(`/admin/brands/${target}/merge`, body, admin))
          expect([body, response.status, response.data.message]).toEqual([body, status, expect.stringMatching(message)])
        }
        expect(await sql("select id, deleted_at from brand order by id")).toEqual(before)
      })

      it("moves products in batches: 1,200 products of two brands end on the target", async () => {
        const container = getContainer()
        const [target, big, small] = await createBrands(container, ["Target", "Big", "Small"])
        await createProducts(container, { count: 700, title: "Big", brandId: big.id })
        await createProducts(container, { count: 500, title: "Small", brandId: small.id })
        const { data } = await api.post(`/admin/brands/${target.id}/merge`, { brand_ids: [big.id, small.id] }, admin)
        expect(data.merged.product_count).toEqual(1200)
        expect(await sql("select brand_id, count(*)::int as count from product_brand where deleted_at is null group by brand_id")).toEqual([
          { brand_id: target.id, count: 1200 },
        ])
      })
    })

    describe("POST /admin/brands/:id/products/move", () => {
      it("moves every product of a brand to another one; both brands stay", async () => {
        const container = getContainer()
        const [from, to] = await createBrands(container, ["Old", "New"])
        const products = await createProducts(container, { count: 3, brandId: from.id })
        const { data } = await api.post(`/admin/brands/${from.id}/products/move?fields=id,product_count`, { to_brand_id: to.id }, admin)
        expect(data).toEqual({ brand: { id: from.id, product_count: 0 }, moved: { brand_id: to.id, product_count: 3 } })
        for (const product of products) expect(await brandIdsOf(container, product.id)).toEqual([to.id])
        expect((await api.get(`/admin/brands/${from.id}`, admin)).status).toEqual(200)

        const same = await failed(api.post(`/admin/brands/${from.id}/products/move`, { to_brand_id: from.id }, admin))
        expect(same.status).toEqual(400)
        const missing = await failed(api.post(`/admin/brands/${from.id}/products/move`, { to_brand_id: "brand_missing" }, admin))
        expect([missing.status, missing.data.message]).toEqual([404, 'Brand with id "brand_missing" was not found'])
      })
    })
  },
})
