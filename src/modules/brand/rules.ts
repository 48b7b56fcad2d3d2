import { MedusaError } from "@medusajs/framework/utils"
import {
  BRAND_BANNER_URL_MAX_LENGTH,
  BRAND_HANDLE_MAX_LENGTH,
  BRAND_HANDLE_PATTERN,
  BRAND_LOGO_URL_MAX_LENGTH,
  BRAND_NAME_MAX_LENGTH,
  BRAND_RANK_MAX,
  BRAND_SEO_DESCRIPTION_MAX_LENGTH,
  BRAND_SEO_TITLE_MAX_LENGTH,
  isHttpUrl,
} from "./field-rules"

// The rules a brand must satisfy, shared by the API validators and the service; the
// backend-free ones live in field-rules.ts so the admin UI can import them too.
export * from "./field-rules"

type BrandFields = {
  name?: string
  handle?: string
  logo_url?: string | null
  banner_url?: string | null
  seo_title?: string | null
  seo_description?: string | null
  rank?: number
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

function assertUrl(field: string, value: string | null | undefined, max: number) {
  if (value != null && (value.length > max || !isHttpUrl(value))) {
    throw invalid(`Brand ${field} must be an http(s) URL of at most ${max} characters`)
  }
}

/** Throws a 400-mapped MedusaError for the first rule the fields break. */
export function assertValidBrandFields(fields: BrandFields): void {
  const { name, handle, seo_title, seo_description, rank } = fields
  if (name !== undefined && (!name.trim() || name.length > BRAND_NAME_MAX_LENGTH)) {
    throw invalid(`Brand name must be 1 to ${BRAND_NAME_MAX_LENGTH} characters`)
  }
  if (
    handle !== undefined &&
    (handle.length > BRAND_HANDLE_MAX_LENGTH || !BRAND_HANDLE_PATTERN.test(handle))
  ) {
    throw invalid(
      `Brand handle "${handle}" must be lowercase letters and digits separated by single hyphens, at most ${BRAND_HANDLE_MAX_LENGTH} characters`
    )
  }
  assertUrl("logo_url", fields.logo_url, BRAND_LOGO_URL_MAX_LENGTH)
  assertUrl("banner_url", fields.banner_url, BRAND_BANNER_URL_MAX_LENGTH)
  if (seo_title != null && seo_title.length > BRAND_SEO_TITLE_MAX_LENGTH) {
    throw invalid(`Brand seo_title must be at most ${BRAND_SEO_TITLE_MAX_LENGTH} characters`)
  }
  if (seo_description != null && seo_description.length > BRAND_SEO_DESCRIPTION_MAX_LENGTH) {
    throw invalid(`Brand seo_description must be at most ${BRAND_SEO_DESCRIPTION_MAX_LENGTH} characters`)
  }
  if (rank !== undefined && (!Number.isInteger(rank) || rank < 0 || rank > BRAND_RANK_MAX)) {
    throw invalid(`Brand rank must be a whole number from 0 to ${BRAND_RANK_MAX}`)
  }
}
