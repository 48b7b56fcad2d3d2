import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Throws a 400 naming the brand when it does not exist or was deleted. One indexed read of
 * the brand module's table (it runs on every product create with a brand, before core's
 * workflow: the module service's list cost three times as much).
 */
export async function assertBrandExists(container: MedusaContainer, brandId: string) {
  const knex: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw("SELECT 1 FROM brand WHERE id = ? AND deleted_at IS NULL", [brandId])
  if (!rows.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Brand with id "${brandId}" does not exist or has been deleted`
    )
  }
}
