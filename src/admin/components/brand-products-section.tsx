import { DataTable } from "@medusajs/dashboard/components"
import { Trash } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  DataTableRowSelectionState,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { keepPreviousData } from "@tanstack/react-query"
import { useCallback, useMemo, useState } from "react"
import { useBrandProducts, useUpdateBrandProducts } from "../hooks/api/brands"
import { useTableQuery } from "../hooks/use-table-query"
import { AdminBrand, AdminBrandProduct } from "../lib/types"
import { productColumns } from "./product-columns"

const PAGE_SIZE = 10

/** The brand's products, paged and searched on the server (GET /admin/brands/:id/products). */
export const BrandProductsSection = ({ brand }: { brand: AdminBrand }) => {
  const { data, isPending, isError, error } = useBrandProducts(brand.id, useTableQuery(PAGE_SIZE), {
    placeholderData: keepPreviousData,
  })
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const removeProducts = useRemoveProducts(brand, setRowSelection)
  const columns = useColumns(removeProducts)
  const commands = useMemo(
    () => [
      commandHelper.command({
        label: "Remove",
        shortcut: "r",
        action: (selection) => removeProducts(Object.keys(selection)),
      }),
    ],
    [removeProducts]
  )

  if (isError) throw error

  return (
    <Container className="divide-y p-0" role="region" aria-label="Products">
      <DataTable
        data={data?.products}
        columns={columns}
        commands={commands}
        heading="Products"
        headingLevel="h2"
        rowCount={data?.count}
        getRowId={(product) => product.id}
        rowHref={(product) => `/products/${product.id}`}
        rowSelection={{ state: rowSelection, onRowSelectionChange: setRowSelection }}
        action={{ label: "Add products", to: `/brands/${brand.id}/add-products` }}
        emptyState={{
          empty: { heading: "No products", description: `No product has the brand ${brand.name} yet.` },
          filtered: { heading: "No products found", description: "No product of this brand matches this search." },
        }}
        pageSize={PAGE_SIZE}
        isLoading={isPending}
      />
    </Container>
  )
}

/** Asks, then unlinks the products from the brand (they stay in the catalog). */
const useRemoveProducts = (brand: AdminBrand, setRowSelection: (selection: DataTableRowSelectionState) => void) => {
  const prompt = usePrompt()
  const { mutateAsync } = useUpdateBrandProducts(brand.id)

  return useCallback(async (productIds: string[]) => {
    const count = productIds.length
    const confirmed = await prompt({
      title: count === 1 ? "Remove this product from the brand?" : `Remove ${count} products from the brand?`,
      description: `${count === 1 ? "The product keeps" : "The products keep"} everything else; only the brand ${brand.name} is taken off.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return

    await mutateAsync(
      { remove: productIds },
      {
        onSuccess: () => {
          toast.success(count === 1 ? "Removed 1 product from the brand" : `Removed ${count} products from the brand`)
          setRowSelection({})
        },
        onError: (error) => toast.error(error.message),
      }
    ).catch(() => undefined)
  }, [prompt, mutateAsync, brand.name, setRowSelection])
}

const columnHelper = createDataTableColumnHelper<AdminBrandProduct>()
const commandHelper = createDataTableCommandHelper()

const useColumns = (removeProducts: (ids: string[]) => void) =>
  useMemo(
    () => [
      columnHelper.select(),
      ...productColumns<AdminBrandProduct>({ linkToProduct: true }),
      columnHelper.accessor("handle", {
        header: "Handle",
        enableSorting: true,
        sortAscLabel: "A-Z",
        sortDescLabel: "Z-A",
        cell: ({ row }) => <Text size="small">/{row.original.handle}</Text>,
      }),
      columnHelper.action({
        actions: ({ row }) => [
          [{ label: "Remove from brand", icon: <Trash />, onClick: () => removeProducts([row.original.id]) }],
        ],
      }),
    ],
    [removeProducts]
  )
