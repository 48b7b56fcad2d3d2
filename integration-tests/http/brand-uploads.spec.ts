import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import deleteUnusedBrandUploadsJob from "medusa-brands/jobs/medusa-brands-delete-unused-brand-uploads"
import { adminRequestOptions, failed } from "../helpers/admin"
import { GIF_1X1, JPEG_1X1, png, SVG_WITH_SCRIPT, WEBP_1X1 } from "../helpers/images"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(120 * 1000)

type Upload = { id: string; file_id: string; url: string; kind: string; mime_type: string; width: number; height: number; size: number }

/** Where Medusa's local file provider (the demo's) writes: static/ under the process's directory. */
const storedFile = (upload: Upload) => path.join(process.cwd(), "static", upload.file_id)

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const written: Upload[] = []

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    afterAll(() => written.forEach((upload) => fs.rmSync(storedFile(upload), { force: true })))

    const upload = async (bytes: Buffer, kind: string, filename = "logo.png"): Promise<Upload> => {
      const form = new FormData()
      form.append("kind", kind)
      form.append("file", new Blob([bytes]), filename)
      const { data } = await api.post("/admin/brands/uploads", form, admin)
      written.push(data.upload)
      return data.upload
    }
    const uploadRows = async () => {
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      return (await knex("brand_upload").select("file_id", "kind").orderBy("created_at")) as { file_id: string; kind: string }[]
    }

    it("stores a checked image through the File Module, named and typed by its content", async () => {
      const logo = await upload(png(40, 20), "logo", "My Logo (final).PNG.html")
      expect(logo).toEqual({
        id: expect.stringMatching(/^bupl_/),
        file_id: expect.stringMatching(/brand-logo-my-logo-final-png\.png$/),
        url: expect.stringMatching(/^http:\/\/localhost:\d+\/static\/.*brand-logo-my-logo-final-png\.png$/),
        kind: "logo",
        mime_type: "image/png",
        width: 40,
        height: 20,
        size: png(40, 20).length,
      })
      expect(fs.readFileSync(storedFile(logo))).toEqual(png(40, 20))
      expect(await uploadRows()).toEqual([{ file_id: logo.file_id, kind: "logo" }])

      for (const [bytes, type] of [[JPEG_1X1, "image/jpeg"], [GIF_1X1, "image/gif"], [WEBP_1X1, "image/webp"]] as const) {
        expect((await upload(bytes, "banner", "banner")).mime_type).toEqual(type)
      }
    })

    it("deletes an uploaded logo or banner once it is replaced, removed, or its brand deleted", async () => {
      const first = await upload(png(), "logo")
      const banner = await upload(png(60, 20), "banner")
      const { brand } = (await api.post("/admin/brands", { name: "Acme", logo_url: first.url, banner_url: banner.url }, admin)).data
      expect(fs.existsSync(storedFile(first))).toBe(true)

      // Replaced: the old file goes, the new one stays.
      const second = await upload(png(16, 16), "logo")
      await api.post(`/admin/brands/${brand.id}`, { logo_url: second.url }, admin)
      expect([fs.existsSync(storedFile(first)), fs.existsSync(storedFile(second))]).toEqual([false, true])

      // Changing something else keeps the files.
      await api.post(`/admin/brands/${brand.id}`, { name: "Acme 2", banner_url: banner.url }, admin)
      expect([fs.existsSync(storedFile(second)), fs.existsSync(storedFile(banner))]).toEqual([true, true])

      // Removed.
      await api.post(`/admin/brands/${brand.id}`, { banner_url: null }, admin)
      expect(fs.existsSync(storedFile(banner))).toBe(false)

      // Replaced by an outside URL.
      await api.post(`/admin/brands/${brand.id}`, { logo_url: "https://cdn.example.com/acme.png" }, admin)
      expect(fs.existsSync(storedFile(second))).toBe(false)
      expect(await uploadRows()).toEqual([])

      // The brand deleted.
      const third = await upload(png(), "logo")
      const fourth = await upload(png(), "banner")
      await api.post(`/admin/brands/${brand.id}`, { logo_url: third.url, banner_url: fourth.url }, admin)
      await api.delete(`/admin/brands/${brand.id}`, admin)
      expect([fs.existsSync(storedFile(third)), fs.existsSync(storedFile(fourth))]).toEqual([false, false])
      expect(await uploadRows()).toEqual([])
    })

    it("keeps a file that another brand still uses", async () => {
      const shared = await upload(png(), "logo")
      const one = (await api.post("/admin/brands", { name: "One", logo_url: shared.url }, admin)).data.brand
      const two = (await api.post("/admin/brands", { name: "Two", banner_url: shared.url }, admin)).data.brand
      await api.post(`/admin/brands/${one.id}`, { logo_url: null }, admin)
      expect(fs.existsSync(storedFile(shared))).toBe(true)
      await api.delete(`/admin/brands/${two.id}`, admin)
      expect(fs.existsSync(storedFile(shared))).toBe(false)
    })

    it("deletes, a day later, uploads that no brand took up (a form closed without saving)", async () => {
      const abandoned = await upload(png(), "logo")
      const fresh = await upload(png(), "logo")
      const used = await upload(png(), "banner")
      await api.post("/admin/brands", { name: "Acme", banner_url: used.url }, admin)
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex("brand_upload")
        .whereIn("file_id", [abandoned.file_id, used.file_id])
        .update({ created_at: knex.raw("now() - interval '25 hours'") })

      await deleteUnusedBrandUploadsJob(getContainer())
      expect([abandoned, fresh, used].map((file) => fs.existsSync(storedFile(file)))).toEqual([false, true, true])
      expect((await uploadRows()).map((row) => row.file_id).sort()).toEqual([fresh.file_id, used.file_id].sort())
    })

    it("refuses SVG, other types, empty and oversized files with a clear 4xx, storing nothing", async () => {
      const files = () => (fs.existsSync(path.join(process.cwd(), "static")) ? fs.readdirSync(path.join(process.cwd(), "static")).length : 0)
      const before = files()
      const send = async (bytes: Buffer | null, kind: string, filename = "logo.png") => {
        const form = new FormData()
        form.append("kind", kind)
        if (bytes) form.append("file", new Blob([bytes]), filename)
        const response = await failed(api.post("/admin/brands/uploads", form, admin))
        return [response.status, response.data.message]
      }
      expect(await send(SVG_WITH_SCRIPT, "logo", "logo.svg")).toEqual([400, expect.stringMatching(/^SVG and other markup files are not accepted/)])
      expect(await send(Buffer.alloc(0), "logo")).toEqual([400, "The logo file is empty (0 bytes)"])
      expect(await send(Buffer.from("%PDF-1.7"), "banner", "banner.pdf")).toEqual([400, "The banner must be a PNG, JPEG, WebP, GIF or AVIF image"])
      const threeMegabytes = Buffer.concat([png(), Buffer.alloc(3 * 1024 * 1024)])
      expect(await send(threeMegabytes, "logo")).toEqual([413, "The logo must be at most 2 MB; this file is 3 MB"])
      const sixMegabytes = Buffer.concat([png(), Buffer.alloc(6 * 1024 * 1024)])
      expect(await send(sixMegabytes, "banner")).toEqual([413, "An image must be at most 5 MB"])
      expect(await send(png(), "icon")).toEqual([400, expect.stringMatching(/kind must be one of logo, banner/)])
      expect(await send(null, "logo")).toEqual([400, "Send the image as multipart/form-data, in a form field named file"])
      expect(files()).toEqual(before)
      expect(await uploadRows()).toEqual([])
    })
  },
})
