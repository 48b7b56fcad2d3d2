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

/**
 * Records the admin list requests our pages send, so a scenario can check that none asks
 * for an unbounded list (every brand list carries a limit of at most 100).
 */
export function watchListRequests(page) {
  let urls = []
  page.on("request", (request) => {
    const url = new URL(request.url())
    if (request.method() === "GET" && /^\/admin\/brands(\/[^/]+\/products)?$/.test(url.pathname)) urls.push(url)
  })
  return {
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
