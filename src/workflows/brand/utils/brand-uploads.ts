import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import BrandModuleService from "../../../modules/brand/service"
import { BrandUploadDTO } from "../../../modules/brand/types"

/** Which uploads to consider: those with one of `urls`, uploaded before `created_before` (each when given). */
export type BrandUploadSelection = { urls?: string[]; created_before?: Date }

/** The image URLs of brands, as far as they have any. */
export async function brandImageUrls(container: MedusaContainer, brandIds: string[]): Promise<string[]> {
  if (!brandIds.length) return []
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const brands = await service.listBrands(
    { id: brandIds },
    { select: ["id", "logo_url", "banner_url"], withDeleted: true }
  )
  return brands.flatMap((brand) => [brand.logo_url, brand.banner_url]).filter((url): url is string => Boolean(url))
}

/**
 * Deletes the selected uploads that no live brand uses as its logo or banner: their files in
 * the File Module, then their records. A file the provider fails to delete keeps its record, so
 * the daily clean-up (jobs/delete-unused-brand-uploads) tries again. Returns the deleted uploads.
 */
export async function deleteUnusedBrandUploads(
  container: MedusaContainer,
  selection: BrandUploadSelection
): Promise<BrandUploadDTO[]> {
  const { urls, created_before } = selection
  if (!urls?.length && !created_before) return []
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const filters = {
    ...(urls?.length ? { url: urls } : {}),
    ...(created_before ? { created_at: { $lt: created_before } } : {}),
  }
  const uploads: BrandUploadDTO[] = await service.listBrandUploads(filters, { take: null })
  if (!uploads.length) return []
  const uploadUrls = [...new Set(uploads.map((upload) => upload.url))]
  const inUse = await service.listBrands(
    { $or: [{ logo_url: uploadUrls }, { banner_url: uploadUrls }] },
    { select: ["logo_url", "banner_url"], take: null }
  )
  const used = new Set(inUse.flatMap((brand) => [brand.logo_url, brand.banner_url]))
  const unused = uploads.filter((upload) => !used.has(upload.url))
  const deleted: BrandUploadDTO[] = []
  const files = container.resolve(Modules.FILE)
  for (const upload of unused) {
    try {
      await files.deleteFiles(upload.file_id)
      deleted.push(upload)
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`[medusa-brands] Could not delete the uploaded file ${upload.file_id} (${upload.url}): ${(error as Error).message}`)
    }
  }
  if (deleted.length) await service.deleteBrandUploads(deleted.map((upload) => upload.id))
  return deleted
}
