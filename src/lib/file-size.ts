const MB = 1024 * 1024

/** "2 MB", "640 kB": how limits and sizes are shown to merchants, in the API and the admin alike. */
export const formatFileSize = (bytes: number) =>
  bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${Number((bytes / MB).toFixed(1))} MB`
