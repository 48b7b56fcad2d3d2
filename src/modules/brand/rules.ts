import { MedusaError } from "@medusajs/framework/utils"

/** The rules a brand must satisfy; the API validators and the service share them. */
export const BRAND_NAME_MAX_LENGTH = 255
export const BRAND_HANDLE_MAX_LENGTH = 255
export const BRAND_LOGO_URL_MAX_LENGTH = 2048
export const BRAND_HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && /^https?:\/\//i.test(value)
  } catch {
    return false
  }
}

/**
 * "Bars Acme x1" becomes "bars-acme-x1": lowercase, accents dropped, every run
 * of other characters becomes one "-", trimmed. Empty when nothing is left.
 */
export function handleFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, BRAND_HANDLE_MAX_LENGTH)
    .replace(/^-+|-+$/g, "")
}

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
