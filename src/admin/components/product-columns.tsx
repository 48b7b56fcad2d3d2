import { ProductCell, ProductStatusCell } from "@medusajs/dashboard/components"
import { createDataTableColumnHelper } from "@medusajs/ui"
import { AdminBrandProduct } from "../lib/types"

/** The core product tables' Product (thumbnail and title) and Status columns, sorted by the server. */
export const productColumns = <TProduct extends AdminBrandProduct>() => {
  const columnHelper = createDataTableColumnHelper<TProduct>()
  return [
    columnHelper.accessor((product) => product.title, {
      id: "title",
      header: "Product",
      enableSorting: true,
      sortAscLabel: "A-Z",
      sortDescLabel: "Z-A",
      cell: ({ row }) => <ProductCell product={row.original} />,
    }),
    columnHelper.accessor((product) => product.status, {
      id: "status",
      header: "Status",
      enableSorting: true,
      sortAscLabel: "A-Z",
      sortDescLabel: "Z-A",
      cell: ({ row }) => <ProductStatusCell status={row.original.status} />,
    }),
  ]
}
