// Helpers for driving Medusa Admin in the browser tests.
import assert from "node:assert/strict"

export const ADMIN_EMAIL = "admin@example.com"
export const ADMIN_PASSWORD = "supersecret"

/** Polls `read` until `check` accepts its value, or fails with the last value after `timeout` ms. */
export async function eventually(read, check, { timeout = 15000, message = "condition" } = {}) {
  const deadline = Date.now() + timeout
  let last
  while (true) {
    last = await read()
    if (check(last)) return last
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${message}; last value: ${JSON.stringify(last)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Admin API calls with the browser's session cookie. */
export function adminApi(page, baseUrl) {
  const call = async (method, path, data) => {
    const send = () => page.request.fetch(`${baseUrl}${path}`, { method, data })
    // A reused keep-alive socket can be closed by the server just as a request goes out;
    // a GET is safe to send again.
    const response = await send().catch((error) => {
      if (method === "GET" && /ECONNRESET|socket hang up/.test(error.message)) return send()
      throw error
    })
    const body = await response.json().catch(() => null)
    if (!response.ok()) throw new Error(`${method} ${path} answered ${response.status()}: ${JSON.stringify(body)}`)
    return body
  }
  return {
    get: (path) => call("GET", path),
    post: (path, data) => call("POST", path, data),
    delete: (path) => call("DELETE", path),
    brandByName: async (name) => {
      const { brands } = await call("GET", `/admin/brands?q=${encodeURIComponent(name)}&limit=20`)
      const brand = brands.find((candidate) => candidate.name === name)
      assert.ok(brand, `No brand named ${name}`)
      return brand
    },
    productBrandId: async (productId) => {
      const { product } = await call("GET", `/admin/products/${productId}?fields=id,+brand.id`)
      return product.brand?.id ?? null
    },
  }
}

/**
 * Runs `action` and returns the JSON body of the first request it sends that `matches`
 * (method and path, query ignored), once its response has arrived.
 */
export async function captureRequest(page, method, pathPattern, action) {
  const matches = (request) => request.method() === method && pathPattern.test(new URL(request.url()).pathname)
  const [response] = await Promise.all([page.waitForResponse((r) => matches(r.request())), action()])
  assert.ok(response.ok(), `${method} ${response.url()} answered ${response.status()}: ${await response.text()}`)
  return response.request().postDataJSON()
}

/** Why a brand list request is not bounded, or null: it must carry a whole `limit` from 1 to `max`. */
export function unboundedListRequest(url, max = 100) {
  const limit = url.searchParams.get("limit")
  if (limit === null) return `no limit: ${url.pathname}${url.search}`
  if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > max) return `limit ${limit} outside 1-${max}: ${url.pathname}${url.search}`
  return null
}

/**
 * Records the brand list requests our pages send (GET /admin/brands and
 * /admin/brands/:id/products), so that every one can be checked for a bounded `limit`.
 * `take()` returns and clears them (the runner checks each scenario's); `peek()` only reads.
 */
export function watchListRequests(page) {
  let urls = []
  page.on("request", (request) => {
    const url = new URL(request.url())
    if (request.method() === "GET" && /^\/admin\/brands(\/[^/]+\/products)?$/.test(url.pathname)) urls.push(url)
  })
  return {
    peek: () => [...urls],
    take() {
      const taken = urls
      urls = []
      return taken
    },
  }
}

/** The "x — y of N results" count under a DataTable. */
export async function resultCount(scope) {
  const text = await scope.getByText(/of \d+ results/).first().textContent()
  return Number(/of (\d+) results/.exec(text)[1])
}

/** Opens the dashboard Combobox labelled `label`, searches `query` and picks the option named `option`. */
export async function pickComboboxOption(page, scope, label, query, option) {
  const input = scope.getByLabel(label, { exact: true }).last()
  await input.click()
  await input.fill(query)
  const item = page.locator("[role=option]:visible", { hasText: option }).first()
  await item.waitFor()
  await item.click()
}

/** Confirms the open @medusajs/ui prompt with its `confirm` button. */
export async function confirmPrompt(page, confirm) {
  const dialog = page.getByRole("alertdialog")
  await dialog.waitFor()
  const text = await dialog.innerText()
  await dialog.getByRole("button", { name: confirm, exact: true }).click()
  await dialog.waitFor({ state: "detached" })
  return text
}

/** Opens `route` of the admin at `baseUrl` and waits until the page is quiet. */
export async function openAdmin(page, baseUrl, route) {
  await page.goto(`${baseUrl}/app${route}`)
  await page.waitForLoadState("networkidle")
}

/** Logs in on the admin's login page. */
export async function logIn(page, baseUrl, { email = ADMIN_EMAIL, password = ADMIN_PASSWORD } = {}) {
  await openAdmin(page, baseUrl, "/login")
  await page.getByPlaceholder("Email").fill(email)
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL(/\/app\/orders/)
}

/**
 * The core product create page renders its modal twice, and each copy hides the other from
 * the accessibility tree, so it is found by CSS (the last copy is the live one).
 */
export const productCreateModal = (page) => page.locator("[role=dialog]").last()

/** A button by its exact text (inside the create modal, buttons have no accessible names). */
export const buttonNamed = (scope, text) => scope.locator("button", { hasText: new RegExp(`^${text}$`) })

/** The text of the Brand row that the custom field's display adds to the product's General section. */
export const productPageBrand = (page) =>
  page.locator("p").filter({ hasText: /^Brand$/ }).locator("xpath=following-sibling::*[1]").innerText()

/** The Brand card (widget) in the product page's side column. */
export const brandWidget = (page) => page.getByRole("region", { name: "Brand" })

/** Opens the core create form and fills its first tab: the title and, when given, the Brand field. */
export async function startProduct(page, baseUrl, title, brand) {
  await openAdmin(page, baseUrl, "/products/create")
  const form = productCreateModal(page)
  await form.getByLabel("Title", { exact: true }).last().fill(title)
  if (brand) {
    await pickComboboxOption(page, form, "Brand", brand.search, brand.name)
    await eventually(
      () => form.getByLabel("Brand", { exact: true }).last().evaluate((input) => input.closest("div.relative")?.textContent ?? ""),
      (text) => text.includes(brand.name),
      { message: "the Brand field to show the chosen brand" }
    )
  }
  return form
}

/**
 * Submits the create form (already past its first tab) with `submit` ("Publish" or "Save as draft"),
 * waits for the new product's page and returns the product id and the POST /admin/products body.
 */
export async function submitProduct(page, form, submit) {
  await buttonNamed(form, "Continue").click()
  await buttonNamed(form, "Continue").click()
  const body = await captureRequest(page, "POST", /^\/admin\/products$/, () => buttonNamed(form, submit).click())
  await page.waitForURL(/\/app\/products\/prod_/)
  return { productId: /products\/(prod_[^/?]+)/.exec(page.url())[1], body }
}
