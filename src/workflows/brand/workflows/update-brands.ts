import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { UpdateBrandDTO } from "../../../modules/brand/types"
import { BrandEvents } from "../events"
import { deleteUnusedBrandUploadsStep } from "../steps/delete-unused-brand-uploads"
import { listBrandImageUrlsStep } from "../steps/list-brand-image-urls"
import { updateBrandsStep } from "../steps/update-brands"

export type UpdateBrandsWorkflowInput = { brands: UpdateBrandDTO[] }

/** Updates brands; an uploaded logo or banner that was replaced or removed is deleted at the end. */
export const updateBrandsWorkflow = createWorkflow(
  "update-brands",
  (input: WorkflowData<UpdateBrandsWorkflowInput>) => {
    const imageChanges = transform({ input }, ({ input }) =>
      input.brands.filter((brand) => "logo_url" in brand || "banner_url" in brand).map((brand) => brand.id)
    )
    const previousImageUrls = listBrandImageUrlsStep(imageChanges)

    const brands = updateBrandsStep(input.brands)

    const brandsUpdated = createHook("brandsUpdated", { brands })

    emitEventStep({
      eventName: BrandEvents.UPDATED,
      data: transform({ brands }, ({ brands }) => brands.map(({ id }) => ({ id }))),
    })

    deleteUnusedBrandUploadsStep(transform({ previousImageUrls }, ({ previousImageUrls }) => ({ urls: previousImageUrls })))

    return new WorkflowResponse(brands, { hooks: [brandsUpdated] })
  }
)
