import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CreateBrandDTO } from "../../../modules/brand/types"
import { BrandEvents } from "../events"
import { createBrandsStep } from "../steps/create-brands"

export type CreateBrandsWorkflowInput = { brands: CreateBrandDTO[] }

export const createBrandsWorkflow = createWorkflow(
  "create-brands",
  (input: WorkflowData<CreateBrandsWorkflowInput>) => {
    const brands = createBrandsStep(input.brands)

    const brandsCreated = createHook("brandsCreated", { brands })

    emitEventStep({
      eventName: BrandEvents.CREATED,
      data: transform({ brands }, ({ brands }) => brands.map(({ id }) => ({ id }))),
    })

    return new WorkflowResponse(brands, { hooks: [brandsCreated] })
  }
)
