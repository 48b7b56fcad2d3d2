import { useQueryParams } from "@medusajs/dashboard/hooks"

/** The search, sort and page that the dashboard's DataTable keeps in the URL, as list query params. */
export function useTableQuery(pageSize: number, prefix?: string) {
  const { q, order, offset } = useQueryParams(["q", "order", "offset"], prefix)
  return { q, order, offset: offset ? Number(offset) : 0, limit: pageSize }
}
