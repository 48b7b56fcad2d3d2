import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../modules/brand"
import BrandModuleService from "../modules/brand/service"
import { BrandEvents } from "../workflows/brand/events"

const TITLES: Record<string, string> = {
  [BrandEvents.CREATED]: "Brand created",
  [BrandEvents.DELETED]: "Brand deleted",
}

/**
 * Posts each created or deleted brand to the admin's notification feed (the
 * bell in the dashboard). With Redis and a worker instance, this runs once per
 * event, on the worker.
 */
export default async function brandAdminFeedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const brands: BrandModuleService = container.resolve(BRAND_MODULE)
  const [brand] = await brands.listBrands({ id: event.data.id }, { select: ["id", "name", "handle"], withDeleted: true })
  const label = brand ? `${brand.name} (${brand.handle})` : event.data.id

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: "",
    channel: "feed",
    template: "admin-ui",
    trigger_type: event.name,
    resource_type: "brand",
    resource_id: event.data.id,
    data: {
      title: TITLES[event.name],
      description: event.name === BrandEvents.CREATED ? `${label} was added.` : `${label} was deleted; its products were unlinked.`,
    },
  })
}

export const config: SubscriberConfig = {
  event: [BrandEvents.CREATED, BrandEvents.DELETED],
  context: { subscriberId: "brand-admin-feed" },
}
