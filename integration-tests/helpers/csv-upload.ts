/** Posts `content` as the multipart file of POST /admin/brands/import, as the admin does. */
export function uploadCsv(
  api: any,
  admin: { headers: Record<string, string> },
  { type, content, dry_run, filename = "brands.csv", field = "file" }: {
    type?: string
    content: string | Buffer
    dry_run?: string
    filename?: string
    field?: string
  }
) {
  const form = new FormData()
  if (type !== undefined) form.append("type", type)
  if (dry_run !== undefined) form.append("dry_run", dry_run)
  form.append(field, new Blob([content], { type: "text/csv" }), filename)
  return api.post("/admin/brands/import", form, admin)
}
