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
  unboundedListRequest,
  watchListRequests,
} from "./lib/admin.mjs"
import { watchPageProblems } from "./lib/browser.mjs"

const BRAND = "Aurora Outfitters"
const PUBLISHED_PRODUCT = "Aurora Trail Jacket"
const DRAFT_PRODUCT = "Aurora Draft Tee"
const SEARCH_ONLY_BRAND = "Xylophone Atelier" // created last by `e2e/seed.ts bulk`
const INLINE_PRODUCT = "Borealis Parka"
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
        await dialog.getByLabel("Description", { exact: true }).fill("Jackets and layers for long northern evenings.")
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
        for (let i = 0; i < 25 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab")
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
        const earlierRequests = listRequests.peek().length

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
        // Besides the brands found, the picker offers to create one named as typed.
        const brandOptions = async () => (await options.allInnerTexts()).filter((text) => !text.startsWith('Create "'))
        await eventually(brandOptions, (texts) => texts.length === 1 && texts[0] === SEARCH_ONLY_BRAND, { message: "only the searched brand" })
        await options.first().click()
        await eventually(() => input.evaluate((el) => el.closest("div.relative")?.textContent ?? ""), (text) => text.includes(SEARCH_ONLY_BRAND), { message: "the picked brand in the field" })
        await shot("product-create-brand-searched")

        // Only read here: the runner checks these requests again after the scenario.
        const requests = listRequests.peek().slice(earlierRequests)
        assert.ok(requests.some((url) => url.searchParams.get("q") === "xylophone"), "the search ran on the server")
        for (const url of requests) {
          assert.equal(unboundedListRequest(url, PAGE_SIZE), null) // a limit from 1 to 20
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
      "10. Edit a brand in its drawer: name, handle and status; a duplicate handle shows on the field",
      async () => {
        const { brand } = await api.post("/admin/brands", { name: "Harbor Goods" })
        const taken = await api.brandByName("Northwind")
        const openDrawer = async () => {
          await page.getByRole("button", { name: "Brand actions" }).click()
          await page.getByRole("menuitem", { name: "Edit" }).click()
          const drawer = page.getByRole("dialog")
          await drawer.getByRole("heading", { name: "Edit brand" }).waitFor()
          return drawer
        }
        await open(`/brands/${brand.id}`)
        await page.getByRole("heading", { name: "Harbor Goods", level: 1 }).waitFor()
        let drawer = await openDrawer()
        const name = drawer.getByLabel("Name", { exact: true })
        const handle = drawer.getByLabel("Handle", { exact: true })
        const active = drawer.getByRole("switch", { name: "Active" })
        assert.deepEqual([await name.inputValue(), await handle.inputValue(), await active.getAttribute("aria-checked")], ["Harbor Goods", "harbor-goods", "true"])

        // A taken handle: the server's message shows on the Handle field, and nothing is saved.
        await handle.fill(taken.handle)
        await drawer.getByRole("button", { name: "Save" }).click()
        await problems.expect(/status of 400 .*\/admin\/brands\/brand_/)
        const handleError = () =>
          handle.evaluate((input) => ({
            invalid: input.getAttribute("aria-invalid"),
            message: (input.getAttribute("aria-describedby") ?? "")
              .split(/\s+/)
              .map((id) => document.getElementById(id)?.textContent ?? "")
              .join("")
              .trim(),
          }))
        const duplicate = { invalid: "true", message: `Brand with handle: ${taken.handle}, already exists.` }
        await eventually(handleError, (error) => JSON.stringify(error) === JSON.stringify(duplicate), { message: "the duplicate handle error on the Handle field" })
        await shot("brand-edit-duplicate-handle")
        assert.equal((await api.get(`/admin/brands/${brand.id}`)).brand.handle, "harbor-goods")

        await name.fill("Harbor & Sons")
        await handle.fill("harbor-and-sons")
        await active.click()
        assert.equal(await active.getAttribute("aria-checked"), "false")
        const sent = await captureRequest(page, "POST", /^\/admin\/brands\/brand_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.deepEqual([sent.name, sent.handle, sent.is_active], ["Harbor & Sons", "harbor-and-sons", false])
        await toast("Brand Harbor & Sons was updated")
        await drawer.waitFor({ state: "detached" })

        // The page, its breadcrumb and title, the list and the API show the change.
        await page.getByRole("heading", { name: "Harbor & Sons", level: 1 }).waitFor()
        await page.getByText("/harbor-and-sons", { exact: true }).waitFor()
        await page.getByText("Inactive", { exact: true }).first().waitFor()
        await eventually(() => page.title(), (title) => title === "Harbor & Sons - Medusa", { message: "the document title" })
        await shot("brand-detail-after-edit")
        const saved = (await api.get(`/admin/brands/${brand.id}`)).brand
        assert.deepEqual([saved.name, saved.handle, saved.is_active], ["Harbor & Sons", "harbor-and-sons", false])
        await open("/brands?q=harbor")
        await page.getByRole("row", { name: /Harbor & Sons.*harbor-and-sons.*Inactive/ }).waitFor()

        // Opened again, the drawer starts from the saved brand.
        await open(`/brands/${brand.id}`)
        drawer = await openDrawer()
        assert.deepEqual(
          [await name.inputValue(), await handle.inputValue(), await active.getAttribute("aria-checked")],
          ["Harbor & Sons", "harbor-and-sons", "false"]
        )
        await drawer.getByRole("button", { name: "Cancel" }).click()
        await drawer.waitFor({ state: "detached" })
      },
    ],
    [
      "11. The Brand picker creates the brand typed: create form, product card, edit drawer",
      async () => {
        /** Types `name` into the Brand combobox and picks Create "<name>"; returns the POST /admin/brands body. */
        const createInPicker = async (input, name) => {
          await input.click()
          await input.fill(name)
          const create = page.locator("[role=option]:visible", { hasText: `Create "${name}"` })
          await create.waitFor()
          return captureRequest(page, "POST", /^\/admin\/brands$/, () => create.click()).catch((error) => error)
        }
        const fieldText = (input) => input.evaluate((el) => el.closest("div.relative")?.textContent ?? "")

        // The core create form: create "Borealis Gear", which the new product gets.
        await open("/products/create")
        const form = productCreateModalOf(page)
        await form.getByLabel("Title", { exact: true }).last().fill(INLINE_PRODUCT)
        let input = form.getByLabel("Brand", { exact: true }).last()
        await input.click()
        await input.fill("Northwind")
        const exact = page.locator("[role=option]:visible", { hasText: 'Create "Northwind"' })
        await eventually(() => exact.getAttribute("aria-disabled"), (value) => value === "true", { message: "no Create for an existing name" })
        await input.fill("Borealis Gear")
        await page.locator("[role=option]:visible", { hasText: 'Create "Borealis Gear"' }).waitFor()
        // The debounced search has answered once the previous results are gone.
        await eventually(() => page.locator("[role=option]:visible").allInnerTexts(), (texts) => !texts.includes("Northwind"), { message: "the search for Borealis Gear" })
        await shot("product-create-brand-inline-create", { readme: true })
        const created = await createInPicker(input, "Borealis Gear")
        assert.deepEqual([created.name, created.handle, created.is_active], ["Borealis Gear", "borealis-gear", true])
        await eventually(() => fieldText(input), (text) => text.includes("Borealis Gear"), { message: "the created brand in the field" })
        const borealis = await api.brandByName("Borealis Gear")
        const { productId, body } = await submitProductOf(page, form, "Publish")
        assert.equal(body.additional_data?.brand_id, borealis.id)
        assert.equal(await api.productBrandId(productId), borealis.id)
        state.inlineProductId = productId

        // The product card: a name whose handle is taken is refused under the field; a new one is created.
        await brandWidget().getByText("Borealis Gear").waitFor()
        await brandWidget().getByRole("button", { name: "Brand actions" }).click()
        await page.getByRole("menuitem", { name: "Change" }).click()
        let drawer = page.getByRole("dialog")
        input = drawer.getByLabel("Brand", { exact: true })
        await createInPicker(input, "Borealis-Gear")
        await drawer.getByText("Brand with handle: borealis-gear, already exists.").waitFor()
        assert.equal(await input.getAttribute("aria-invalid"), "true")
        await problems.expect(/status of 400 .*\/admin\/brands:/)
        await shot("product-widget-brand-create-duplicate")
        await createInPicker(input, "Cirrus Supply")
        await eventually(() => fieldText(input), (text) => text.includes("Cirrus Supply"), { message: "Cirrus Supply in the field" })
        assert.equal(await drawer.getByText("already exists").count(), 0, "the error is gone")
        const cirrus = await api.brandByName("Cirrus Supply")
        const changed = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(changed.additional_data?.brand_id, cirrus.id)
        await brandWidget().getByText("Cirrus Supply").waitFor()

        // The edit drawer: create "Halcyon Studio" and save it as the brand.
        await open(`/products/${productId}/edit`)
        drawer = page.getByRole("dialog")
        input = drawer.getByLabel("Brand", { exact: true })
        await eventually(() => fieldText(input), (text) => text.includes("Cirrus Supply"), { message: "the drawer to show Cirrus Supply" })
        await createInPicker(input, "Halcyon Studio")
        await eventually(() => fieldText(input), (text) => text.includes("Halcyon Studio"), { message: "Halcyon Studio in the field" })
        const halcyon = await api.brandByName("Halcyon Studio")
        const saved = await captureRequest(page, "POST", /^\/admin\/products\/prod_[^/]+$/, () => drawer.getByRole("button", { name: "Save" }).click())
        assert.equal(saved.additional_data?.brand_id, halcyon.id)
        await drawer.waitFor({ state: "detached" })
        await brandWidget().getByText("Halcyon Studio").waitFor()
        assert.equal(await api.productBrandId(productId), halcyon.id)
      },
    ],
    [
      "12. The Products list shows a Brand column and filters by any brand (view_configurations)",
      async () => {
        const halcyon = await api.brandByName("Halcyon Studio")
        const northwind = await api.brandByName("Northwind")
        const { count: brands } = await api.get("/admin/brands?limit=1")
        const { brands: firstPage } = await api.get("/admin/brands?order=name&limit=20&fields=id,name")
        assert.ok(brands >= 2000 && !firstPage.some((brand) => brand.id === halcyon.id), "a brand no first page shows")

        await open("/products")
        await page.locator("thead").getByText("Brand Name", { exact: true }).waitFor()
        await page.getByPlaceholder("Search").first().fill(INLINE_PRODUCT)
        await page.getByRole("row", { name: new RegExp(`${INLINE_PRODUCT}.*Halcyon Studio`) }).waitFor()
        await open("/products")

        // The funnel is the first menu button of the list's toolbar, next to its search box.
        const filterMenu = page.locator("xpath=//input[@placeholder='Search']/ancestor::div[.//button[@aria-haspopup='menu']][1]//button[@aria-haspopup='menu']").first()
        await filterMenu.click()
        await page.getByRole("menuitem", { name: "Brand" }).click()
        const picker = page.getByTestId("product-list-brand-filter")
        await picker.getByLabel("Search brands").fill("Halcyon")
        const pickHalcyon = picker.getByRole("checkbox", { name: "Halcyon Studio" })
        await pickHalcyon.waitFor()
        const filtered = page.waitForRequest((request) => {
          const url = new URL(request.url())
          return url.pathname === "/admin/products" && url.searchParams.get("brand[id][0]") === halcyon.id && url.searchParams.has("fields")
        })
        await pickHalcyon.click()
        await filtered
        await picker.getByLabel("Search brands").fill("Northwind")
        await picker.getByRole("checkbox", { name: "Northwind" }).click()
        await page.keyboard.press("Escape")
        const { count } = await api.get(`/admin/products?brand_id[]=${halcyon.id}&brand_id[]=${northwind.id}&limit=1`)
        await eventually(() => resultCount(page), (n) => n === count, { message: `${count} products of Halcyon Studio and Northwind` })
        await page.getByRole("row", { name: new RegExp(INLINE_PRODUCT) }).waitFor()
        const shown = await page.getByRole("row").allInnerTexts()
        assert.ok(shown.slice(1).every((row) => /Halcyon Studio|Northwind/.test(row)), `only the two brands' products:\n${shown.join("\n")}`)
        await page.getByText("Halcyon Studio, Northwind", { exact: true }).waitFor()
        await shot("product-list-brand-filter", { readme: true })

        // Saved as a view, the filter comes back on the next visit, its brands named again.
        // (The list itself drops filters that are only in the URL when it loads, for every filter.)
        await page.getByRole("button", { name: "Save", exact: true }).click()
        await page.getByRole("menuitem", { name: "Save as new view" }).click()
        const dialog = page.getByRole("dialog")
        await dialog.locator("input").first().fill("Halcyon and Northwind")
        await dialog.getByRole("button", { name: "Save", exact: true }).click()
        await dialog.waitFor({ state: "detached" })
        // The core save dialog nests a <p> in a <p>; React warns about it.
        const reported = problems.take().filter((problem) => !/validateDOMNesting\(\.\.\.\): %s cannot appear as a descendant of <%s>.*<p> p/s.test(problem))
        assert.deepEqual(reported, [], "only core's known warning")
        const { view_configuration: view } = await api.get("/admin/views/products/configurations/active")
        assert.deepEqual(view.configuration.filters, { "brand.id": [halcyon.id, northwind.id] })
        try {
          await page.goto(`${baseUrl}/app/products`)
          await page.getByText("Halcyon Studio, Northwind", { exact: true }).waitFor()
          await eventually(() => resultCount(page), (n) => n === count, { message: "the saved view's products" })
          await shot("product-list-brand-view")
        } finally {
          await api.delete(`/admin/views/products/configurations/${view.id}`)
        }
      },
    ],
    [
      "13. Upload a logo and a banner, write the SEO texts, feature the brand; replacing the logo frees its file",
      async () => {
        /** A real PNG, drawn by the browser: a screenshot of part of the page. */
        const pngOf = async (x) => ({ name: `logo-${x}.png`, mimeType: "image/png", buffer: await page.screenshot({ clip: { x, y: 0, width: 96, height: 96 } }) })
        const fetchStatus = async (url) => (await page.request.get(url)).status()

        await open("/brands/create")
        const dialog = page.getByRole("dialog")
        await dialog.getByRole("heading", { name: "Create brand" }).waitFor()
        await dialog.getByLabel("Name", { exact: true }).fill("Nordlys Ærø")
        assert.equal(await dialog.getByLabel("Handle", { exact: true }).inputValue(), "nordlys-aero", "the live handle is transliterated")

        // Refused before any upload: SVG (it could run script) and files that are not images.
        await dialog.locator("input[type=file][aria-label='Logo file']").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), "..", "demo", "static", "demo", "brands", "acme.svg")) })
        await dialog.getByText("SVG and other markup files are not accepted", { exact: false }).waitFor()
        await dialog.locator("input[type=file][aria-label='Banner file']").setInputFiles({ name: "banner.png", mimeType: "image/png", buffer: Buffer.alloc(0) })
        await dialog.getByText("The banner file is empty (0 bytes)").waitFor()

        await dialog.locator("input[type=file][aria-label='Logo file']").setInputFiles(await pngOf(0))
        await dialog.locator("img[src^='blob:']").first().waitFor()
        await dialog.locator("input[type=file][aria-label='Banner file']").setInputFiles(await pngOf(100))
        await dialog.getByAltText("Banner of Nordlys Ærø").waitFor()

        const seoTitle = dialog.getByLabel("SEO title")
        await seoTitle.fill("x".repeat(71))
        await dialog.getByText("71 / 70").waitFor()
        await dialog.getByRole("button", { name: "Create", exact: true }).click()
        await dialog.getByText("At most 70 characters").waitFor()
        await seoTitle.fill("Nordlys Ærø: lamps from the island of Ærø")
        await dialog.getByText("41 / 70").waitFor()
        await dialog.getByLabel("SEO description").fill("Hand-made lamps and shades, shipped from Ærø, Denmark.")
        const preview = dialog.getByRole("figure", { name: "Search result preview" })
        await preview.getByText("Nordlys Ærø: lamps from the island of Ærø").waitFor()
        await preview.getByText("your-store › brands › nordlys-aero").waitFor()
        await dialog.getByRole("switch", { name: "Featured" }).click()
        await shot("brand-form-upload-seo", { readme: true })

        const uploads = []
        const onUpload = async (response) => {
          if (response.request().method() === "POST" && new URL(response.url()).pathname === "/admin/brands/uploads") uploads.push(await response.json())
        }
        page.on("response", onUpload)
        const created = await captureRequest(page, "POST", /^\/admin\/brands$/, () => dialog.getByRole("button", { name: "Create", exact: true }).click())
        page.off("response", onUpload)
        await toast("Brand Nordlys Ærø was created")
        assert.deepEqual(uploads.map(({ upload }) => [upload.kind, upload.mime_type]), [["logo", "image/png"], ["banner", "image/png"]])
        assert.equal(created.logo_url, uploads[0].upload.url)
        assert.equal(created.banner_url, uploads[1].upload.url)
        assert.equal(created.is_featured, true)
        assert.equal(created.seo_title, "Nordlys Ærø: lamps from the island of Ærø")

        state.nordlys = await api.brandByName("Nordlys Ærø")
        assert.equal(state.nordlys.handle, "nordlys-aero")
        const firstLogo = state.nordlys.logo_url
        assert.equal(await fetchStatus(firstLogo), 200, "the uploaded logo is served")

        // Replace the logo in the edit drawer: the new file is uploaded, the old one deleted.
        await open(`/brands/${state.nordlys.id}/edit`)
        const drawer = page.getByRole("dialog")
        await drawer.locator("input[type=file][aria-label='Logo file']").setInputFiles(await pngOf(200))
        await drawer.locator("img[src^='blob:']").first().waitFor()
        await shot("brand-edit-replace-logo")
        const saved = await captureRequest(page, "POST", /^\/admin\/brands\/brand_[^/]+$/, () => drawer.getByRole("button", { name: "Save", exact: true }).click())
        await toast("Brand Nordlys Ærø was updated")
        assert.notEqual(saved.logo_url, firstLogo)
        assert.equal(await fetchStatus(saved.logo_url), 200)
        assert.equal(await fetchStatus(firstLogo), 404, "the replaced logo's file is gone")
        await drawer.waitFor({ state: "detached" })
        await page.getByAltText("Banner of Nordlys Ærø").waitFor()
        await shot("brand-detail-banner-seo")
      },
    ],
    [
      "14. Filter the list by Featured, order the featured brands, and refuse a stale order",
      async () => {
        const northwind = await api.brandByName("Northwind")
        const lumen = await api.brandByName("Lumen & Co")
        await api.post(`/admin/brands/${northwind.id}`, { is_featured: true })
        await api.post(`/admin/brands/${lumen.id}`, { is_featured: true })
        const featuredNames = async () => (await api.get("/admin/brands?is_featured=true&order=rank&limit=100")).brands.map((brand) => brand.name)
        assert.deepEqual(await featuredNames(), ["Nordlys Ærø", "Northwind", "Lumen & Co"])

        await open(`/brands?is_featured=${encodeURIComponent('"true"')}`)
        await eventually(() => resultCount(page), (n) => n === 3, { message: "three featured brands" })
        await page.getByRole("row", { name: /Northwind/ }).getByText("Featured").waitFor()
        await shot("brand-list-featured")

        await page.getByRole("link", { name: "Order featured" }).click()
        let dialog = page.getByRole("dialog")
        await dialog.getByRole("heading", { name: "Order featured brands" }).waitFor()
        const list = dialog.getByRole("list", { name: "Featured brands" })
        const order = () => list.getByRole("listitem").allInnerTexts().then((texts) => texts.map((text) => text.split("\n").find((line) => /[A-Za-zÆØ]/.test(line))))
        await eventually(order, (names) => names.join() === "Nordlys Ærø,Northwind,Lumen & Co", { message: "the featured brands in rank order" })
        await dialog.getByRole("button", { name: "Move Lumen & Co up" }).click()
        await dialog.getByRole("button", { name: "Move Nordlys Ærø down" }).click()
        // The keyboard works too: Alt+↑ on a row.
        await eventually(order, (names) => names.join() === "Lumen & Co,Nordlys Ærø,Northwind", { message: "the order after the buttons" })
        await list.getByRole("listitem", { name: /Northwind/ }).focus()
        await page.keyboard.press("Alt+ArrowUp")
        await eventually(order, (names) => names.join() === "Lumen & Co,Northwind,Nordlys Ærø", { message: "the moved order" })
        await shot("brand-featured-order", { readme: true })
        const sent = await captureRequest(page, "POST", /^\/admin\/brands\/featured\/order$/, () => dialog.getByRole("button", { name: "Save order" }).click())
        assert.deepEqual(sent.brand_ids, [lumen.id, northwind.id, state.nordlys.id], "one request with the whole order")
        await toast("The featured order was saved")
        await dialog.waitFor({ state: "detached" })
        assert.deepEqual(await featuredNames(), ["Lumen & Co", "Northwind", "Nordlys Ærø"])

        // Another admin features a brand while this one reorders: the save is refused and the list reloads.
        await page.getByRole("link", { name: "Order featured" }).click()
        dialog = page.getByRole("dialog")
        await eventually(order, (names) => names.length === 3, { message: "the featured brands" })
        const orbit = await api.brandByName("Orbit Works")
        await api.post(`/admin/brands/${orbit.id}`, { is_featured: true })
        await dialog.getByRole("button", { name: "Move Nordlys Ærø up" }).click()
        await dialog.getByRole("button", { name: "Save order" }).click()
        await toast("The list must hold every featured brand exactly once")
        await problems.expect(/status of 409 .*\/admin\/brands\/featured\/order/)
        await eventually(order, (names) => names.join() === "Lumen & Co,Northwind,Nordlys Ærø,Orbit Works", { message: "the reloaded list" })
        await dialog.getByRole("button", { name: "Move Orbit Works up" }).click()
        await dialog.getByRole("button", { name: "Save order" }).click()
        await toast("The featured order was saved")
        assert.deepEqual(await featuredNames(), ["Lumen & Co", "Northwind", "Orbit Works", "Nordlys Ærø"])
        const store = await api.get("/admin/brands?is_featured=true&order=rank&fields=name,rank")
        assert.deepEqual(store.brands.map((brand) => brand.rank), [0, 1, 2, 3])
      },
    ],
    [
      "15. Merge brands into this one",
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
      "16. Catalogue health and its one-click fixes",
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
      "17. Export brand assignments as CSV",
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
      "18. Import brand assignments: dry run, errors, confirm, notification",
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
    [
      "19. The admin in German: brand list, brand page, product page, create form and Products list filter",
      async () => {
        /** Settings > Profile > Edit > Language, as a merchant switches it (the dashboard keeps it in the `lng` cookie and localStorage). */
        const chooseLanguage = async ({ profile, edit, save }, language) => {
          await open("/settings/profile")
          await page.getByRole("heading", { name: profile, exact: true }).locator("xpath=ancestor::div[2]").getByRole("button").click()
          await page.getByRole("menuitem", { name: edit }).click()
          const drawer = page.getByRole("dialog")
          await drawer.getByRole("combobox").click()
          await page.getByRole("option", { name: language, exact: true }).click()
          await drawer.getByRole("button", { name: save, exact: true }).click()
          await drawer.waitFor({ state: "detached" })
          await page.waitForURL(/\/app\/settings\/profile$/)
        }
        await chooseLanguage({ profile: "Profile", edit: "Edit", save: "Save" }, "Deutsch")
        await toast("Profiländerungen gespeichert")
        assert.equal(await page.evaluate(() => localStorage.getItem("lng")), "de")

        // Brand list: the nav label, heading, actions and columns are ours (medusaBrands.*) or core's.
        await open("/brands")
        await page.getByRole("link", { name: "Marken", exact: true }).first().waitFor()
        await page.getByRole("heading", { name: "Marken", exact: true }).waitFor()
        // (Katalogzustand is also the brand list's sub-item in the sidebar.)
        for (const action of ["Katalogzustand", "Hervorgehobene anordnen", "Erstellen"]) {
          await page.getByRole("link", { name: action, exact: true }).last().waitFor()
        }
        await page.locator("thead").getByText("Hervorgehoben", { exact: true }).waitFor()
        await page.getByRole("row").nth(1).waitFor()
        await shot("brand-list-de", { readme: true })

        // A brand's page: the breadcrumb, the general section's menu and the Products section.
        const northwind = await api.brandByName("Northwind")
        await open(`/brands/${northwind.id}`)
        await page.getByRole("heading", { name: "Northwind", level: 1 }).waitFor()
        assert.match((await page.locator("ol").first().innerText()).replace(/\s+/g, " "), /Marken\s*Northwind/)
        const brandProducts = page.getByRole("region", { name: "Produkte", exact: true })
        await brandProducts.getByRole("link", { name: "Produkte hinzufügen", exact: true }).waitFor()
        await brandProducts.getByRole("row").nth(1).waitFor()
        await page.getByRole("button", { name: "Markenaktionen", exact: true }).first().click()
        await page.getByRole("menuitem", { name: "Marken in diese zusammenführen…", exact: true }).waitFor()
        await page.keyboard.press("Escape")
        await shot("brand-detail-de", { readme: true })

        // A product's page: the Brand card, its menu and drawer, and the Brand row of the General section.
        const [lantern] = (await api.get("/admin/products?q=Loose%20Lantern&fields=id&limit=1")).products
        const borealis = await api.brandByName("Borealis")
        assert.equal(await api.productBrandId(lantern.id), borealis.id)
        await open(`/products/${lantern.id}`)
        const card = page.getByRole("region", { name: "Marke", exact: true })
        await card.getByRole("heading", { name: "Marke", exact: true }).waitFor()
        await card.getByRole("link", { name: "Borealis" }).waitFor()
        const generalRow = () => page.locator("p").filter({ hasText: /^Marke$/ }).locator("xpath=following-sibling::*[1]").innerText()
        await eventually(generalRow, (text) => text.includes("Borealis"), { message: "the General section's Marke row" })
        await card.scrollIntoViewIfNeeded()
        await shot("product-brand-de", { readme: true })
        await card.getByRole("button", { name: "Markenaktionen", exact: true }).click()
        await page.getByRole("menuitem", { name: "Entfernen", exact: true }).waitFor()
        await page.getByRole("menuitem", { name: "Ändern", exact: true }).click()
        const drawer = page.getByRole("dialog")
        await drawer.getByRole("heading", { name: "Marke ändern" }).waitFor()
        await drawer.getByLabel("Marke", { exact: true }).waitFor()
        await drawer.getByRole("button", { name: "Abbrechen" }).click()
        await drawer.waitFor({ state: "detached" })
        await open(`/products/${state.draftId}`)
        await page.getByRole("region", { name: "Marke", exact: true }).getByText("Dieses Produkt hat keine Marke.").waitFor()

        // The create form's Brand field: its label is translated when it renders, after the language is known.
        await open("/products/create")
        const brandField = productCreateModalOf(page).getByLabel("Marke", { exact: true }).last()
        assert.equal(await brandField.getAttribute("placeholder"), "Marke auswählen oder erstellen")

        // The Products list's Brand filter (feature flag view_configurations).
        await open("/products")
        await page.locator("thead").getByText("Brand Name", { exact: true }).waitFor() // the column's name comes from the server
        const filterMenu = page.locator("xpath=//input[@placeholder='Suchen']/ancestor::div[.//button[@aria-haspopup='menu']][1]//button[@aria-haspopup='menu']").first()
        await filterMenu.click()
        await page.getByRole("menuitem", { name: "Marke", exact: true }).click()
        const picker = page.getByTestId("product-list-brand-filter")
        await picker.getByLabel("Marken durchsuchen").fill("Halcyon")
        await picker.getByRole("checkbox", { name: "Halcyon Studio" }).waitFor()
        await picker.getByLabel("Marken durchsuchen").fill("no such brand at all")
        await picker.getByText("Keine Marken gefunden").waitFor()
        await shot("product-list-brand-filter-de")
        await page.keyboard.press("Escape")

        // Back to English, the same way, so what follows (and the next run) reads English.
        await chooseLanguage({ profile: "Profil", edit: "Bearbeiten", save: "Speichern" }, "English")
        await toast("Profiles changes saved")
        await open("/brands")
        await page.getByRole("link", { name: "Brands", exact: true }).first().waitFor()
        assert.equal(await page.evaluate(() => localStorage.getItem("lng")), "en")
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
      const unbounded = listRequests.take().map((url) => unboundedListRequest(url, MAX_LIST_LIMIT)).filter(Boolean)
      assert.deepEqual(unbounded, [], `unbounded brand list requests:\n${unbounded.join("\n")}`)
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
