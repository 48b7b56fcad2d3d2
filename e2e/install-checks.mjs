// Browser checks of `npm run test:install`: the packed plugin in a fresh store. They use the
// same helpers as the demo's scenarios, against a store that only followed the README.
import assert from "node:assert/strict"
import path from "node:path"
import {
  adminApi,
  brandWidget,
  captureRequest,
  eventually,
  logIn,
  openAdmin,
  pickComboboxOption,
  productCreateModal,
  productPageBrand,
  startProduct,
  submitProduct,
} from "./lib/admin.mjs"
import { watchPageProblems } from "./lib/browser.mjs"

/** Runs `checks` ([name, fn] pairs) in order; a check fails on any browser problem too. Returns the failure count. */
export async function runChecks(page, checks, { artifactsDir, label }) {
  const problems = watchPageProblems(page)
  let failures = 0
  for (const [name, check] of checks) {
    const started = Date.now()
    try {
      await check()
      const found = problems.take()
      if (found.length) throw new Error(`The browser reported:\n  ${found.join("\n  ")}`)
      console.log(`  ✓ ${label}: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    } catch (error) {
      failures++
      console.log(`  ✗ ${label}: ${name}\n      ${String(error.stack ?? error).split("\n").join("\n      ")}`)
      await page.screenshot({ path: path.join(artifactsDir, `failed-${label}-${failures}.png`) }).catch(() => {})
    }
  }
  return failures
}

/** The Brand field in the core create form links the new product; the product and brand pages show it. */
export function createFormChecks({ page, baseUrl, brand, title }) {
  const api = adminApi(page, baseUrl)
  const state = {}
  return [
    ["log in", () => logIn(page, baseUrl)],
    [
      "the Brand field in the core create form links the new product",
      async () => {
        const form = await startProduct(page, baseUrl, title, { search: brand.name.slice(0, 4), name: brand.name })
        const { productId, body } = await submitProduct(page, form, "Publish")
        assert.equal(body.additional_data?.brand_id, brand.id, "POST /admin/products carries additional_data.brand_id")
        assert.equal(await api.productBrandId(productId), brand.id)
        state.productId = productId
      },
    ],
    [
      "the product page shows its brand (General section and Brand card)",
      async () => {
        await openAdmin(page, baseUrl, `/products/${state.productId}`)
        await eventually(() => productPageBrand(page), (text) => text.includes(brand.name), { message: "the Brand row" })
        await brandWidget(page).getByText(brand.name).waitFor()
      },
    ],
    [
      "the brand page lists the product",
      async () => {
        await openAdmin(page, baseUrl, `/brands/${brand.id}`)
        await page.getByRole("region", { name: "Products" }).getByRole("row", { name: new RegExp(title) }).waitFor()
      },
    ],
  ]
}

/**
 * Without brandsVitePlugin the create form would drop the brand: the field says where to set it,
 * the product is created without one, and the Brand card sets it afterwards.
 */
export function withoutVitePluginChecks({ page, baseUrl, brand, title }) {
  const api = adminApi(page, baseUrl)
  return [
    ["log in", () => logIn(page, baseUrl)],
    [
      "the create form says the brand is set after creation, and the Brand card sets it",
      async () => {
        const form = await startProduct(page, baseUrl, title)
        const tip = form.getByTestId("brand-set-after-creation")
        await tip.waitFor()
        assert.match(await tip.innerText(), /Set the brand after creating the product/)
        assert.equal(await productCreateModal(page).getByRole("combobox", { name: "Brand" }).count(), 0, "no Brand picker")
        const { productId, body } = await submitProduct(page, form, "Publish")
        assert.equal(body.additional_data, undefined, "the unpatched form sends no additional_data")
        assert.equal(await api.productBrandId(productId), null)

        await brandWidget(page).getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Change" }).click()
        const drawer = page.getByRole("dialog")
        await pickComboboxOption(page, drawer, "Brand", brand.name.slice(0, 4), brand.name)
        const sent = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () =>
          drawer.getByRole("button", { name: "Save" }).click()
        )
        assert.equal(sent.additional_data?.brand_id, brand.id)
        await brandWidget(page).getByText(brand.name).waitFor()
        assert.equal(await api.productBrandId(productId), brand.id)
      },
    ],
  ]
}
