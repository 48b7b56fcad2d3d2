import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../modules/brand"
import BrandModuleService from "../modules/brand/service"
import { BrandEvents } from "../workflows/brand/events"
import { adminFeedNotification, BRAND_FEED_METADATA_KEY, plural } from "../workflows/brand/utils/admin-feed"

type BrandEventData = { id: string; brand_ids?: string[]; product_count?: number }

const TITLES: Record<string, string> = {
  [BrandEvents.CREATED]: "Brand created",
  [BrandEvents.DELETED]: "Brand deleted",
  [BrandEvents.MERGED]: "Brands merged",
}

function describe(name: string, label: string, data: BrandEventData) {
  if (name === BrandEvents.CREATED) return `${label} was added.`
  if (name === BrandEvents.DELETED) return `${label} was deleted; its products were unlinked.`
  return `${plural(data.brand_ids?.length ?? 0, "brand")} merged into ${label}; ${plural(data.product_count ?? 0, "product")} moved.`
}

/**
 * Posts a created or deleted brand and each merge to the admin's notification
 * feed (the bell in the dashboard). Bulk runs are marked in the event metadata
 * and post one summary from their workflow instead. With Redis and a worker
 * instance, this runs once per event, on the worker.
 */
export default async function brandAdminFeedHandler({ event, container }: SubscriberArgs<BrandEventData>) {
  const feed = event.metadata?.[BRAND_FEED_METADATA_KEY]
  if (feed !== undefined && feed !== "each") return

  const brands: BrandModuleService = container.resolve(BRAND_MODULE)
  const [brand] = await brands.listBrands({ id: event.data.id }, { select: ["id", "name", "handle"], withDeleted: true })
  const label = brand ? `${brand.name} (${brand.handle})` : event.data.id

  await container.resolve(Modules.NOTIFICATION).createNotifications(
    adminFeedNotification(TITLES[event.name], describe(event.name, label, event.data), {
      trigger_type: event.name,
      resource_type: "brand",
      resource_id: event.data.id,
    })
  )
}

export const config: SubscriberConfig = {
  event: [BrandEvents.CREATED, BrandEvents.DELETED, BrandEvents.MERGED],
  context: { subscriberId: "brand-admin-feed" },
}
