import { LinkDefinition } from "@medusajs/framework/types"
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

/**
 * Runs under the products' locks. Reads the products' link rows, dismisses the
 * old pairs and creates the new ones through the link module, then checks the
 * brand again, so a brand deleted meanwhile never keeps a link. When any of
 * that fails, and in compensation, the rows are written back exactly as they
 * were (ids, timestamps and dismissed rows included).
 */
export const replaceProductBrandLinksStep = createStep(
  replaceProductBrandLinksStepId,
  async (change: ProductBrandChange, { container }) => {
    const productIds = [...change.moved, ...change.removed]
    const rows = await readProductBrandLinkRows(container, productIds)
    const { dismiss, create } = planProductBrandLinks(change, rows)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    try {
      if (dismiss.length) await link.dismiss(dismiss.map(toLink))
      if (create.length) {
        await link.create(create.map(toLink))
        const dismissedBefore = (pair: ProductBrandPair) =>
          rows.some((row) => row.deleted_at !== null && row.product_id === pair.product_id && row.brand_id === pair.brand_id)
        await dateLinksNow(container, create.filter(dismissedBefore))
      }
      if (change.brand_id !== null) await assertBrandExists(container, change.brand_id)
    } catch (error) {
      await writeProductBrandLinkRows(container, productIds, rows)
      throw error
    }
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
