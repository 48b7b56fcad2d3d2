import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"

/** Seconds a brand lock lives without renewal; long runs renew it after each batch. */
export const BRAND_LOCK_TTL_SECONDS = 60

export type BrandLocks = { keys: string[]; ownerId: string }

/**
 * Locks that serialise merges, product moves between brands and deletes of the same brands (not
 * ordinary product links, which take per-product locks). Sorted, so overlapping sets cannot deadlock.
 */
export const brandLocks = (brandIds: string[]): BrandLocks => ({
  keys: [...new Set(brandIds)].map((id) => `brand:${id}`).sort(),
  ownerId: randomUUID(),
})

/** Extends locks still held by the same owner (the locking providers treat it as a renewal). */
export async function renewBrandLocks(container: MedusaContainer, locks: BrandLocks) {
  await container.resolve(Modules.LOCKING).acquire(locks.keys, { ownerId: locks.ownerId, expire: BRAND_LOCK_TTL_SECONDS })
}
