/*
 * The brand field rules that need no backend code, so the admin UI can import
 * them as well (rules.ts re-exports them for the backend).
 */
import { transliterate } from "transliteration"

export const BRAND_NAME_MAX_LENGTH = 255
export const BRAND_HANDLE_MAX_LENGTH = 255
export const BRAND_LOGO_URL_MAX_LENGTH = 2048
export const BRAND_BANNER_URL_MAX_LENGTH = 2048
export const BRAND_DESCRIPTION_MAX_LENGTH = 10_000
/** What search engines show of a title and a description. */
export const BRAND_SEO_TITLE_MAX_LENGTH = 70
export const BRAND_SEO_DESCRIPTION_MAX_LENGTH = 320
/** Ranks order the brand directory; 0 comes first. */
export const BRAND_RANK_MAX = 1_000_000
export const BRAND_HANDLE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
/** What a handle starts with when the name has no letter or digit that transliterates (see handleFromName). */
export const BRAND_HANDLE_FALLBACK_PREFIX = "brand-"

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === "http:" || url.protocol === "https:") && /^https?:\/\//i.test(value)
  } catch {
    return false
  }
}

/** 32-bit FNV-1a of the UTF-16 code units, as 7 base-36 digits: the same in Node and in the browser. */
function shortHash(value: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36).padStart(7, "0")
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['`ʼ’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, BRAND_HANDLE_MAX_LENGTH)
    .replace(/^-+|-+$/g, "")
}

/**
 * The handle a brand gets from its name, in any script. The name is transliterated to
 * Latin by the `transliteration` library ("Müller Ærø" → `muller-aero`, "Бренд" → `brend`,
 * "Ελληνικά" → `ellinika`, "北京" → `bei-jing`), lowercased, apostrophes dropped, and every
 * run of other characters becomes one "-". A name whose letters or digits the library cannot
 * transliterate (Javanese, Egyptian hieroglyphs, ...) gets `brand-` and a hash of the name: still
 * derived, and the same every time. A name with no letter or digit at all ("!!!", "😀") gives ""
 * and needs a handle typed by hand. The admin's live handle and the API use this one function.
 */
export function handleFromName(name: string): string {
  const normalized = name.trim().normalize("NFKC")
  const handle = slug(transliterate(normalized))
  if (handle || !/[\p{L}\p{N}]/u.test(normalized)) return handle
  return `${BRAND_HANDLE_FALLBACK_PREFIX}${shortHash(normalized)}`
}

/**
 * The form of a text that brand search compares: compatibility forms unified (full-width
 * letters, ligatures), Latin, Greek and Cyrillic accents dropped, and case folded by JavaScript
 * (so "MÜLLER", "Müller" and "muller" all become "muller", and "Straße" becomes "strasse").
 * It runs in the application, not in Postgres, so it does not depend on the database's locale.
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .toLowerCase()
    .normalize("NFC")
}
