import { RouteFocusModal, useRouteModal } from "@medusajs/dashboard/components"
import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Button, Heading, IconButton, Skeleton, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { BrandLogo } from "../../../components/brand-logo"
import { BrandStatusBadge } from "../../../components/brand-status-badge"
import { useFeaturedBrands, useSetFeaturedBrandOrder } from "../../../hooks/api/brands"
import { AdminBrand } from "../../../lib/types"

const move = <T,>(items: T[], from: number, to: number) => {
  const next = [...items]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

/**
 * The featured brands in directory order: move them up or down (buttons, or Alt+↑/↓ on a
 * row), then save the whole order in one request. If another admin features or unfeatures a
 * brand meanwhile, the save is refused and the list reloads.
 */
const FeaturedOrderForm = () => {
  const { t } = useTranslation()
  const { handleSuccess } = useRouteModal()
  const { data, isPending, isError, error, refetch } = useFeaturedBrands()
  const { mutateAsync, isPending: isSaving } = useSetFeaturedBrandOrder()
  const [order, setOrder] = useState<AdminBrand[]>([])

  useEffect(() => {
    if (data) setOrder(data)
  }, [data])

  if (isError) throw error

  const changed = Boolean(data) && order.some((brand, index) => brand.id !== data![index]?.id)

  const save = () =>
    mutateAsync(
      order.map((brand) => brand.id),
      {
        onSuccess: () => {
          toast.success(t("medusaBrands.featured.saved"))
          handleSuccess("/brands")
        },
        onError: async (saveError) => {
          toast.error(saveError.message)
          if (saveError.status === 409) await refetch()
        },
      }
    ).catch(() => undefined)

  return (
    <div className="flex h-full flex-col overflow-hidden">
      <RouteFocusModal.Header />
      <RouteFocusModal.Body className="flex size-full flex-col items-center overflow-y-auto p-16">
        <div className="flex w-full max-w-[720px] flex-col gap-y-6">
          <div>
            <RouteFocusModal.Title asChild>
              <Heading>{t("medusaBrands.featured.title")}</Heading>
            </RouteFocusModal.Title>
            <RouteFocusModal.Description asChild>
              <Text size="small" className="text-ui-fg-subtle">
                {t("medusaBrands.featured.description")}
              </Text>
            </RouteFocusModal.Description>
          </div>
          {isPending ? (
            <div className="flex flex-col gap-y-2">
              {Array.from({ length: 3 }, (_, i) => (
                <Skeleton key={i} className="h-14 w-full" />
              ))}
            </div>
          ) : order.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              {t("medusaBrands.featured.none")}
            </Text>
          ) : (
            <ol aria-label={t("medusaBrands.featured.list")} className="shadow-elevation-card-rest bg-ui-bg-component divide-y rounded-lg">
              {order.map((brand, index) => (
                <li
                  key={brand.id}
                  tabIndex={0}
                  aria-label={`${index + 1}. ${brand.name}`}
                  className="focus-visible:shadow-borders-focus flex items-center gap-x-3 px-4 py-3 outline-none"
                  onKeyDown={(event) => {
                    if (!event.altKey) return
                    if (event.key === "ArrowUp" && index > 0) setOrder(move(order, index, index - 1))
                    if (event.key === "ArrowDown" && index < order.length - 1) setOrder(move(order, index, index + 1))
                  }}
                >
                  <Text size="small" className="text-ui-fg-muted w-6 tabular-nums">
                    {index + 1}
                  </Text>
                  <BrandLogo name={brand.name} logoUrl={brand.logo_url} />
                  <div className="flex min-w-0 flex-1 flex-col">
                    <Text size="small" weight="plus" className="truncate">
                      {brand.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle truncate">
                      /{brand.handle}
                    </Text>
                  </div>
                  {!brand.is_active && <BrandStatusBadge isActive={false} />}
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={t("medusaBrands.featured.moveUp", { name: brand.name })}
                    disabled={index === 0}
                    onClick={() => setOrder(move(order, index, index - 1))}
                  >
                    <ArrowUpMini />
                  </IconButton>
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={t("medusaBrands.featured.moveDown", { name: brand.name })}
                    disabled={index === order.length - 1}
                    onClick={() => setOrder(move(order, index, index + 1))}
                  >
                    <ArrowDownMini />
                  </IconButton>
                </li>
              ))}
            </ol>
          )}
        </div>
      </RouteFocusModal.Body>
      <RouteFocusModal.Footer>
        <RouteFocusModal.Close asChild>
          <Button size="small" variant="secondary">
            {t("actions.cancel")}
          </Button>
        </RouteFocusModal.Close>
        <Button size="small" onClick={save} isLoading={isSaving} disabled={!changed}>
          {t("medusaBrands.featured.save")}
        </Button>
      </RouteFocusModal.Footer>
    </div>
  )
}

const FeaturedOrderPage = () => (
  <RouteFocusModal>
    <FeaturedOrderForm />
  </RouteFocusModal>
)

export default FeaturedOrderPage
