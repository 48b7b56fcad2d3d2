import { ActionMenu, SectionRow } from "@medusajs/dashboard/components"
import { CodeMerge, EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Badge, Container, Heading, IconButton, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { isHttpUrl } from "../../modules/brand/field-rules"
import { useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { retrieveBrand, useDeleteBrand } from "../hooks/api/brands"
import { brandsQueryKeys } from "../lib/query-keys"
import { AdminBrand } from "../lib/types"
import { BrandLogo } from "./brand-logo"
import { BrandStatusBadge } from "./brand-status-badge"

export const BrandGeneralSection = ({ brand }: { brand: AdminBrand }) => {
  const { t } = useTranslation()
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
          {brand.is_featured && <StatusBadge color="purple">{t("medusaBrands.form.featured")}</StatusBadge>}
          <BrandStatusBadge isActive={brand.is_active} />
          <ActionMenu
            groups={[
              {
                actions: [
                  { icon: <PencilSquare />, label: t("actions.edit"), to: `/brands/${brand.id}/edit` },
                  { icon: <CodeMerge />, label: t("medusaBrands.detail.mergeAction"), to: `/brands/${brand.id}/merge` },
                ],
              },
              { actions: [{ icon: <Trash />, label: t("actions.delete"), onClick: handleDelete }] },
            ]}
          >
            <IconButton size="small" variant="transparent" aria-label={t("medusaBrands.detail.actions")}>
              <EllipsisHorizontal />
            </IconButton>
          </ActionMenu>
        </div>
      </div>
      <SectionRow title={t("fields.handle")} value={`/${brand.handle}`} />
      {brand.aliases?.length ? (
        <SectionRow
          title={t("medusaBrands.detail.aliases")}
          value={
            <Text size="small" className="text-ui-fg-subtle">
              {brand.aliases.map((alias) => `/${alias.handle}`).join(", ")}
            </Text>
          }
        />
      ) : null}
      <SectionRow title={t("fields.description")} value={brand.description} />
      <SectionRow
        title={t("medusaBrands.form.logo.url")}
        value={brand.logo_url ? <Text size="small" className="break-all">{brand.logo_url}</Text> : null}
      />
      <SectionRow
        title={t("medusaBrands.detail.banner")}
        value={
          brand.banner_url && isHttpUrl(brand.banner_url) ? (
            <img src={brand.banner_url} alt={t("medusaBrands.form.banner.alt", { name: brand.name })} className="aspect-[4/1] w-full rounded-md object-cover" />
          ) : null
        }
      />
      <SectionRow title={t("medusaBrands.form.seo.titleLabel")} value={brand.seo_title} />
      <SectionRow title={t("medusaBrands.form.seo.descriptionLabel")} value={brand.seo_description} />
      <SectionRow title={t("medusaBrands.detail.rank")} value={String(brand.rank)} />
      <SectionRow
        title={t("fields.metadata")}
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
  const { t } = useTranslation()
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
      title: t("medusaBrands.detail.deletePrompt.title", { name: current.name }),
      description:
        count === 0
          ? t("medusaBrands.detail.deletePrompt.noProducts")
          : t("medusaBrands.detail.deletePrompt.products", { count }),
      confirmText: t("actions.delete"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return

    await mutateAsync(undefined, {
      onSuccess: () => {
        toast.success(t("medusaBrands.detail.deleted", { name: current.name }))
        navigate("/brands", { replace: true })
      },
      onError: (error) => toast.error(error.message),
    }).catch(() => undefined)
  }
}
