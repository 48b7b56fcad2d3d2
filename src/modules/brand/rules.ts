import { MedusaError } from "@medusajs/framework/utils"
import {
  BRAND_HANDLE_MAX_LENGTH,
  BRAND_HANDLE_PATTERN,
  BRAND_LOGO_URL_MAX_LENGTH,
  BRAND_NAME_MAX_LENGTH,
  isHttpUrl,
} from "./field-rules"

// The rules a brand must satisfy, shared by the API validators and the service; the
// backend-free ones live in field-rules.ts so the admin UI can import them too.
export * from "./field-rules"

type BrandFields = {
  name?: string
  handle?: string
  logo_url?: string | null
}

/** Throws a 400-mapped MedusaError for the first rule the fields break. */
export function assertValidBrandFields(fields: BrandFields): void {
  const { name, handle, logo_url } = fields
  if (name !== undefined && (!name.trim() || name.length > BRAND_NAME_MAX_LENGTH)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Brand name must be 1 to ${BRAND_NAME_MAX_LENGTH} characters`
    )
  }
  if (
    handle !== undefined &&
    (handle.length > BRAND_HANDLE_MAX_LENGTH || !BRAND_HANDLE_PATTERN.test(handle))
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Brand handle "${handle}" must be lowercase letters and digits separated by single hyphens, at most ${BRAND_HANDLE_MAX_LENGTH} characters`
    )
  }
  if (logo_url != null && (logo_url.length > BRAND_LOGO_URL_MAX_LENGTH || !isHttpUrl(logo_url))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Brand logo_url must be an http(s) URL")
  }
}
