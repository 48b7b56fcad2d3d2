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
import { updateBrandsStep } from "../steps/update-brands"

export type UpdateBrandsWorkflowInput = { brands: UpdateBrandDTO[] }

export const updateBrandsWorkflow = createWorkflow(
  "update-brands",
  (input: WorkflowData<UpdateBrandsWorkflowInput>) => {
    const brands = updateBrandsStep(input.brands)

    const brandsUpdated = createHook("brandsUpdated", { brands })

    emitEventStep({
      eventName: BrandEvents.UPDATED,
      data: transform({ brands }, ({ brands }) => brands.map(({ id }) => ({ id }))),
    })

    return new WorkflowResponse(brands, { hooks: [brandsUpdated] })
  }
)
