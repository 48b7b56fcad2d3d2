import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CommonEvents, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCT_BRAND_TABLE } from "../../../links/product-brand"
import { emitProductBrandLinkEvent } from "../utils/product-brand-link-events"

export const removeBrandProductLinksStepId = "remove-brand-product-links"

/** A dismissed link and its `updated_at` from before (Postgres text, to the microsecond). */
type DismissedLink = { id: string; updated_at: string }

/**
 * Dismisses (soft-deletes) every live product link of the brands in one statement, however
 * many products they have. Compensation makes exactly those rows live again with their
 * previous `updated_at`, except for a product that has been given another brand meanwhile:
 * it keeps that one. Links dismissed earlier (a product that moved away) stay dismissed.
 */
export const removeBrandProductLinksStep = createStep(
  removeBrandProductLinksStepId,
  async (brandIds: string[], { container }) => {
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `UPDATE "${PRODUCT_BRAND_TABLE}" l SET deleted_at = now(), updated_at = now()
       FROM "${PRODUCT_BRAND_TABLE}" previous
       WHERE l.brand_id = ANY(?) AND l.deleted_at IS NULL
         AND previous.product_id = l.product_id AND previous.brand_id = l.brand_id
       RETURNING l.id, previous.updated_at::text AS updated_at`,
      [brandIds]
    )
    const dismissed = rows as DismissedLink[]
    await emitProductBrandLinkEvent(container, CommonEvents.DETACHED, dismissed.map((link) => link.id))
    return new StepResponse(dismissed, dismissed)
  },
  async (dismissed, { container }) => {
    if (!dismissed?.length) return
    const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(
      `UPDATE "${PRODUCT_BRAND_TABLE}" l SET deleted_at = NULL, updated_at = r.updated_at::timestamptz
       FROM unnest(?::text[], ?::text[]) AS r(id, updated_at)
       WHERE l.id = r.id
         AND NOT EXISTS (SELECT 1 FROM "${PRODUCT_BRAND_TABLE}" o WHERE o.product_id = l.product_id AND o.deleted_at IS NULL)
       RETURNING l.id`,
      [dismissed.map((link) => link.id), dismissed.map((link) => link.updated_at)]
    )
    await emitProductBrandLinkEvent(container, CommonEvents.ATTACHED, rows.map((row: { id: string }) => row.id))
  }
)
