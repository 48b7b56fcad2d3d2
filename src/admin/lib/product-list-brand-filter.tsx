import { RELATIONSHIP_FILTER_HOOK } from "../../vite/dashboard-rewrites"
import {
  BrandFilterLabel,
  BrandFilterPicker,
  BrandFilterValue,
  currentBrandFilterOptions,
} from "../components/product-list-brand-filter"

/** What the dashboard's configurable lists know of a column (GET /admin/views/:entity/columns). */
type ListColumn = {
  field: string
  filter?: { relationship?: { endpoint?: string; filter_key?: string } }
}

/**
 * For the Brand relationship column of a configurable list, the filter that searches brands on the
 * server; undefined for every other column. brandsVitePlugin makes the dashboard call this (see
 * `relationshipFiltersCanSearchTheServer` in src/vite/dashboard-rewrites.ts); the dashboard then
 * sends the chosen ids as `brand[id][0]=…`, which GET /admin/products filters on.
 */
export function productListBrandFilter(column: ListColumn) {
  const relationship = column.filter?.relationship
  if (relationship?.endpoint !== "/admin/brands") return undefined
  const id = relationship.filter_key || column.field
  return {
    id,
    type: "custom" as const,
    // The pill shows this label; it is a component so it is translated when it renders and can name
    // brands that arrive in the URL.
    label: <BrandFilterLabel filterKey={id} />,
    // The pill names each selected id from these options; read on each render, so new names show.
    get options() {
      return currentBrandFilterOptions()
    },
    render: ({ value, onChange }: { value: BrandFilterValue; onChange: (value: BrandFilterValue) => void }) => (
      <BrandFilterPicker value={value} onChange={onChange} />
    ),
  }
}

/** Registered when the plugin's admin loads, before any list renders. */
;(globalThis as Record<string, unknown>)[RELATIONSHIP_FILTER_HOOK] = productListBrandFilter
