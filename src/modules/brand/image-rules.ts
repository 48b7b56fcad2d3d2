/*
 * What an uploaded brand logo or banner may be. Backend-free, so the admin checks a file with
 * the same function before it uploads it, and the upload route checks it again.
 */
import { imageSize } from "image-size"
import { formatFileSize } from "../../lib/file-size"

export const BRAND_IMAGE_KINDS = ["logo", "banner"] as const
export type BrandImageKind = (typeof BRAND_IMAGE_KINDS)[number]

const MB = 1024 * 1024
export const BRAND_IMAGE_MAX_BYTES: Record<BrandImageKind, number> = { logo: 2 * MB, banner: 5 * MB }
/** Wider or taller images are refused: browsers would have to decode them whole. */
export const BRAND_IMAGE_MAX_PIXELS = 10_000

/** The raster formats accepted, by the type image-size reports; SVG is refused (it can carry script). */
export const BRAND_IMAGE_FORMATS = {
  png: { mimeType: "image/png", extension: "png" },
  jpg: { mimeType: "image/jpeg", extension: "jpg" },
  webp: { mimeType: "image/webp", extension: "webp" },
  gif: { mimeType: "image/gif", extension: "gif" },
  avif: { mimeType: "image/avif", extension: "avif" },
} as const
export type BrandImageFormat = keyof typeof BRAND_IMAGE_FORMATS

/** For a file input's `accept`. */
export const BRAND_IMAGE_ACCEPT = Object.values(BRAND_IMAGE_FORMATS)
  .map((format) => format.mimeType)
  .join(",")
export const BRAND_IMAGE_FORMAT_NAMES = "PNG, JPEG, WebP, GIF or AVIF"

/** Why a file was refused, with the figures its message names, so the admin can say it in the merchant's language. */
export type BrandImageRejection =
  | { reason: "empty" }
  | { reason: "too_large"; maxBytes: number; bytes: number }
  | { reason: "markup" }
  | { reason: "not_image" }
  | { reason: "too_many_pixels"; maxPixels: number; width: number; height: number }

export type BrandImageCheck =
  | { ok: true; format: BrandImageFormat; mimeType: string; extension: string; width: number; height: number }
  | ({ ok: false; status: 400 | 413; message: string } & BrandImageRejection)

const label = (kind: BrandImageKind) => (kind === "logo" ? "The logo" : "The banner")
export { formatFileSize }

/** True when the bytes look like SVG (or any XML/HTML that could be served as a page). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024))
  return /^[\s\uFEFF]*</.test(head) || /<svg[\s>]/i.test(head)
}

/** Checks an upload by its content (never by its name or declared type). */
export function checkBrandImage(bytes: Uint8Array, kind: BrandImageKind): BrandImageCheck {
  const max = BRAND_IMAGE_MAX_BYTES[kind]
  if (bytes.length === 0) return { ok: false, status: 400, reason: "empty", message: `${label(kind)} file is empty (0 bytes)` }
  if (bytes.length > max) {
    return {
      ok: false,
      status: 413,
      reason: "too_large",
      maxBytes: max,
      bytes: bytes.length,
      message: `${label(kind)} must be at most ${formatFileSize(max)}; this file is ${formatFileSize(bytes.length)}`,
    }
  }
  if (looksLikeMarkup(bytes)) {
    return {
      ok: false,
      status: 400,
      reason: "markup",
      message: `SVG and other markup files are not accepted: served from the store they can run script. Upload a ${BRAND_IMAGE_FORMAT_NAMES} image`,
    }
  }
  let size: ReturnType<typeof imageSize> | undefined
  try {
    size = imageSize(bytes)
  } catch {
    size = undefined
  }
  const format = size?.type && size.type in BRAND_IMAGE_FORMATS ? (size.type as BrandImageFormat) : undefined
  if (!size || !format || !size.width || !size.height) {
    return { ok: false, status: 400, reason: "not_image", message: `${label(kind)} must be a ${BRAND_IMAGE_FORMAT_NAMES} image` }
  }
  if (size.width > BRAND_IMAGE_MAX_PIXELS || size.height > BRAND_IMAGE_MAX_PIXELS) {
    return {
      ok: false,
      status: 400,
      reason: "too_many_pixels",
      maxPixels: BRAND_IMAGE_MAX_PIXELS,
      width: size.width,
      height: size.height,
      message: `${label(kind)} must be at most ${BRAND_IMAGE_MAX_PIXELS} pixels wide and high; this one is ${size.width}×${size.height}`,
    }
  }
  return { ok: true, format, ...BRAND_IMAGE_FORMATS[format], width: size.width, height: size.height }
}
