import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { brandImageUrls } from "../utils/brand-uploads"

export const listBrandImageUrlsStepId = "list-brand-image-urls"

/** The logo and banner URLs the brands have now (before a change that may release them). */
export const listBrandImageUrlsStep = createStep(listBrandImageUrlsStepId, async (brandIds: string[], { container }) => {
  return new StepResponse(await brandImageUrls(container, brandIds))
})
