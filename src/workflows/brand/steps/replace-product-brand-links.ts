import { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import {
  dateLinksNow,
  ProductBrandLinkRow,
  ProductBrandPair,
  readProductBrandLinkRows,
  writeProductBrandLinkRows,
} from "../utils/product-brand-link-rows"
import { assertBrandExists } from "../utils/assert-brand-exists"
import { assertProductBrandChangeValid } from "../utils/assert-product-brand-change-valid"
import { linkProductsWithoutBrand } from "../utils/link-products-without-brand"

export type ProductBrandChange = {
  /** The brand `moved` products go to; null unlinks them from any brand. */
  brand_id: string | null
  moved: string[]
  /** Unlinked only where they belong to `brand_id`. */
  removed: string[]
}

export type ProductBrandChangeResult = {
  brand_id: string | null
  product_ids: string[]
  removed_product_ids: string[]
  /** Every link row of the touched products before the change (restoreProductBrandLinksWorkflow puts them back). */
  previous_links: ProductBrandLinkRow[]
}

const toLink = ({ product_id, brand_id }: ProductBrandPair): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id },
  [BRAND_MODULE]: { brand_id },
})

/** The pairs to dismiss and create so that the products end up as `change` asks. */
export function planProductBrandLinks(change: ProductBrandChange, rows: ProductBrandLinkRow[]) {
  const live = rows.filter((row) => row.deleted_at === null)
  const moved = new Set(change.moved)
  const removed = new Set(change.removed)
  const dismiss = live.filter(
    (pair) =>
      (moved.has(pair.product_id) && pair.brand_id !== change.brand_id) ||
      (removed.has(pair.product_id) && pair.brand_id === change.brand_id)
  )
  const alreadyLinked = new Set(live.filter((pair) => pair.brand_id === change.brand_id).map((pair) => pair.product_id))
  const create =
    change.brand_id === null
      ? []
      : change.moved
          .filter((id) => !alreadyLinked.has(id))
          .map((product_id) => ({ product_id, brand_id: change.brand_id as string }))
  return { dismiss, create }
}

export const replaceProductBrandLinksStepId = "replace-product-brand-links"

/** Products that have no brand yet go through linkProductsWithoutBrand, in one statement. */
const canLinkInOneStatement = (change: ProductBrandChange) =>
  change.brand_id !== null && change.moved.length > 0 && change.removed.length === 0

/**
 * Runs under the products' locks. Products that have no brand yet (new products, above all)
 * are linked in one statement that also validates the products and the brand. Otherwise the
 * products and the brand are validated (400), the products' link rows read, the old pairs
 * dismissed and the new ones created through the link module, and the brand checked again,
 * so a brand deleted meanwhile never keeps a link. When any of that fails, and in
 * compensation, the rows are written back exactly as they were (ids, timestamps and
 * dismissed rows included).
 */
export const replaceProductBrandLinksStep = createStep(
  replaceProductBrandLinksStepId,
  async (change: ProductBrandChange, { container }) => {
    const productIds = [...change.moved, ...change.removed]
    const linked = canLinkInOneStatement(change)
      ? await linkProductsWithoutBrand(container, change.brand_id!, change.moved)
      : null
    const rows = linked ? linked.previous : await replaceLinks(container, change, productIds)
    const result: ProductBrandChangeResult = {
      brand_id: change.brand_id,
      product_ids: change.moved,
      removed_product_ids: change.removed,
      previous_links: rows,
    }
    return new StepResponse(result, { productIds, rows })
  },
  async (saved, { container }) => {
    if (saved) await writeProductBrandLinkRows(container, saved.productIds, saved.rows)
  }
)

/** The general path; returns the products' rows from before. */
async function replaceLinks(container: MedusaContainer, change: ProductBrandChange, productIds: string[]) {
  await assertProductBrandChangeValid(container, { productIds, brandId: change.brand_id })
  const rows = await readProductBrandLinkRows(container, productIds)
  const { dismiss, create } = planProductBrandLinks(change, rows)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  try {
    if (dismiss.length) await link.dismiss(dismiss.map(toLink))
    if (create.length) {
      await link.create(create.map(toLink))
      // The link module revives a dismissed pair with its first created_at; a link that comes back is new.
      const dismissedBefore = (pair: ProductBrandPair) =>
        rows.some((row) => row.deleted_at !== null && row.product_id === pair.product_id && row.brand_id === pair.brand_id)
      await dateLinksNow(container, create.filter(dismissedBefore))
    }
    if (change.brand_id !== null) await assertBrandExists(container, change.brand_id)
  } catch (error) {
    await writeProductBrandLinkRows(container, productIds, rows)
    throw error
  }
  return rows
}
