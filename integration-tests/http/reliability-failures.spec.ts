import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
// The fixtures load core-flows, which the link definition needs loaded first.
import { brandIdsOf, createBrands, createProducts, createSalesChannel } from "../helpers/fixtures"
import { BRAND_PRODUCT_COUNT_TABLE, PRODUCT_BRAND_TABLE } from "medusa-brands/links/product-brand"
import { deleteBrandsWorkflow, setProductsBrandWorkflow } from "medusa-brands/workflows"
import { adminRequestOptions, failed } from "../helpers/admin"
import { brandCountMismatches, catalogueRows, changedCells } from "../helpers/catalogue-rows"
import { uploadCsv } from "../helpers/csv-upload"
import {
  AFTER_PRODUCT_WORKFLOW_MESSAGE,
  createProductsThenFailWorkflow,
  disarmFailures,
  failNext,
  FailurePoint,
  takeFiredFailures,
  updateProductsThenFailWorkflow,
} from "../helpers/failure-injection"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(120 * 1000)

/** The changed cells without their values: `table[key].column`. */
const cellsOf = (changes: string[]) => changes.map((change) => change.replace(/:.*$/, ""))

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }
    let acme: { id: string }
    let northwind: { id: string }
    let globex: { id: string }
    let channel: { id: string }
    // moved: Northwind first, then Acme (a dismissed row and an active one); onAcme: Acme;
    // onNorthwind: Northwind; unbranded: no brand.
    let moved: { id: string }
    let onAcme: { id: string }
    let onNorthwind: { id: string }
    let unbranded: { id: string }

    const rows = () => catalogueRows(getContainer())

    beforeEach(async () => {
      const container = getContainer()
      disarmFailures()
      admin = await adminRequestOptions(api, container)
      ;[acme, northwind, globex] = await createBrands(container, ["Acme", "Northwind", "Globex"])
      channel = await createSalesChannel(container)
      ;[moved, onAcme] = await createProducts(container, { count: 2, brandId: northwind.id, salesChannelId: channel.id })
      await api.post(`/admin/brands/${acme.id}/products`, { add: [moved.id, onAcme.id] }, admin)
      ;[onNorthwind] = await createProducts(container, { count: 1, title: "North", brandId: northwind.id })
      ;[unbranded] = await createProducts(container, { count: 1, title: "Plain", salesChannelId: channel.id })
    })

    // Every rollback leaves each brand's counter equal to its live links.
    afterEach(async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect(await brandCountMismatches(async (sql, bindings) => (await knex.raw(sql, bindings ?? [])).rows)).toEqual([])
    })

    /** Runs `request` with `point` armed; it must fail there, and leave every row as it was. */
    async function expectRolledBack(
      point: FailurePoint,
      request: () => Promise<unknown>,
      options: { before?: (container: MedusaContainer) => Promise<void>; skip?: number } = {}
    ) {
      const before = await rows()
      failNext(point, options)
      const response = await failed(request())
      expect(response.status).toEqual(500)
      expect(takeFiredFailures()).toEqual([point])
      return { before, changes: changedCells(before, await rows()) }
    }

    /** Runs a product workflow nested in a workflow whose next step fails; returns the changed cells. */
    async function expectNestedRolledBack(run: () => Promise<{ errors: { error: { message: string } }[] }>) {
      const before = await rows()
      const { errors } = await run()
      expect(errors.map(({ error }) => error.message)).toEqual([AFTER_PRODUCT_WORKFLOW_MESSAGE])
      return changedCells(before, await rows())
    }

    /**
     * Medusa's own compensation of a product create dismisses (soft-deletes) the
     * product's sales channel link instead of deleting it, so one dismissed
     * product_sales_channel row of the vanished product stays behind. That is
     * the only change allowed; everything of ours must be exactly as before.
     */
    async function expectOnlyDismissedSalesChannelLink(changes: string[]) {
      expect(changes).toEqual([expect.stringMatching(new RegExp(`^\\+product_sales_channel\\[prod_\\w+/${channel.id}\\]$`))])
      const productId = changes[0].match(/\[(prod_\w+)\//)![1]
      const link = (await rows()).product_sales_channel.find((row) => row.product_id === productId)
      expect(link).toEqual(expect.objectContaining({ deleted_at: expect.any(String) }))
    }

    const productBody = (title: string, brand_id: string | null) => ({
      title,
      options: [{ title: "Size", values: ["One size"] }],
      variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 10 }] }],
      sales_channels: [{ id: channel.id }],
      additional_data: { brand_id },
    })

    const updateBrand = (productId: string, brand_id: string | null) =>
      api.post(`/admin/products/${productId}`, { title: "Renamed", additional_data: { brand_id } }, admin)

    it("product create with a brand: a failure after linking leaves no product, variant or link", async () => {
      const { changes } = await expectRolledBack("productBrandsSet", () =>
        api.post("/admin/products", productBody("Doomed", acme.id), admin)
      )
      await expectOnlyDismissedSalesChannelLink(changes)

      const nested = await expectNestedRolledBack(() =>
        createProductsThenFailWorkflow(getContainer()).run({
          input: { products: [productBody("Doomed too", northwind.id)], additional_data: { brand_id: northwind.id } },
          throwOnError: false,
        })
      )
      await expectOnlyDismissedSalesChannelLink(nested)

      // The same request without the failure does change the rows.
      const { data } = await api.post("/admin/products", productBody("Kept", acme.id), admin)
      expect(await brandIdsOf(getContainer(), data.product.id)).toEqual([acme.id])
    })

    it("product brand change and clear: a failure after the move restores every row exactly", async () => {
      // Back to a brand it had before (its dismissed row must keep its id and timestamps),
      // to a brand it never had, and clearing the brand.
      // The request also renames the product; the product module writes the old title back,
      // which moves the product's updated_at and nothing else.
      const titleRestored = [`product[${moved.id}].updated_at`]
      for (const target of [northwind.id, globex.id, null]) {
        const { changes } = await expectRolledBack("productBrandsSet", () => updateBrand(moved.id, target))
        expect([target, cellsOf(changes)]).toEqual([target, titleRestored])

        const nested = await expectNestedRolledBack(() =>
          updateProductsThenFailWorkflow(getContainer()).run({
            input: { selector: { id: moved.id }, update: { title: "Renamed" }, additional_data: { brand_id: target } },
            throwOnError: false,
          })
        )
        expect([target, cellsOf(nested)]).toEqual([target, titleRestored])
      }

      await updateBrand(moved.id, globex.id)
      expect(await brandIdsOf(getContainer(), moved.id)).toEqual([globex.id])
    })

    it("brand delete: a failure after unlinking restores the brand and exactly its links", async () => {
      const { before, changes } = await expectRolledBack("brandsDeleted", () =>
        api.delete(`/admin/brands/${acme.id}`, admin)
      )
      // Soft delete and restore are writes: they move the brand's updated_at. Its live links
      // get theirs back exactly; ids, created_at, deleted_at and every other row stay.
      const acmeLinks = before[PRODUCT_BRAND_TABLE].filter((row) => row.brand_id === acme.id && row.deleted_at === null)
      expect(acmeLinks).toHaveLength(2)
      expect(cellsOf(changes)).toEqual([`brand[${acme.id}].updated_at`])

      await api.delete(`/admin/brands/${acme.id}`, admin)
      expect(await brandIdsOf(getContainer(), onAcme.id)).toEqual([])
    })

    it("brand delete: a product given another brand meanwhile keeps it when the delete is rolled back", async () => {
      await expectRolledBack("brandsDeleted", () => api.delete(`/admin/brands/${acme.id}`, admin), {
        // After Acme's links are dismissed, before the delete fails: onAcme moves to Northwind.
        before: (container) =>
          setProductsBrandWorkflow(container)
            .run({ input: { brand_id: northwind.id, product_ids: [onAcme.id] } })
            .then(() => undefined),
      })
      expect(await brandIdsOf(getContainer(), onAcme.id)).toEqual([northwind.id])
      expect(await brandIdsOf(getContainer(), moved.id)).toEqual([acme.id])
    })

    it("bulk add, remove and move: a failure after the links are written restores every row exactly", async () => {
      const requests = [
        // add one without a brand, move one from Northwind and one from Acme
        { brand: globex, body: { add: [unbranded.id, onNorthwind.id, moved.id] } },
        { brand: acme, body: { remove: [moved.id, onAcme.id] } },
        { brand: northwind, body: { add: [moved.id, unbranded.id], remove: [onNorthwind.id] } },
      ]
      for (const { brand, body } of requests) {
        const { changes } = await expectRolledBack("productBrandsSet", () =>
          api.post(`/admin/brands/${brand.id}/products`, body, admin)
        )
        expect([body, changes]).toEqual([body, []])
      }

      await api.post(`/admin/brands/${globex.id}/products`, requests[0].body, admin)
      expect(await brandIdsOf(getContainer(), onNorthwind.id)).toEqual([globex.id])
    })

    it("a brand deleted while a failed move is rolled back does not get its link back", async () => {
      // While the move to Northwind holds its locks, Acme (the product's old brand) is deleted;
      // then the move fails. Restoring the old link must not re-link a deleted brand.
      const { before, changes } = await expectRolledBack("productBrandsSet", () => updateBrand(onAcme.id, northwind.id), {
        before: (container) => deleteBrandsWorkflow(container).run({ input: { ids: [acme.id] } }).then(() => undefined),
      })
      expect(await brandIdsOf(getContainer(), onAcme.id)).toEqual([])
      // Exactly what deleting Acme alone changes, plus the restored title: the failed move
      // left nothing behind, and the restored Acme link stayed dismissed (so Acme, with no
      // live product left, has no counter row, and Northwind's counter is as before).
      const acmeLinks = before[PRODUCT_BRAND_TABLE].filter((row) => row.brand_id === acme.id)
      expect(cellsOf(changes).sort()).toEqual(
        [
          `-${BRAND_PRODUCT_COUNT_TABLE}[${acme.id}]`,
          `brand[${acme.id}].deleted_at`,
          `brand[${acme.id}].updated_at`,
          `product[${onAcme.id}].updated_at`,
          ...acmeLinks.flatMap((row) => [
            `${PRODUCT_BRAND_TABLE}[${row.product_id}/${acme.id}].deleted_at`,
            `${PRODUCT_BRAND_TABLE}[${row.product_id}/${acme.id}].updated_at`,
          ]),
        ].sort()
      )
    })

    it("brand create and update: a failure after the write leaves the brand rows as they were", async () => {
      const created = await expectRolledBack("brandsCreated", () => api.post("/admin/brands", { name: "Initech" }, admin))
      expect(created.changes).toEqual([])

      const updated = await expectRolledBack("brandsUpdated", () =>
        api.post(`/admin/brands/${acme.id}`, { name: "Acme 2", handle: "acme-2", is_active: false, metadata: { a: 1 } }, admin)
      )
      // Compensation writes the old values back, which is itself a write.
      expect(cellsOf(updated.changes)).toEqual([`brand[${acme.id}].updated_at`])

      // The handle of the rolled-back create is free again.
      expect((await api.post("/admin/brands", { name: "Initech" }, admin)).data.brand.handle).toEqual("initech")
    })

    describe("brand operations", () => {
      /** Gives Northwind an alias (the handle of a brand merged into it earlier). */
      async function northwindWithAlias() {
        const { data } = await api.post("/admin/brands", { name: "North Wind" }, admin)
        await api.post(`/admin/brands/${northwind.id}/merge`, { brand_ids: [data.brand.id] }, admin)
        const alias = (await rows()).brand_alias.find((row) => row.handle === "north-wind")!
        return alias.id as string
      }

      it("merge: a failure after the merge, or in its first batch, restores every brand, link and alias row", async () => {
        const aliasId = await northwindWithAlias()
        // Northwind (with an alias and a product) and Globex into Acme.
        const merge = () => api.post(`/admin/brands/${acme.id}/merge`, { brand_ids: [northwind.id, globex.id] }, admin)
        // Soft delete and restore move updated_at of the merged brands; the alias moves and comes back.
        const expected = [`brand[${globex.id}].updated_at`, `brand[${northwind.id}].updated_at`, `brand_alias[${aliasId}].updated_at`].sort()

        const after = await expectRolledBack("brandsMerged", merge)
        expect(cellsOf(after.changes).sort()).toEqual(expected)
        const inBatch = await expectRolledBack("productBrandsSet", merge)
        expect(cellsOf(inBatch.changes).sort()).toEqual(expected)

        const { data } = await merge()
        expect(data.merged).toEqual({ brand_ids: [northwind.id, globex.id], product_count: 1 })
        expect(await brandIdsOf(getContainer(), onNorthwind.id)).toEqual([acme.id])
        expect((await api.get("/admin/brands?handle=north-wind&fields=id", admin)).data.brands[0].id).toEqual(acme.id)
      })

      it("delete of a merge target: a failure after freeing its aliases restores them", async () => {
        const aliasId = await northwindWithAlias()
        const { before, changes } = await expectRolledBack("brandsDeleted", () => api.delete(`/admin/brands/${northwind.id}`, admin))
        // The brand's links come back exactly, timestamps included; only the restored rows' updated_at moves.
        expect(before[PRODUCT_BRAND_TABLE].some((row) => row.brand_id === northwind.id && row.deleted_at === null)).toBe(true)
        expect(cellsOf(changes).sort()).toEqual([`brand[${northwind.id}].updated_at`, `brand_alias[${aliasId}].updated_at`].sort())
        await api.delete(`/admin/brands/${northwind.id}`, admin)
        expect((await api.post("/admin/brands", { name: "North Wind" }, admin)).data.brand.handle).toEqual("north-wind")
      })

      it("assignment import: a failure in a later batch undoes the batches before it, row for row", async () => {
        const content = [
          "product_id,brand_handle",
          `${unbranded.id},globex`, // Globex batch
          `${onAcme.id},northwind`, // Northwind batch
          `${moved.id},`, // clearing batch
        ].join("\n")
        const request = () => uploadCsv(api, admin, { type: "assignments", content, dry_run: "false" })
        for (const skip of [0, 1, 2]) {
          const { changes } = await expectRolledBack("productBrandsSet", request, { skip })
          expect([skip, changes]).toEqual([skip, []])
        }
        await request()
        expect(await brandIdsOf(getContainer(), unbranded.id)).toEqual([globex.id])
        expect(await brandIdsOf(getContainer(), moved.id)).toEqual([])
      })

      it("brand import: a failure after the creates or the updates leaves the brands as they were", async () => {
        const content = "handle,name,is_active\nacme,Acme Renamed,false\ninitech,Initech,\n"
        const request = () => uploadCsv(api, admin, { type: "brands", content, dry_run: "false" })
        const created = await expectRolledBack("brandsCreated", request)
        expect(created.changes).toEqual([])
        const updated = await expectRolledBack("brandsUpdated", request)
        // The update's compensation writes the old values back, a write of its own.
        expect(cellsOf(updated.changes)).toEqual([`brand[${acme.id}].updated_at`])
        const { data } = await request()
        expect(data.summary).toEqual({ total: 2, create: 1, update: 1, unchanged: 0, error: 0 })
      })
    })
  },
})
