import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createBrandsWorkflow, deleteBrandsWorkflow } from "medusa-brands/workflows"
import { createProducts } from "../helpers/fixtures"
import { adminRequestOptions } from "../helpers/admin"
import { uploadCsv } from "../helpers/csv-upload"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    /** The admin feed's entries, oldest first, once `count` exist and nothing more arrived for a moment. */
    async function feed(count: number) {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const read = async () =>
        (await knex.raw("select data->>'title' as title, data->>'description' as description from notification where channel = 'feed' order by created_at, id")).rows
      const deadline = Date.now() + 20_000
      while ((await read()).length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      await new Promise((resolve) => setTimeout(resolve, 1000))
      return read()
    }

    it("posts one entry per brand for single admin creates and deletes, and one summary for bulk work", async () => {
      const container = getContainer()
      const { data } = await api.post("/admin/brands", { name: "Acme" }, admin)
      expect(await feed(1)).toEqual([{ title: "Brand created", description: "Acme (acme) was added." }])

      // A seed of 2,000 brands in one run posts one summary, not 2,000 entries.
      const { result } = await createBrandsWorkflow(container).run({
        input: { brands: Array.from({ length: 2000 }, (_, i) => ({ name: `Seeded ${i}` })) },
      })
      expect((await feed(2)).slice(1)).toEqual([{ title: "Brands created", description: "2,000 brands were added." }])
      await deleteBrandsWorkflow(container).run({ input: { ids: result.slice(0, 3).map((brand) => brand.id) } })
      expect((await feed(3)).slice(2)).toEqual([
        { title: "Brands deleted", description: "3 brands deleted; their products were unlinked." },
      ])

      const [other] = await api.post("/admin/brands", { name: "Acme Inc" }, admin).then((r) => [r.data.brand])
      await createProducts(container, { count: 2, brandId: other.id })
      await api.post(`/admin/brands/${data.brand.id}/merge`, { brand_ids: [other.id] }, admin)
      await uploadCsv(api, admin, { type: "brands", content: "handle,name\nnew-one,New One\nnew-two,New Two\n", dry_run: "false", filename: "brands.csv" })
      await api.delete(`/admin/brands/${data.brand.id}`, admin)
      // The subscriber posts asynchronously, so these four may arrive in any order.
      const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title)
      expect((await feed(7)).slice(3).sort(byTitle)).toEqual([
        { title: "Brand created", description: "Acme Inc (acme-inc) was added." },
        { title: "Brand deleted", description: "Acme (acme) was deleted; its products were unlinked." },
        { title: "Brand import", description: "Brands from brands.csv imported: 2 brands created, 0 updated, 0 unchanged." },
        { title: "Brands merged", description: "1 brand merged into Acme (acme); 2 products moved." },
      ])
    })
  },
})
