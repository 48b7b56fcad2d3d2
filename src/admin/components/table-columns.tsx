import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { t } from "i18next"

/** Sort labels of a text column, the same in every language the admin ships. */
export const ALPHABETICAL_SORT = { sortAscLabel: "A-Z", sortDescLabel: "Z-A" } as const

/**
 * The sortable Handle column (`/handle`) of brand and product tables. Its header is translated
 * when the columns are built: callers build them again when the language changes.
 */
export const handleColumn = <TRow extends { handle: string }>() =>
  createDataTableColumnHelper<TRow>().accessor((row) => row.handle, {
    id: "handle",
    header: t("fields.handle"),
    enableSorting: true,
    ...ALPHABETICAL_SORT,
    cell: ({ row }) => <Text size="small">/{row.original.handle}</Text>,
  })
