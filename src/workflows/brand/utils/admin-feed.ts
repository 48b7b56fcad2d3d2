import { CreateNotificationDTO } from "@medusajs/framework/types"

/**
 * How a brand workflow run shows in the admin notification feed:
 * - `each`: one entry per brand (the brand-admin-feed subscriber posts it from the event),
 * - `summary`: one entry for the whole run, posted by the workflow,
 * - `none`: nothing; the caller posts its own summary (imports, merges).
 * By default a run with one brand is `each` and a bulk run is `summary`, so seeding 10,000 brands
 * posts a handful of entries instead of 10,000.
 */
export type BrandFeed = "each" | "summary" | "none"

/** Event metadata key read by the subscriber: only events marked `each` (or unmarked) get an entry. */
export const BRAND_FEED_METADATA_KEY = "brand_feed"

export const brandFeedOf = (feed: BrandFeed | undefined, brandCount: number): BrandFeed =>
  feed ?? (brandCount === 1 ? "each" : "summary")

/** One entry in the admin's notification feed (the bell), as core's product import posts them. */
export function adminFeedNotification(
  title: string,
  description: string,
  resource?: { trigger_type: string; resource_type: string; resource_id: string }
): CreateNotificationDTO {
  return { to: "", channel: "feed", template: "admin-ui", ...resource, data: { title, description } }
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`
