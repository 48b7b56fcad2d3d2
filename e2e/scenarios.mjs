// The browser scenarios of the brand admin (issue 3). They run in order on one logged-in page
// and build on each other: the brand made in 2 gets products in 3 and 4, and so on.
import assert from "node:assert/strict"
import fs from "node:fs"
import path from "node:path"
import {
  adminApi,
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  brandWidget as brandWidgetOf,
  captureRequest,
  confirmPrompt,
  eventually,
  openAdmin,
  pickComboboxOption,
  productCreateModal as productCreateModalOf,
  productPageBrand as productPageBrandOf,
  resultCount,
  startProduct as startProductOf,
  submitProduct as submitProductOf,
  watchListRequests,
} from "./lib/admin.mjs"
import { watchPageProblems } from "./lib/browser.mjs"

const BRAND = "Aurora Outfitters"
const PUBLISHED_PRODUCT = "Aurora Trail Jacket"
const DRAFT_PRODUCT = "Aurora Draft Tee"
const SEARCH_ONLY_BRAND = "Xylophone Atelier" // created last by `e2e/seed.ts bulk`
const PAGE_SIZE = 20
const MAX_LIST_LIMIT = 100

/** A published product with one variant, optionally with a brand (`additional_data.brand_id`). */
const productBody = (title, brandId) => ({
  title,
  status: "published",
  options: [{ title: "Size", values: ["One size"] }],
  variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "eur", amount: 1500 }] }],
  ...(brandId ? { additional_data: { brand_id: brandId } } : {}),
})

export async function runScenarios({ page, baseUrl, artifactsDir, seedBulkBrands }) {
  const api = adminApi(page, baseUrl)
  const problems = watchPageProblems(page)
  const listRequests = watchListRequests(page)
  const state = {}
  let shots = 0

  const open = (route) => openAdmin(page, baseUrl, route)
  // Waits for opening menus and dialogs to finish animating (spinners run forever and are skipped).
  const settle = () =>
    page.evaluate(() =>
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => {}))
      )
    )
  /** Saves a screenshot of the page; `readme` ones also go to readme/ (for docs/screenshots), without toasts. */
  const shot = async (name, { readme = false } = {}) => {
    await page.waitForLoadState("networkidle")
    if (readme) await page.locator("[data-sonner-toast]").first().waitFor({ state: "detached", timeout: 15000 })
    await settle()
    const file = path.join(artifactsDir, `${String(++shots).padStart(2, "0")}-${name}.png`)
    await page.screenshot({ path: file })
    if (readme) {
      fs.mkdirSync(path.join(artifactsDir, "readme"), { recursive: true })
      fs.copyFileSync(file, path.join(artifactsDir, "readme", `${name}.png`))
    }
  }
  const toast = (text) => page.locator("[data-sonner-toast]", { hasText: text }).first().waitFor()
  const productPageBrand = () => productPageBrandOf(page)
  const brandWidget = () => brandWidgetOf(page)
  const startProduct = (title) => startProductOf(page, baseUrl, title, { search: "Aurora", name: BRAND })

  const scenarios = [
    [
      "1. Log in",
      async () => {
        await open("/login")
        await page.getByPlaceholder("Email").fill(ADMIN_EMAIL)
        await page.getByPlaceholder("Password").fill(ADMIN_PASSWORD)
        await shot("login")
        await page.getByRole("button", { name: "Continue with Email" }).click()
        await page.waitForURL(/\/app\/orders/)
        await page.getByRole("link", { name: "Brands" }).waitFor()
        await shot("after-login")
      },
    ],
    [
      "2. Create a brand through the form",
      async () => {
        await page.getByRole("link", { name: "Brands" }).click()
        await page.waitForURL(/\/app\/brands$/)
        await page.getByRole("row").nth(1).waitFor()
        await shot("brand-list")

        await page.getByRole("link", { name: "Create", exact: true }).click()
        const dialog = page.getByRole("dialog")
        await dialog.getByRole("heading", { name: "Create brand" }).waitFor()
        await dialog.getByRole("button", { name: "Create", exact: true }).click()
        await dialog.getByText("Enter a name").waitFor()

        const name = dialog.getByLabel("Name", { exact: true })
        const handle = dialog.getByLabel("Handle", { exact: true })
        await name.fill("Aurora")
        assert.equal(await handle.inputValue(), "aurora", "the handle follows the name")
        await handle.fill("northwind")
        await name.fill(BRAND)
        assert.equal(await handle.inputValue(), "northwind", "an edited handle no longer follows the name")
        await dialog.getByLabel("Description").fill("Jackets and layers for long northern evenings.")
        await dialog.getByLabel("Logo URL").fill("javascript:alert(1)")
        await dialog.getByRole("button", { name: "Create", exact: true }).click()
        await dialog.getByText("Enter an http:// or https:// URL").waitFor()
        await dialog.getByLabel("Logo URL").fill(`${baseUrl}/static/demo/brands/acme.svg`)
        await dialog.locator(`img[src="${baseUrl}/static/demo/brands/acme.svg"]`).waitFor()

        await dialog.getByRole("button", { name: "Create", exact: true }).click()
        await dialog.getByText("Brand with handle: northwind, already exists.").waitFor()
        await problems.expect(/status of 400 .*\/admin\/brands:/)
        await shot("brand-create-form", { readme: true })
        await handle.fill("aurora-outfitters")
        await dialog.getByRole("button", { name: "Create", exact: true }).click()
        await toast(`Brand ${BRAND} was created`)
        await dialog.waitFor({ state: "detached" })
        await page.waitForURL(/\/app\/brands$/)
        await page.getByPlaceholder("Search").fill("Aurora")
        await page.getByRole("row", { name: new RegExp(BRAND) }).waitFor()
        await shot("brand-list-after-create")

        state.brand = await api.brandByName(BRAND)
        assert.equal(state.brand.handle, "aurora-outfitters")
        assert.equal(state.brand.logo_url, `${baseUrl}/static/demo/brands/acme.svg`)
        assert.equal(state.brand.is_active, true)
      },
    ],
    [
      "3. Create products in the core create form with the Brand field (Publish and Save as draft)",
      async () => {
        /** Submits the create form with `submit`, checks the captured request body and the new product's page. */
        const submitProduct = async (form, submit, status) => {
          const { productId, body } = await submitProductOf(page, form, submit)
          assert.equal(body.status, status)
          assert.equal(body.additional_data?.brand_id, state.brand.id, `${submit} sends additional_data.brand_id`)
          await eventually(productPageBrand, (text) => text.includes(BRAND), { message: "the Brand row on the product page" })
          await brandWidget().getByText(BRAND).waitFor()
          assert.equal(await api.productBrandId(productId), state.brand.id)
          return productId
        }

        let form = await startProduct(PUBLISHED_PRODUCT)
        await shot("product-create-brand-field", { readme: true })
        state.publishedId = await submitProduct(form, "Publish", "published")
        await brandWidget().scrollIntoViewIfNeeded()
        await shot("product-page-brand", { readme: true })

        form = await startProduct(DRAFT_PRODUCT)
        state.draftId = await submitProduct(form, "Save as draft", "draft")
      },
    ],
    [
      "4. The brand page lists the products; add two through Add products and remove them",
      async () => {
        await open("/brands")
        await page.getByPlaceholder("Search").fill("Aurora")
        await page.waitForURL(/q=Aurora/) // the search is debounced; let it land before clicking
        await page.getByRole("row", { name: new RegExp(BRAND) }).click()
        await page.waitForURL(new RegExp(`/app/brands/${state.brand.id}$`))
        const products = page.getByRole("region", { name: "Products" })
        await products.getByRole("row", { name: new RegExp(PUBLISHED_PRODUCT) }).waitFor()
        await products.getByRole("row", { name: new RegExp(DRAFT_PRODUCT) }).waitFor()
        assert.equal(await resultCount(products), 2)

        await products.getByRole("link", { name: "Add products" }).click()
        const dialog = page.getByRole("dialog")
        await dialog.getByRole("heading", { name: `Add products to ${BRAND}` }).waitFor()
        for (const title of ["Rain Shell", "Trail Cap"]) {
          await dialog.getByPlaceholder("Search").fill(title)
          const row = dialog.getByRole("row", { name: new RegExp(title) })
          await row.waitFor()
          await row.getByRole("checkbox").click()
        }
        await dialog.getByText("2 selected").waitFor()
        await shot("brand-add-products")
        const added = await captureRequest(page, "POST", /^\/admin\/brands\/[^/]+\/products$/, () =>
          dialog.getByRole("button", { name: "Add", exact: true }).click()
        )
        assert.equal(added.add.length, 2)
        await toast(`Added 2 products to ${BRAND}`)
        await dialog.waitFor({ state: "detached" })
        await products.getByRole("row", { name: /Rain Shell/ }).waitFor()
        await products.getByRole("row", { name: /Trail Cap/ }).waitFor()
        assert.equal(await resultCount(products), 4)
        await shot("brand-detail-with-products", { readme: true })

        // Row action.
        await products.getByRole("row", { name: /Rain Shell/ }).getByRole("button").click()
        await page.getByRole("menuitem", { name: "Remove from brand" }).click()
        await confirmPrompt(page, "Remove")
        await toast("Removed 1 product from the brand")
        await products.getByRole("row", { name: /Rain Shell/ }).waitFor({ state: "detached" })

        // Bulk action from the command bar.
        await products.getByRole("row", { name: /Trail Cap/ }).getByRole("checkbox").click()
        await page.getByRole("button", { name: /^Remove\b/ }).click()
        await confirmPrompt(page, "Remove")
        await toast("Removed 1 product from the brand")
        await products.getByRole("row", { name: /Trail Cap/ }).waitFor({ state: "detached" })
        assert.equal(await resultCount(products), 2)

        const { products: [rainShell] } = await api.get("/admin/products?q=Rain%20Shell&fields=id,+brand.id")
        assert.equal(rainShell.brand ?? null, null, "a removed product keeps existing, without a brand")
      },
    ],
    [
      "5. Change the product's brand in the edit drawer and in the side widget, and clear it",
      async () => {
        const northwind = await api.brandByName("Northwind")
        const lumen = await api.brandByName("Lumen & Co")
        const editRoute = `/products/${state.publishedId}/edit`

        // Saving the drawer without touching Brand leaves the brand alone.
        await open(`/products/${state.draftId}/edit`)
        let drawer = page.getByRole("dialog")
        await eventually(() => drawer.getByLabel("Brand", { exact: true }).evaluate((input) => input.closest("div.relative")?.textContent ?? ""), (text) => text.includes(BRAND), { message: "the edit drawer to show the current brand" })
        await drawer.getByLabel("Subtitle").fill("Soft and warm")
        const untouched = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(untouched.additional_data?.brand_id, undefined, "an untouched Brand field is not sent")
        assert.equal(await api.productBrandId(state.draftId), state.brand.id)

        // Edit drawer: pick another brand.
        await open(editRoute)
        drawer = page.getByRole("dialog")
        await pickComboboxOption(page, drawer, "Brand", "North", "Northwind")
        await shot("product-edit-brand-field")
        const changed = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(changed.additional_data?.brand_id, northwind.id)
        await drawer.waitFor({ state: "detached" })
        await eventually(productPageBrand, (text) => text.includes("Northwind"), { message: "the Brand row to show Northwind" })
        await brandWidget().getByText("Northwind").waitFor()

        // Side widget: Change.
        await brandWidget().getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Change" }).click()
        drawer = page.getByRole("dialog")
        await pickComboboxOption(page, drawer, "Brand", "Lumen", "Lumen & Co")
        await shot("product-widget-change")
        const widgetChange = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(widgetChange.additional_data?.brand_id, lumen.id)
        await toast("The product's brand was changed")
        await brandWidget().getByText("Lumen & Co").waitFor()
        await eventually(productPageBrand, (text) => text.includes("Lumen & Co"), { message: "the Brand row to show Lumen & Co" })

        // Edit drawer: clear.
        await open(editRoute)
        drawer = page.getByRole("dialog")
        const brandInput = drawer.getByLabel("Brand", { exact: true })
        await eventually(() => brandInput.evaluate((input) => input.closest("div.relative")?.textContent ?? ""), (text) => text.includes("Lumen & Co"), { message: "the drawer to show Lumen & Co" })
        await brandInput.locator("xpath=ancestor::div[contains(@class,'relative')][1]/following-sibling::button[1]").click()
        const cleared = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(cleared.additional_data?.brand_id, null, "clearing sends null")
        await brandWidget().getByText("This product has no brand.").waitFor()
        await eventually(productPageBrand, (text) => text.trim() === "-", { message: "the Brand row to be empty" })
        assert.equal(await api.productBrandId(state.publishedId), null)

        // Side widget: Remove.
        await brandWidget().getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Change" }).click()
        drawer = page.getByRole("dialog")
        await pickComboboxOption(page, drawer, "Brand", "North", "Northwind")
        await drawer.getByRole("button", { name: "Save" }).click()
        await brandWidget().getByText("Northwind").waitFor()
        await brandWidget().getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Remove" }).click()
        const removed = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => confirmPrompt(page, "Remove"))
        assert.equal(removed.additional_data?.brand_id, null)
        await brandWidget().getByText("This product has no brand.").waitFor()
        assert.equal(await api.productBrandId(state.publishedId), null)
      },
    ],
    [
      "6. Search, sort and page through the list (60 brands)",
      async () => {
        const { count } = await api.get("/admin/brands?limit=1")
        assert.ok(count >= 60, `at least 60 brands, found ${count}`)
        await open("/brands")
        const rows = page.getByRole("row")
        assert.equal(await resultCount(page), count)
        await shot("brand-list", { readme: true })
        assert.equal(await rows.count(), PAGE_SIZE + 1, "20 brands and the header row")
        await page.getByRole("button", { name: "Next" }).click()
        await page.waitForURL(/offset=20/)
        await page.getByText(`40 of ${count} results`, { exact: true }).waitFor()
        await page.getByText(`2 of ${Math.ceil(count / PAGE_SIZE)} pages`, { exact: true }).waitFor()
        await shot("brand-list-page-2")
        const lastOffset = Math.floor((count - 1) / PAGE_SIZE) * PAGE_SIZE
        await open(`/brands?offset=${lastOffset}`)
        await eventually(() => rows.count(), (n) => n === count - lastOffset + 1, { message: "the last page's rows" })

        await open("/brands")
        await page.getByRole("button", { name: "Name" }).click()
        await page.waitForURL(/order=name/)
        await page.getByRole("button", { name: "Name" }).click()
        await page.waitForURL(/order=-name/)
        await eventually(() => rows.nth(1).innerText(), (text) => text.includes("Orbit Works"), { message: "Orbit Works first by name, descending" })

        await open("/brands")
        const search = "catalog brand 004"
        const { count: matching } = await api.get(`/admin/brands?q=${encodeURIComponent(search)}&limit=1`)
        assert.ok(matching > 0 && matching < PAGE_SIZE, `a search with one page of results, found ${matching}`)
        await page.getByPlaceholder("Search").fill(search)
        await page.waitForURL(/q=catalog/)
        await eventually(() => resultCount(page), (n) => n === matching, { message: `${matching} brands matching '${search}'` })
        await eventually(() => rows.count(), (n) => n === matching + 1, { message: "only the matching rows" })
        await shot("brand-list-search")
        await page.getByPlaceholder("Search").fill("no such brand at all")
        await page.getByText("No brands found").waitFor()
        await shot("brand-list-empty-search")

        // Keyboard: Tab to a brand's name and open it with Enter.
        await open("/brands?q=Northwind")
        const link = page.getByRole("link", { name: "Northwind", exact: true })
        await link.waitFor()
        await page.getByPlaceholder("Search").focus()
        for (let i = 0; i < 10 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab")
        assert.ok(await link.evaluate((el) => el === document.activeElement), "the brand name is reachable with Tab")
        await page.keyboard.press("Enter")
        await page.waitForURL(/\/app\/brands\/brand_/)
      },
    ],
    [
      "7. Pick a brand that only search finds, with 2,000 brands",
      async () => {
        await seedBulkBrands()
        const { count } = await api.get("/admin/brands?limit=1")
        assert.equal(count >= 2000, true, `2,000 brands, found ${count}`)
        listRequests.take()

        await open("/products/create")
        const input = productCreateModalOf(page).getByLabel("Brand", { exact: true })
        await input.click()
        const options = page.locator("[role=option]:visible")
        // The dashboard's Combobox loads 20 at a time and the next page when the list end shows.
        const opened = await eventually(() => options.count(), (n) => n >= PAGE_SIZE && n % PAGE_SIZE === 0, { message: "whole pages of 20 brands" })
        assert.ok(opened <= 2 * PAGE_SIZE, `the picker opened with at most two pages, not ${opened} options`)
        assert.ok(!(await options.allInnerTexts()).includes(SEARCH_ONLY_BRAND), "the brand is not among the first options")
        await shot("product-create-brand-options")
        await input.fill("xylophone")
        await eventually(() => options.allInnerTexts(), (texts) => texts.length === 1 && texts[0] === SEARCH_ONLY_BRAND, { message: "only the searched brand" })
        await options.first().click()
        await eventually(() => input.evaluate((el) => el.closest("div.relative")?.textContent ?? ""), (text) => text.includes(SEARCH_ONLY_BRAND), { message: "the picked brand in the field" })
        await shot("product-create-brand-searched")

        const requests = listRequests.take()
        assert.ok(requests.some((url) => url.searchParams.get("q") === "xylophone"), "the search ran on the server")
        for (const url of requests) {
          assert.ok(Number(url.searchParams.get("limit")) <= PAGE_SIZE, `brand requests ask for at most 20: ${url}`)
          assert.ok(Number(url.searchParams.get("offset") ?? 0) < 2 * PAGE_SIZE, `no paging through all brands: ${url}`)
        }

        await open("/brands")
        assert.equal(await resultCount(page), count)
        assert.equal(await page.getByRole("row").count(), PAGE_SIZE + 1)
      },
    ],
    [
      "8. Delete a brand through the confirmation prompt; its products stay without a brand",
      async () => {
        await open(`/brands/${state.brand.id}`)
        await page.getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Delete" }).click()
        const dialog = page.getByRole("alertdialog")
        await dialog.getByText("1 product will lose this brand.", { exact: false }).waitFor()
        await shot("brand-delete-prompt")
        await confirmPrompt(page, "Delete")
        await page.waitForURL(/\/app\/brands$/)
        await toast(`Brand ${BRAND} was deleted`)
        // The list syncs its search box with the URL once it has loaded; search after that.
        await page.getByRole("row").nth(1).waitFor()
        await page.getByPlaceholder("Search").fill("Aurora")
        await page.waitForURL(/q=Aurora/)
        await page.getByText("No brands found").waitFor()

        const { product } = await api.get(`/admin/products/${state.draftId}?fields=id,title,+brand.id`)
        assert.equal(product.title, DRAFT_PRODUCT, "the product is kept")
        assert.equal(product.brand ?? null, null, "without a brand")
        await open(`/products/${state.draftId}`)
        await brandWidget().getByText("This product has no brand.").waitFor()
      },
    ],
    [
      "9. A reload on /brands/:id works",
      async () => {
        const northwind = await api.brandByName("Northwind")
        await open(`/brands/${northwind.id}`)
        await page.reload()
        await page.waitForLoadState("networkidle")
        await page.getByRole("heading", { name: "Northwind", level: 1 }).waitFor()
        const breadcrumb = await page.locator("ol").first().innerText()
        assert.match(breadcrumb.replace(/\s+/g, " "), /Brands\s*Northwind/)
        await eventually(() => page.title(), (title) => title === "Northwind - Medusa", { message: "the document title" })
        await page.getByRole("region", { name: "Products" }).getByRole("row").nth(1).waitFor()
        await shot("brand-detail-after-reload")

        // An unknown id shows the dashboard's not-found page inside the admin layout.
        await open("/brands/brand_does_not_exist")
        await page.getByText("404 - There is no page at this address").waitFor()
        await page.getByRole("link", { name: "Brands" }).waitFor()
        await shot("brand-not-found")
        await problems.expect(/status of 404 .*\/admin\/brands\/brand_does_not_exist/)
        // React reports the error the page threw into the dashboard's error boundary; nothing else may appear.
        const reported = problems.take()
        assert.ok(
          reported.every(
            (problem) =>
              problem.includes('Brand with id "brand_does_not_exist" was not found') ||
              /^console\.error: The above error occurred in the <[\w$]+> component:/.test(problem)
          ),
          reported.join("\n")
        )
      },
    ],
    [
      "10. Merge brands into this one",
      async () => {
        const target = await api.brandByName("Northwind")
        const duplicates = ["Northwind Inc.", "NORTHWIND GmbH"]
        for (const name of duplicates) {
          const { brand } = await api.post("/admin/brands", { name })
          await api.post("/admin/products", productBody(`${name} Scarf`, brand.id))
        }
        const before = (await api.get(`/admin/brands/${target.id}?fields=product_count`)).brand.product_count
        await open(`/brands/${target.id}`)
        await page.getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Merge brands into this one…" }).click()
        const dialog = page.getByRole("dialog")
        await dialog.getByRole("heading", { name: "Merge brands into Northwind" }).waitFor()
        await dialog.getByPlaceholder("Search").fill("Northwind")
        for (const name of duplicates) await dialog.getByRole("row", { name: new RegExp(name) }).getByRole("checkbox").click()
        await dialog.getByText("2 selected").waitFor()
        await shot("brand-merge-picker", { readme: true })
        await dialog.getByRole("button", { name: "Merge", exact: true }).click()
        await page.getByRole("alertdialog").waitFor()
        await shot("brand-merge-prompt", { readme: true })
        const prompt = await confirmPrompt(page, "Merge")
        assert.match(prompt, /Merge 2 brands into Northwind\?/)
        assert.match(prompt, /2 products move to Northwind/)
        await toast("Merged 2 brands into Northwind; 2 products moved")
        await dialog.waitFor({ state: "detached" })
        await page.getByText("/northwind-inc, /northwind-gmbh").waitFor()
        const products = page.getByRole("region", { name: "Products" })
        await eventually(() => resultCount(products), (count) => count === before + 2, { message: "the merged products on the page" })
        await shot("brand-after-merge")
        const { brands } = await api.get("/admin/brands?handle=northwind-inc&fields=id")
        assert.deepEqual(brands, [{ id: target.id, requested_handle: "northwind-inc" }])
      },
    ],
    [
      "11. Catalogue health and its one-click fixes",
      async () => {
        await api.post("/admin/products", productBody("Loose Lantern"))
        const { brand: dormant } = await api.post("/admin/brands", { name: "Dormant Goods", is_active: false })
        await api.post("/admin/products", productBody("Dormant Kettle", dormant.id))
        const { brand: borealis } = await api.post("/admin/brands", { name: "Borealis" })
        await api.post("/admin/products", productBody("Borealis Mug", borealis.id))
        await api.post("/admin/brands", { name: "Borealis, Ltd." })

        await open("/brands")
        await page.getByRole("link", { name: "Catalogue health" }).first().click()
        await page.waitForURL(/\/app\/brands\/health$/)
        await page.getByRole("heading", { name: "Catalogue health" }).waitFor()
        const unbranded = page.getByRole("region", { name: "Published products without a brand" })
        await unbranded.getByRole("row", { name: /Loose Lantern/ }).waitFor()
        await shot("catalogue-health", { readme: true })

        await unbranded.getByRole("row", { name: /Loose Lantern/ }).getByRole("checkbox").click()
        await page.getByRole("button", { name: /^Give brand\b/ }).click()
        const drawer = page.getByRole("dialog")
        await drawer.getByRole("heading", { name: "Give a brand" }).waitFor()
        await pickComboboxOption(page, drawer, "Brand", "Northwind", "Northwind")
        await drawer.getByRole("button", { name: "Give brand", exact: true }).click()
        await toast("1 product got a brand")
        await unbranded.getByRole("row", { name: /Loose Lantern/ }).waitFor({ state: "detached" })

        const inactive = page.getByRole("region", { name: "Products on inactive brands" })
        await inactive.getByRole("button", { name: "Activate" }).click()
        await toast("Dormant Goods is active")
        await inactive.getByText("No product is on an inactive brand.").waitFor()

        const group = page.getByRole("group", { name: "Brands like Borealis" })
        await group.scrollIntoViewIfNeeded()
        await shot("catalogue-health-duplicates", { readme: true })
        await group.getByRole("button", { name: "Merge group" }).click()
        const prompt = await confirmPrompt(page, "Merge")
        assert.match(prompt, /Merge 1 brand into Borealis\?/)
        assert.match(prompt, /No products move to Borealis/)
        await toast("Merged into Borealis")
        await group.waitFor({ state: "detached" })
        await shot("catalogue-health-after-fixes")
        const health = await api.get("/admin/brands/health")
        assert.equal(health.inactive_brand_products.count, 0)
        assert.ok(!health.duplicate_groups.groups.some((g) => g.key === "borealis"), "the Borealis group is merged")
      },
    ],
    [
      "12. Export brand assignments as CSV",
      async () => {
        await open("/brands")
        await page.getByRole("link", { name: "Export", exact: true }).click()
        const drawer = page.getByRole("dialog")
        await drawer.getByRole("heading", { name: "Export brands" }).waitFor()
        await drawer.getByRole("radio", { name: /Brand assignments/ }).click()
        await shot("brand-export")
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          drawer.getByRole("button", { name: "Export", exact: true }).click(),
        ])
        await toast("Export started")
        const file = path.join(artifactsDir, "brand-assignments.csv")
        await download.saveAs(file)
        const bytes = fs.readFileSync(file)
        assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "the export starts with a UTF-8 byte order mark")
        const lines = bytes.toString("utf8").slice(1).trim().split("\n")
        assert.equal(lines[0], "product_id,product_handle,product_title,brand_handle")
        assert.ok(lines.some((line) => line.endsWith(",northwind") && line.includes("Loose Lantern")), "Loose Lantern is exported with its brand")
        state.exportedLines = lines
      },
    ],
    [
      "13. Import brand assignments: dry run, errors, confirm, notification",
      async () => {
        const products = (await api.get("/admin/products?q=Lantern&fields=id,handle&limit=5")).products
        const lantern = products[0]
        const bad = `product_handle,brand_handle\n${lantern.handle},borealis\nno-such-product,borealis\n`
        const good = `product_handle,brand_handle\n${lantern.handle},borealis\n`
        const write = (name, content) => {
          const file = path.join(artifactsDir, name)
          fs.writeFileSync(file, content)
          return file
        }
        await open("/brands")
        await page.getByRole("link", { name: "Import", exact: true }).click()
        const drawer = page.getByRole("dialog")
        await drawer.getByRole("heading", { name: "Import brands" }).waitFor()
        await drawer.getByRole("radio", { name: /Brand assignments/ }).click()
        await drawer.getByLabel("CSV file").setInputFiles(write("assignments-with-error.csv", bad))
        await drawer.getByText('Line 3, product_handle: No product with handle "no-such-product"').waitFor()
        assert.ok(await drawer.getByRole("button", { name: "Import", exact: true }).isDisabled(), "a file with errors cannot be imported")
        await shot("brand-import-errors")

        await drawer.getByRole("button", { name: "Remove the file" }).click()
        await drawer.getByLabel("CSV file").setInputFiles(write("assignments.csv", good))
        const summary = drawer.getByRole("group", { name: "Dry run" })
        await summary.waitFor()
        assert.match(await summary.innerText(), /1\s*To create|0\s*To create/)
        assert.match(await summary.innerText(), /1\s*To update/)
        await shot("brand-import-preview", { readme: true })
        assert.equal(await api.productBrandId(lantern.id), (await api.brandByName("Northwind")).id, "the dry run changed nothing")

        await drawer.getByRole("button", { name: "Import", exact: true }).click()
        await toast("Import finished")
        await drawer.waitFor({ state: "detached" })
        const borealis = await api.brandByName("Borealis")
        assert.equal(await api.productBrandId(lantern.id), borealis.id)

        // One entry in the notification feed.
        await page.keyboard.press("Control+n")
        const feed = page.getByRole("dialog")
        await feed.getByText("Brand import").first().waitFor()
        await feed.getByText("Brand assignments from assignments.csv imported: 0 products got a brand, 1 product changed or lost one, 0 unchanged.").waitFor()
        await shot("brand-import-notification")
        await page.keyboard.press("Escape")
      },
    ],
  ]

  let failures = 0
  for (const [name, run] of scenarios) {
    const started = Date.now()
    try {
      await run()
      const found = problems.take()
      assert.deepEqual(found, [], `the browser reported problems:\n${found.join("\n")}`)
      for (const url of listRequests.take()) {
        const limit = Number(url.searchParams.get("limit"))
        assert.ok(limit > 0 && limit <= MAX_LIST_LIMIT, `unbounded list request: ${url.pathname}${url.search}`)
      }
      console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
    } catch (error) {
      failures++
      console.log(`  ✗ ${name}\n${String(error?.stack ?? error).replace(/^/gm, "      ")}`)
      await page.screenshot({ path: path.join(artifactsDir, `failed-${name.split(".")[0]}.png`) }).catch(() => {})
      problems.take()
      break // later scenarios build on this one
    }
  }
  console.log(failures ? `Browser tests failed` : `All ${scenarios.length} browser scenarios passed`)
  return failures
}
