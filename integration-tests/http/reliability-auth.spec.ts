import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminRequestOptions } from "../helpers/admin"
import { catalogueRows, changedCells } from "../helpers/catalogue-rows"
import { createBrands, createProducts, createPublishableKey, createSalesChannel } from "../helpers/fixtures"
import { png } from "../helpers/images"
import { DEMO_STORE_DIR } from "../helpers/stores"
import { runPluginMigrationScripts } from "../helpers/migration-scripts"

jest.setTimeout(120 * 1000)

type Method = "GET" | "POST" | "DELETE"
type Route = { method: Method; path: string; body?: unknown }

/** A valid logo upload, so that an admin's request succeeds. */
function pngUpload() {
  const form = new FormData()
  form.append("kind", "logo")
  form.append("file", new Blob([png()]), "logo.png")
  return form
}

const CUSTOMER = { email: "shopper@medusa-brands.test", password: "shopper-secret" }

medusaIntegrationTestRunner({
  cwd: DEMO_STORE_DIR,
  testSuite: ({ api, getContainer }) => {
    beforeAll(() => runPluginMigrationScripts(getContainer()))

    let admin: { headers: Record<string, string> }
    let publishable: Record<string, string>
    let customerToken: string
    let acme: { id: string }
    let other: { id: string }
    let product: { id: string }

    beforeEach(async () => {
      const container = getContainer()
      admin = await adminRequestOptions(api, container)
      const channel = await createSalesChannel(container)
      publishable = (await createPublishableKey(container, [channel.id])).headers
      ;[acme, other] = await createBrands(container, ["Acme", "Other"])
      ;[product] = await createProducts(container, { count: 1, brandId: acme.id, salesChannelId: channel.id })

      const registration = await api.post("/auth/customer/emailpass/register", CUSTOMER)
      await api.post(
        "/store/customers",
        { email: CUSTOMER.email },
        { headers: { ...publishable, authorization: `Bearer ${registration.data.token}` } }
      )
      customerToken = (await api.post("/auth/customer/emailpass", CUSTOMER)).data.token
    })

    const send = ({ method, path, body }: Route, headers: Record<string, string>) =>
      api.request({ method, url: path, data: body, headers, validateStatus: () => true })

    /** A brands file that creates one brand, as multipart (applied, not a dry run). */
    const importForm = () => {
      const form = new FormData()
      form.append("type", "brands")
      form.append("dry_run", "false")
      form.append("file", new Blob(["handle,name\nintruder,Intruder\n"], { type: "text/csv" }), "brands.csv")
      return form
    }

    const adminRoutes = (): Route[] => [
      { method: "GET", path: "/admin/brands" },
      { method: "POST", path: "/admin/brands", body: { name: "Intruder" } },
      { method: "GET", path: `/admin/brands/${acme.id}` },
      { method: "POST", path: `/admin/brands/${acme.id}`, body: { name: "Owned" } },
      { method: "DELETE", path: `/admin/brands/${acme.id}` },
      { method: "GET", path: `/admin/brands/${acme.id}/products` },
      { method: "POST", path: `/admin/brands/${acme.id}/products`, body: { remove: [product.id] } },
      { method: "POST", path: `/admin/brands/${acme.id}/products/move`, body: { to_brand_id: other.id } },
      { method: "POST", path: `/admin/brands/${acme.id}/merge`, body: { brand_ids: [other.id] } },
      { method: "GET", path: "/admin/brands/export?type=brands" },
      { method: "POST", path: "/admin/brands/import", body: importForm() },
      { method: "GET", path: "/admin/brands/health" },
      { method: "GET", path: "/admin/brands/health/unbranded-products" },
      {
        method: "POST",
        path: "/admin/products",
        body: { title: "Intruder", options: [{ title: "S", values: ["1"] }], additional_data: { brand_id: acme.id } },
      },
      { method: "POST", path: `/admin/products/${product.id}`, body: { additional_data: { brand_id: null } } },
      { method: "GET", path: `/admin/products/${product.id}?fields=+brand.*` },
      { method: "GET", path: `/admin/products?brand_id=${acme.id}` },
      { method: "GET", path: `/admin/products?brand[id][0]=${acme.id}` },
      { method: "POST", path: "/admin/brands/featured/order", body: { brand_ids: [] } },
      { method: "POST", path: "/admin/brands/uploads", body: pngUpload() },
    ]

    it("refuses every admin brand route without an admin, and changes no row", async () => {
      const credentials: Record<string, Record<string, string>> = {
        "no credentials": {},
        "a publishable key": publishable,
        "a customer's token": { authorization: `Bearer ${customerToken}` },
        "a customer's token and a publishable key": { ...publishable, authorization: `Bearer ${customerToken}` },
        "a forged token": { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJhY3Rvcl90eXBlIjoidXNlciJ9.c2lnbmF0dXJl" },
        "a publishable key as a bearer token": { authorization: `Bearer ${publishable["x-publishable-api-key"]}` },
        "a publishable key as basic auth": { authorization: `Basic ${Buffer.from(`${publishable["x-publishable-api-key"]}:`).toString("base64")}` },
      }
      const before = await catalogueRows(getContainer())
      const let_through: string[] = []
      let tried = 0
      for (const [who, headers] of Object.entries(credentials)) {
        for (const route of adminRoutes()) {
          tried++
          const { status } = await send(route, headers)
          if (status !== 401 && status !== 403) let_through.push(`${route.method} ${route.path} with ${who}: ${status}`)
        }
      }
      expect(tried).toEqual(140)
      expect(let_through).toEqual([])
      expect(changedCells(before, await catalogueRows(getContainer()))).toEqual([])

      // The same routes do answer an admin (the delete last), so the refusals above are about the credentials.
      const routes = adminRoutes()
      for (const route of [...routes.filter((r) => r.method !== "DELETE"), ...routes.filter((r) => r.method === "DELETE")]) {
        const { status } = await send(route, admin.headers)
        expect([route.method, route.path, status]).toEqual([route.method, route.path, 200])
      }
    })

    it("accepts no writes on the store brand routes, whoever asks", async () => {
      const paths = ["/store/brands", `/store/brands/${acme.id}`, `/store/brands/${acme.id}/products`, "/store/brands/handle/acme"]
      const callers: Record<string, Record<string, string>> = {
        "a publishable key": publishable,
        "a customer with a publishable key": { ...publishable, authorization: `Bearer ${customerToken}` },
        "an admin with a publishable key": { ...publishable, ...admin.headers },
      }
      const before = await catalogueRows(getContainer())
      const accepted: string[] = []
      for (const [who, headers] of Object.entries(callers)) {
        for (const path of paths) {
          for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
            const { status } = await api.request({
              method,
              url: path,
              data: { name: "Defaced", add: [product.id] },
              headers,
              validateStatus: () => true,
            })
            if (status < 400 || status >= 500) accepted.push(`${method} ${path} by ${who}: ${status}`)
          }
        }
      }
      expect(accepted).toEqual([])
      expect(changedCells(before, await catalogueRows(getContainer()))).toEqual([])

      // Reads need the publishable key, and work with it (also with the brand filters).
      for (const path of [...paths, "/store/brands?has_products=true", `/store/products?brand_id=${acme.id}`]) {
        expect([path, (await send({ method: "GET", path }, {})).status]).toEqual([path, 400])
        expect([path, (await send({ method: "GET", path }, publishable)).status]).toEqual([path, 200])
      }
    })
  },
})
