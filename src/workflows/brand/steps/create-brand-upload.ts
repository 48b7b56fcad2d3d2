import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { BrandUploadDTO, CreateBrandUploadDTO } from "../../../modules/brand/types"

export const createBrandUploadStepId = "create-brand-upload"

/** Records an uploaded file, so it can be deleted once no brand uses it. */
export const createBrandUploadStep = createStep(
  createBrandUploadStepId,
  async (input: CreateBrandUploadDTO, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const upload: BrandUploadDTO = await service.createBrandUploads(input)
    return new StepResponse(upload, upload.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.deleteBrandUploads(id)
  }
)
