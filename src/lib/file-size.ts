const MB = 1024 * 1024

/**
 * "2 MB", "640 kB": how limits and sizes are shown to merchants, in English in the API and in
 * the merchant's language in the admin ("1,5 Mo" in French).
 */
export const formatFileSize = (bytes: number, locale = "en") => {
  const inKilobytes = bytes < MB
  const value = inKilobytes ? Math.max(1, Math.round(bytes / 1024)) : Number((bytes / MB).toFixed(1))
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: inKilobytes ? "kilobyte" : "megabyte",
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(value)
}
