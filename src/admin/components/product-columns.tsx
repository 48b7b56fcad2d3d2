import { ProductCell, ProductStatusCell } from "@medusajs/dashboard/components"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { t } from "i18next"
import { AdminBrandProduct } from "../lib/types"
import { RowLink } from "./row-link"
import { ALPHABETICAL_SORT } from "./table-columns"

/**
 * The core product tables' Product (thumbnail and title) and Status columns, sorted by the server.
 * With `linkToProduct` the product is also a link, so its page opens from the keyboard too.
 * Headers are translated when the columns are built: callers build them again when the language changes.
 */
export const productColumns = <TProduct extends AdminBrandProduct>({ linkToProduct = false } = {}) => {
  const columnHelper = createDataTableColumnHelper<TProduct>()
  return [
    columnHelper.accessor((product) => product.title, {
      id: "title",
      header: t("fields.product"),
      enableSorting: true,
      ...ALPHABETICAL_SORT,
      cell: ({ row }) =>
        linkToProduct ? (
          <RowLink to={`/products/${row.original.id}`}>
            <ProductCell product={row.original} />
          </RowLink>
        ) : (
          <ProductCell product={row.original} />
        ),
    }),
    columnHelper.accessor((product) => product.status, {
      id: "status",
      header: t("fields.status"),
      enableSorting: true,
      ...ALPHABETICAL_SORT,
      cell: ({ row }) => <ProductStatusCell status={row.original.status} />,
    }),
  ]
}
