import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_BRAND_TABLE } from "../../../links/product-brand"
import { restoreProductBrandLinksWorkflow } from "../workflows/restore-product-brand-links"
import { setProductsBrandWorkflow, SetProductsBrandWorkflowOutput } from "../workflows/set-products-brand"
import { ProductsBrandUndo } from "./product-hook-brand-change"
import { readProductBrandLinkRows } from "./product-brand-link-rows"

/** Products per setProductsBrandWorkflow run when moving a whole brand (the admin's bulk limit). */
export const MOVE_BATCH_SIZE = 500

const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/** Up to `limit` live products linked to one of `brandIds`, in id order. */
async function productsOfBrands(container: MedusaContainer, brandIds: string[], limit: number): Promise<string[]> {
  const { rows } = await knexOf(container).raw(
    `SELECT l.product_id FROM "${PRODUCT_BRAND_TABLE}" l JOIN product p ON p.id = l.product_id AND p.deleted_at IS NULL
     WHERE l.brand_id = ANY(?) AND l.deleted_at IS NULL ORDER BY l.product_id LIMIT ?`,
    [brandIds, limit]
  )
  return rows.map((row: { product_id: string }) => row.product_id)
}

/** Live products linked to one of `brandIds`. */
export async function countProductsOfBrands(container: MedusaContainer, brandIds: string[]): Promise<number> {
  const { rows } = await knexOf(container).raw(
    `SELECT count(*)::int AS count FROM "${PRODUCT_BRAND_TABLE}" l JOIN product p ON p.id = l.product_id AND p.deleted_at IS NULL
     WHERE l.brand_id = ANY(?) AND l.deleted_at IS NULL`,
    [brandIds]
  )
  return rows[0].count
}

/**
 * Moves every product of `from` to brand `to`, MOVE_BATCH_SIZE at a time, each batch through
 * setProductsBrandWorkflow. Products are listed again before each batch, so one that joins a `from`
 * brand meanwhile is moved too. A listed product that was no longer on a `from` brand when the batch
 * held its lock (a concurrent move away, or a failed one rolled back) is put back at once.
 *
 * What undoes each batch is pushed to `undo` as soon as it is done (or has failed), so a caller
 * that fails half-way can undo exactly what was moved (undoProductMoves). Returns the number of
 * products moved.
 */
export async function moveProductsOfBrands(
  container: MedusaContainer,
  { from, to, undo, afterBatch }: { from: string[]; to: string; undo: ProductsBrandUndo[]; afterBatch?: () => Promise<void> }
): Promise<number> {
  const sources = new Set(from)
  // Listing again after each batch only finds products that joined meanwhile; bound the rounds anyway.
  const maxRounds = Math.ceil((await countProductsOfBrands(container, from)) / MOVE_BATCH_SIZE) + 20
  let moved = 0
  for (let round = 0; ; round++) {
    const ids = await productsOfBrands(container, from, MOVE_BATCH_SIZE)
    if (!ids.length) return moved
    if (round >= maxRounds) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Products keep being added to the brands being emptied; try again")
    }
    // A failed batch is rolled back by its own workflow, but that restores a link to a brand the
    // merge has retired as dismissed; the rows read here put it back once the brands are back.
    const before = await readProductBrandLinkRows(container, ids)
    let result: SetProductsBrandWorkflowOutput
    try {
      ;({ result } = await setProductsBrandWorkflow(container).run({ input: { brand_id: to, product_ids: ids } }))
    } catch (error) {
      undo.push({ product_ids: ids, links: before })
      throw error
    }
    const wasOnSource = (id: string) =>
      result.previous_links.some((row) => row.product_id === id && row.deleted_at === null && sources.has(row.brand_id))
    const stray = ids.filter((id) => !wasOnSource(id))
    const kept = ids.filter(wasOnSource)
    const linksOf = (productIds: string[]) => result.previous_links.filter((row) => productIds.includes(row.product_id))
    if (kept.length) undo.push({ product_ids: kept, links: linksOf(kept) })
    if (stray.length) {
      await restoreProductBrandLinksWorkflow(container).run({ input: { product_ids: stray, links: linksOf(stray) } })
    }
    moved += kept.length
    await afterBatch?.()
  }
}

/** Puts the moved products' link rows back exactly, last batch first. */
export async function undoProductMoves(container: MedusaContainer, undo: ProductsBrandUndo[]) {
  for (const batch of [...undo].reverse()) {
    await restoreProductBrandLinksWorkflow(container).run({ input: batch })
  }
}
