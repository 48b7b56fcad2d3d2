import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CreateBrandDTO } from "../../../modules/brand/types"
import { BrandEvents } from "../events"
import { createBrandsStep } from "../steps/create-brands"
import { adminFeedNotification, BRAND_FEED_METADATA_KEY, BrandFeed, brandFeedOf, plural } from "../utils/admin-feed"

export type CreateBrandsWorkflowInput = {
  brands: CreateBrandDTO[]
  /** How the run shows in the admin feed (see BrandFeed); by default one entry per brand for one brand, else one summary. */
  feed?: BrandFeed
}

export const createBrandsWorkflow = createWorkflow(
  "create-brands",
  (input: WorkflowData<CreateBrandsWorkflowInput>) => {
    const brands = createBrandsStep(input.brands)

    const brandsCreated = createHook("brandsCreated", { brands })

    const feed = transform({ input }, ({ input }) => brandFeedOf(input.feed, input.brands.length))
    emitEventStep({
      eventName: BrandEvents.CREATED,
      data: transform({ brands }, ({ brands }) => brands.map(({ id }) => ({ id }))),
      metadata: transform({ feed }, ({ feed }) => ({ [BRAND_FEED_METADATA_KEY]: feed })),
    })

    when({ feed }, ({ feed }) => feed === "summary").then(() => {
      sendNotificationsStep(
        transform({ brands }, ({ brands }) => [
          adminFeedNotification("Brands created", `${plural(brands.length, "brand")} ${brands.length === 1 ? "was" : "were"} added.`),
        ])
      )
    })

    return new WorkflowResponse(brands, { hooks: [brandsCreated] })
  }
)
