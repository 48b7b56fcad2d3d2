/*
 * The brand field rules that need no backend code, so the admin UI can import
 * them as well (rules.ts re-exports them for the backend).
 */
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
