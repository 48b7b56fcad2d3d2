import { ActionMenu, SectionRow } from "@medusajs/dashboard/components"
import { CodeMerge, EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Container, Heading, IconButton, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { isHttpUrl } from "../../modules/brand/field-rules"
import { useQueryClient } from "@tanstack/react-query"
import { useNavigate } from "react-router-dom"
import { retrieveBrand, useDeleteBrand } from "../hooks/api/brands"
import { brandsQueryKeys } from "../lib/query-keys"
import { AdminBrand } from "../lib/types"
import { BrandLogo } from "./brand-logo"
import { BrandStatusBadge } from "./brand-status-badge"

export const BrandGeneralSection = ({ brand }: { brand: AdminBrand }) => {
  const handleDelete = useDeleteBrandAction(brand)
  const metadata = Object.entries(brand.metadata ?? {})

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-x-3">
          <BrandLogo name={brand.name} logoUrl={brand.logo_url} size="large" />
          <Heading>{brand.name}</Heading>
        </div>
        <div className="flex items-center gap-x-4">
          {brand.is_featured && <StatusBadge color="purple">Featured</StatusBadge>}
          <BrandStatusBadge isActive={brand.is_active} />
          <ActionMenu
            groups={[
              {
                actions: [
                  { icon: <PencilSquare />, label: "Edit", to: `/brands/${brand.id}/edit` },
                  { icon: <CodeMerge />, label: "Merge brands into this one…", to: `/brands/${brand.id}/merge` },
                ],
              },
              { actions: [{ icon: <Trash />, label: "Delete", onClick: handleDelete }] },
            ]}
          >
            <IconButton size="small" variant="transparent" aria-label="Brand actions">
              <EllipsisHorizontal />
            </IconButton>
          </ActionMenu>
        </div>
      </div>
      <SectionRow title="Handle" value={`/${brand.handle}`} />
      {brand.aliases?.length ? (
        <SectionRow
          title="Also found at"
          value={
            <Text size="small" className="text-ui-fg-subtle">
              {brand.aliases.map((alias) => `/${alias.handle}`).join(", ")}
            </Text>
          }
        />
      ) : null}
      <SectionRow title="Description" value={brand.description} />
      <SectionRow
        title="Logo URL"
        value={brand.logo_url ? <Text size="small" className="break-all">{brand.logo_url}</Text> : null}
      />
      <SectionRow
        title="Banner"
        value={
          brand.banner_url && isHttpUrl(brand.banner_url) ? (
            <img src={brand.banner_url} alt={`Banner of ${brand.name}`} className="aspect-[4/1] w-full rounded-md object-cover" />
          ) : null
        }
      />
      <SectionRow title="SEO title" value={brand.seo_title} />
      <SectionRow title="SEO description" value={brand.seo_description} />
      <SectionRow title="Directory rank" value={String(brand.rank)} />
      <SectionRow
        title="Metadata"
        value={
          metadata.length
            ? metadata.map(([key, value]) => (
                <Badge key={key} size="2xsmall">
                  {key}: {typeof value === "string" ? value : JSON.stringify(value)}
                </Badge>
              ))
            : null
        }
      />
    </Container>
  )
}

/** Asks first, naming how many products lose their brand (counted now, not from a cached page). */
const useDeleteBrandAction = (brand: AdminBrand) => {
  const prompt = usePrompt()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const { mutateAsync } = useDeleteBrand(brand.id)

  return async () => {
    let current: AdminBrand
    try {
      const fresh = await queryClient.fetchQuery({
        queryKey: brandsQueryKeys.detail(brand.id),
        queryFn: () => retrieveBrand(brand.id),
        staleTime: 0,
      })
      current = fresh.brand
    } catch (error) {
      toast.error((error as Error).message)
      return
    }
    const count = current.product_count ?? 0
    const confirmed = await prompt({
      title: `Delete ${current.name}?`,
      description:
        count === 0
          ? "No products have this brand. This cannot be undone."
          : count === 1
            ? "1 product will lose this brand. The product itself is kept. This cannot be undone."
            : `${count} products will lose this brand. The products themselves are kept. This cannot be undone.`,
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return

    await mutateAsync(undefined, {
      onSuccess: () => {
        toast.success(`Brand ${current.name} was deleted`)
        navigate("/brands", { replace: true })
      },
      onError: (error) => toast.error(error.message),
    }).catch(() => undefined)
  }
}
