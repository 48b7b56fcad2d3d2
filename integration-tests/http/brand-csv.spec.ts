import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import fs from "node:fs"
import path from "node:path"
import { parse } from "csv-parse/sync"
import { brandIdsOf, createBrands, createProducts } from "../helpers/fixtures"
import { adminRequestOptions, failed } from "../helpers/admin"
import { uploadCsv } from "../helpers/csv-upload"
import { containerSql } from "../helpers/pg-sql"
import { DEMO_STORE_DIR } from "../helpers/stores"

jest.setTimeout(180 * 1000)

const BOM = "\uFEFF"

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }

    beforeEach(async () => {
      admin = await adminRequestOptions(api, getContainer())
    })

    const sql = (query: string, bindings: unknown[] = []) => containerSql(getContainer())(query, bindings)
    const brandRows = () => sql("select row_to_json(b) as row from brand b order by id")
    const linkRows = () => sql("select row_to_json(l) as row from product_brand l order by product_id, brand_id")
    /** The export as bytes (axios would drop the byte order mark from text) and parsed. */
    const exportCsv = async (type: string) => {
      const response = await api.get(`/admin/brands/export?type=${type}`, { ...admin, responseType: "arraybuffer" })
      const bytes = Buffer.from(response.data)
      return { response, bytes, text: bytes.toString("utf8"), rows: parse(bytes, { bom: true }) as string[][] }
    }

    describe("GET /admin/brands/export", () => {
      it("streams every field of every brand, neutralising formulas, and is not captured by /admin/brands/:id", async () => {
        const container = getContainer()
        const [acme] = await createBrands(container, ["Acme"])
        await api.post(
          `/admin/brands/${acme.id}`,
          { description: '=HYPERLINK("http://evil","x"), with "quotes"\nand a newline', metadata: { tier: "gold" }, is_active: false },
          admin
        )
        await api.post("/admin/brands", { name: "@Home", handle: "at-home" }, admin)
        await api.post("/admin/brands", { name: "+Plus" }, admin)
        const { response, bytes, rows } = await exportCsv("brands")
        expect(response.status).toEqual(200)
        expect(response.headers["content-type"]).toEqual("text/csv; charset=utf-8")
        expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="brands-\d{4}-\d\d-\d\d\.csv"$/)
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        expect(rows[0]).toEqual(["id", "handle", "name", "description", "logo_url", "is_active", "metadata", "created_at", "updated_at"])
        const byHandle = Object.fromEntries(rows.slice(1).map((row) => [row[1], row]))
        expect(byHandle.acme).toEqual([
          acme.id,
          "acme",
          "Acme",
          `'=HYPERLINK("http://evil","x"), with "quotes"\nand a newline`,
          "",
          "false",
          '{"tier":"gold"}',
          expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        ])
        expect(byHandle["at-home"][2]).toEqual("'@Home")
        expect(byHandle.plus[2]).toEqual("'+Plus")

        const bad = await failed(api.get("/admin/brands/export?type=everything", admin))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringMatching(/'brands, assignments' for field 'type'/)])
        expect((await failed(api.get("/admin/brands/export", admin))).status).toEqual(400)
      })

      it("streams one row per product with its brand's handle, empty for unbranded products, in pages", async () => {
        const container = getContainer()
        const [acme] = await createBrands(container, ["Acme"])
        // More than one export page (1,000 rows).
        const branded = await createProducts(container, { count: 1100, title: "Branded", brandId: acme.id })
        const [plain] = await createProducts(container, { count: 1, title: "-Plain" })
        const { rows } = await exportCsv("assignments")
        expect(rows[0]).toEqual(["product_id", "product_handle", "product_title", "brand_handle"])
        expect(rows).toHaveLength(1 + 1101)
        const byId = new Map(rows.slice(1).map((row) => [row[0], row]))
        expect(byId.get(branded[0].id)).toEqual([branded[0].id, branded[0].handle, branded[0].title, "acme"])
        expect(byId.get(plain.id)).toEqual([plain.id, plain.handle, "'-Plain 001", ""])
      })
    })

    describe("POST /admin/brands/import (brands)", () => {
      it("dry-runs by default: counts and row errors with line and column, nothing written", async () => {
        const container = getContainer()
        const [acme, globex] = await createBrands(container, ["Acme", "Globex"])
        await api.post(`/admin/brands/${globex.id}`, { description: "Same" }, admin)
        const before = await brandRows()
        const content =
          BOM +
          "handle,name,description,is_active,metadata\r\n" +
          'acme,"Acme, Inc.","Line one\nline two",false,\r\n' + // update: name, description, is_active
          "globex,Globex,Same,,\r\n" + // unchanged
          "initech,Initech,,true,\"{\"\"tier\"\":1}\"\r\n" + // create
          "Bad Handle,Bad,,,\r\n" + // error: handle
          "hooli,,,maybe,[1]\r\n" // errors: name, is_active, metadata
        const { data } = await uploadCsv(api, admin, { type: "brands", content })
        expect(data).toEqual({
          type: "brands",
          dry_run: true,
          summary: { total: 5, create: 1, update: 1, unchanged: 1, error: 2 },
          errors: [
            { line: 6, column: "handle", reason: expect.stringMatching(/lowercase letters and digits/) },
            { line: 7, column: "is_active", reason: "is_active must be true, false or empty" },
            { line: 7, column: "metadata", reason: "metadata must be a JSON object or empty" },
            { line: 7, column: "name", reason: "name must not be empty" },
          ],
        })
        expect(await brandRows()).toEqual(before)
        expect(acme.handle).toEqual("acme")
      })

      it("applies all or nothing: a file with a row error writes nothing, a clean file creates and updates", async () => {
        const container = getContainer()
        const [acme] = await createBrands(container, ["Acme"])
        const before = await brandRows()
        const broken = "handle,name\nacme,Acme Corp\nnew-brand,New\nbad handle,Bad\n"
        const refused = await failed(uploadCsv(api, admin, { type: "brands", content: broken, dry_run: "false" }))
        expect(refused.status).toEqual(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: "1 of 3 rows have errors; nothing was imported",
          summary: { total: 3, create: 1, update: 1, unchanged: 0, error: 1 },
          errors: [{ line: 4, column: "handle", reason: expect.any(String) }],
        })
        expect(await brandRows()).toEqual(before)

        const clean = "handle,name,logo_url\nacme,Acme Corp,https://cdn.example.com/a.png\nnew-brand,New,\n"
        const { data } = await uploadCsv(api, admin, { type: "brands", content: clean, dry_run: "false" })
        expect(data).toEqual({
          type: "brands",
          dry_run: false,
          summary: { total: 2, create: 1, update: 1, unchanged: 0, error: 0 },
          errors: [],
        })
        const brands = await sql("select handle, name, logo_url from brand where deleted_at is null order by handle")
        expect(brands).toEqual([
          { handle: "acme", name: "Acme Corp", logo_url: "https://cdn.example.com/a.png" },
          { handle: "new-brand", name: "New", logo_url: null },
        ])
        expect((await brandRows()).find(({ row }: any) => row.id === acme.id).row.id).toEqual(acme.id)
      })

      it("imports its own export unchanged (round trip, formulas restored)", async () => {
        const container = getContainer()
        await createBrands(container, ["Acme"])
        await api.post("/admin/brands", { name: "=Sum", handle: "sum", description: "-minus", metadata: { a: [1, 2] } }, admin)
        const { bytes } = await exportCsv("brands")
        const { data } = await uploadCsv(api, admin, { type: "brands", content: bytes })
        expect(data.summary).toEqual({ total: 2, create: 0, update: 0, unchanged: 2, error: 0 })
      })

      it("refuses a handle that is another brand's alias", async () => {
        const container = getContainer()
        const [acme, acmeInc] = await createBrands(container, ["Acme", "Acme Inc"])
        await api.post(`/admin/brands/${acme.id}/merge`, { brand_ids: [acmeInc.id] }, admin)
        const { data } = await uploadCsv(api, admin, { type: "brands", content: "handle,name\nacme-inc,Acme Inc\n" })
        expect(data.errors).toEqual([{ line: 2, column: "handle", reason: expect.stringMatching(/"acme-inc" is an alias of the brand "acme"/) }])
      })
    })

    describe("the README's example files", () => {
      it("import as documented", async () => {
        const example = (name: string) => fs.readFileSync(path.join(__dirname, "..", "..", "docs", "examples", name))
        const brands = await uploadCsv(api, admin, { type: "brands", content: example("brands.csv"), dry_run: "false" })
        expect(brands.data.summary).toEqual({ total: 3, create: 3, update: 0, unchanged: 0, error: 0 })
        const rows = await sql("select handle, name, description, is_active, metadata from brand where deleted_at is null order by handle")
        expect(rows).toEqual([
          { handle: "acme", name: "Acme", description: "Anvils, rockets\nand magnets", is_active: true, metadata: { origin: "US" } },
          { handle: "globex", name: "Globex, Inc.", description: null, is_active: false, metadata: null },
          { handle: "plus-one", name: "+1 Supply", description: null, is_active: true, metadata: null },
        ])
        await createProducts(getContainer(), { count: 1, title: "Classic anvil" }).then(([product]) =>
          api.post(`/admin/products/${product.id}`, { handle: "classic-anvil" }, admin)
        )
        await createProducts(getContainer(), { count: 1, title: "Loose lantern" }).then(([product]) =>
          api.post(`/admin/products/${product.id}`, { handle: "loose-lantern" }, admin)
        )
        const assignments = await uploadCsv(api, admin, { type: "assignments", content: example("brand-assignments.csv") })
        expect(assignments.data.summary).toEqual({ total: 2, create: 1, update: 0, unchanged: 1, error: 0 })
      })
    })

    describe("hostile files", () => {
      it("get a 400 with a clear message and write nothing, even with dry_run=false", async () => {
        const container = getContainer()
        await createBrands(container, ["Acme"])
        await createProducts(container, { count: 1, title: "Item" })
        const before = { brands: await brandRows(), links: await linkRows() }
        const rows = (count: number) => "handle,name\n" + Array.from({ length: count }, (_, i) => `brand-${i},Brand ${i}`).join("\n")
        const cases: [string, { type?: string; content: string | Buffer; field?: string; dry_run?: string }, RegExp][] = [
          ["unknown column", { content: "handle,name,colour\nacme,Acme,red\n" }, /Unknown column "colour"; the columns are/],
          ["missing column", { content: "handle,description\nacme,x\n" }, /Missing column "name"/],
          ["assignments without a product column", { type: "assignments", content: "brand_handle\nacme\n" }, /"product_id" or "product_handle"/],
          ["a column named twice", { content: "handle,name,name\nacme,A,B\n" }, /names the column "name" twice/],
          ["a header without a name", { content: "handle,,name\nacme,,A\n" }, /Column 2 of the header row has no name/],
          ["duplicate handles", { content: "handle,name\nacme,A\nother,O\nacme,B\n" }, /The handle "acme" appears twice, on lines 2 and 4/],
          ["duplicate products", { type: "assignments", content: "product_handle,brand_handle\nitem-001,acme\nitem-001,\n" }, /The product handle "item-001" appears twice/],
          ["invalid UTF-8", { content: Buffer.concat([Buffer.from("handle,name\nacme,"), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from("\n")]) }, /not valid UTF-8/],
          ["binary data", { content: Buffer.from("handle,name\nacme,A\u0000\u0001\n") }, /binary data \(a control character on line 2\)/],
          ["a PNG image", { content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, /not valid UTF-8/],
          ["JSON", { content: '{"brands":[{"handle":"acme","name":"Acme"}]}' }, /not a valid CSV: Invalid Opening Quote/],
          ["an HTML page", { content: "<html><body>Not a CSV</body></html>" }, /Missing column "handle", "name"|Unknown column/],
          ["an unclosed quote", { content: 'handle,name\nacme,"Acme\n' }, /not a valid CSV: Quote Not Closed/],
          ["a row of another width", { content: "handle,name\nacme,Acme,extra\n" }, /not a valid CSV: Invalid Record Length: expect 2, got 3 on line 2/],
          ["an empty file", { content: "" }, /The file is empty/],
          ["a file larger than 10 MB", { content: Buffer.alloc(10 * 1024 * 1024 + 1, "a") }, /larger than the limit of 10 MB/],
          ["more than 50,000 rows", { content: rows(50_001) }, /more than 50,000 rows, the limit for one import/],
          ["the file in another field", { content: "handle,name\n", field: "upload" }, /exactly one CSV file, in the form field named file/],
          ["no type", { type: "", content: "handle,name\n" }, /type/],
          ["a bad dry_run", { content: "handle,name\n", dry_run: "maybe" }, /dry_run/],
        ]
        for (const [label, { type = "brands", dry_run = "false", ...rest }, message] of cases) {
          const response = await failed(uploadCsv(api, admin, { type: type || undefined, dry_run, ...rest }))
          expect([label, response.status, response.data.message]).toEqual([label, 400, expect.stringMatching(message)])
        }
        const json = await failed(api.post("/admin/brands/import", { type: "brands", file: "handle,name" }, admin))
        expect([json.status, json.data.message]).toEqual([400, "Send the CSV file as multipart/form-data, in a form field named file"])
        expect({ brands: await brandRows(), links: await linkRows() }).toEqual(before)

        // At the limit exactly, the file is read.
        const { data } = await uploadCsv(api, admin, { type: "brands", content: rows(50_000) })
        expect(data.summary).toEqual({ total: 50_000, create: 50_000, update: 0, unchanged: 0, error: 0 })
      })
    })

    describe("POST /admin/brands/import (assignments)", () => {
      it("finds products by id or handle and brands by handle or alias; an empty brand clears it; all or nothing", async () => {
        const container = getContainer()
        const [acme, globex, old] = await createBrands(container, ["Acme", "Globex", "Old"])
        await api.post(`/admin/brands/${acme.id}/merge`, { brand_ids: [old.id] }, admin)
        const [p1, p2, p3, p4, p5] = await createProducts(container, { count: 5, title: "Item" })
        await api.post(`/admin/brands/${globex.id}/products`, { add: [p2.id, p3.id, p4.id] }, admin)
        const content = [
          "product_id,product_handle,product_title,brand_handle",
          `${p1.id},,Ignored title,acme`, // create
          `,${p2.handle},,old`, // update via alias: globex -> acme
          `${p3.id},${p3.handle},,`, // update: clear
          `${p4.id},,,globex`, // unchanged
          `${p5.id},,,`, // unchanged (no brand, cleared)
        ].join("\n")
        const before = await linkRows()
        const dry = await uploadCsv(api, admin, { type: "assignments", content })
        expect(dry.data).toEqual({
          type: "assignments",
          dry_run: true,
          summary: { total: 5, create: 1, update: 2, unchanged: 2, error: 0 },
          errors: [],
        })
        expect(await linkRows()).toEqual(before)

        const applied = await uploadCsv(api, admin, { type: "assignments", content, dry_run: "false" })
        expect(applied.data.summary).toEqual({ total: 5, create: 1, update: 2, unchanged: 2, error: 0 })
        expect(await brandIdsOf(container, p1.id)).toEqual([acme.id])
        expect(await brandIdsOf(container, p2.id)).toEqual([acme.id])
        expect(await brandIdsOf(container, p3.id)).toEqual([])
        expect(await brandIdsOf(container, p4.id)).toEqual([globex.id])
        expect(await brandIdsOf(container, p5.id)).toEqual([])
      })

      it("reports unknown products and brands and mismatched handles per row", async () => {
        const container = getContainer()
        await createBrands(container, ["Acme"])
        const [p1, p2] = await createProducts(container, { count: 2, title: "Item" })
        const content = [
          "product_id,product_handle,brand_handle",
          "prod_missing,,acme",
          ",no-such-handle,acme",
          `${p1.id},wrong-handle,acme`,
          `${p2.id},,no-such-brand`,
          ",,acme",
        ].join("\n")
        const { data } = await uploadCsv(api, admin, { type: "assignments", content })
        expect(data.summary).toEqual({ total: 5, create: 0, update: 0, unchanged: 0, error: 5 })
        expect(data.errors).toEqual([
          { line: 2, column: "product_id", reason: 'No product with id "prod_missing"' },
          { line: 3, column: "product_handle", reason: 'No product with handle "no-such-handle"' },
          { line: 4, column: "product_handle", reason: `Product "${p1.id}" has the handle "${p1.handle}", not "wrong-handle"` },
          { line: 5, column: "brand_handle", reason: 'No brand with handle "no-such-brand"' },
          { line: 6, column: "product_id", reason: "Give the product's id or handle" },
        ])
      })
    })
  },
})
