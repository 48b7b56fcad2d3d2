import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { ActionMenu } from "@medusajs/dashboard/components"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { EllipsisHorizontal, PencilSquare, Trash } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, IconButton, Label, Skeleton, Text, toast, usePrompt } from "@medusajs/ui"
import { FormEvent, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { BrandCombobox } from "../components/brand-combobox"
import { BrandLogo } from "../components/brand-logo"
import { useProductBrand, useUpdateProductBrand } from "../hooks/api/brands"
import { ProductBrand } from "../lib/types"

/**
 * The product's brand in the side column, with Change and Remove. Built on the public widget
 * API only, so it works whether or not the create-form patch is applied.
 */
const ProductBrandWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const { t } = useTranslation()
  const { brand, isPending, isError, error } = useProductBrand(product.id)
  const { mutateAsync } = useUpdateProductBrand(product.id)
  const prompt = usePrompt()
  const [changing, setChanging] = useState(false)

  if (isError) throw error

  const handleRemove = async () => {
    if (!brand) return
    const confirmed = await prompt({
      title: t("medusaBrands.productBrand.remove.title"),
      description: t("medusaBrands.productBrand.remove.description", { product: product.title, brand: brand.name }),
      confirmText: t("actions.remove"),
      cancelText: t("actions.cancel"),
    })
    if (!confirmed) return
    await mutateAsync(null, {
      onSuccess: () => toast.success(t("medusaBrands.productBrand.remove.success", { name: brand.name })),
      onError: (mutationError) => toast.error(mutationError.message),
    }).catch(() => undefined)
  }

  return (
    <Container className="divide-y p-0" role="region" aria-label={t("medusaBrands.productBrand.label")}>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("medusaBrands.productBrand.label")}</Heading>
        <ActionMenu
          groups={[
            { actions: [{ label: t("medusaBrands.productBrand.change"), icon: <PencilSquare />, onClick: () => setChanging(true) }] },
            { actions: [{ label: t("actions.remove"), icon: <Trash />, onClick: handleRemove, disabled: !brand }] },
          ]}
        >
          <IconButton size="small" variant="transparent" aria-label={t("medusaBrands.productBrand.actions")}>
            <EllipsisHorizontal />
          </IconButton>
        </ActionMenu>
      </div>
      <div className="px-6 py-4">
        {isPending ? (
          <Skeleton className="h-7 w-32" />
        ) : brand ? (
          <Link
            to={`/brands/${brand.id}`}
            className="text-ui-fg-base hover:text-ui-fg-interactive flex items-center gap-x-3 rounded-md outline-none focus-visible:shadow-borders-focus"
          >
            <BrandLogo name={brand.name} logoUrl={brand.logo_url} />
            <Text size="small" weight="plus" leading="compact">
              {brand.name}
            </Text>
          </Link>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            {t("medusaBrands.productBrand.none")}
          </Text>
        )}
      </div>
      <ChangeBrandDrawer
        open={changing}
        onOpenChange={setChanging}
        productId={product.id}
        current={brand}
      />
    </Container>
  )
}

type ChangeBrandDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  productId: string
  current: ProductBrand | null
}

const ChangeBrandDrawer = ({ open, onOpenChange, productId, current }: ChangeBrandDrawerProps) => {
  const { t } = useTranslation()
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("medusaBrands.productBrand.changeDrawer.title")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{t("medusaBrands.productBrand.changeDrawer.description")}</Drawer.Description>
        </Drawer.Header>
        {open && <ChangeBrandForm productId={productId} current={current} onDone={() => onOpenChange(false)} />}
      </Drawer.Content>
    </Drawer>
  )
}

const ChangeBrandForm = ({ productId, current, onDone }: { productId: string; current: ProductBrand | null; onDone: () => void }) => {
  const { t } = useTranslation()
  const [brandId, setBrandId] = useState<string | null>(current?.id ?? null)
  const { mutateAsync, isPending } = useUpdateProductBrand(productId)
  const fieldId = useId()

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    await mutateAsync(brandId, {
      onSuccess: () => {
        toast.success(brandId ? t("medusaBrands.productBrand.changeDrawer.changed") : t("medusaBrands.productBrand.changeDrawer.removed"))
        onDone()
      },
      onError: (error) => toast.error(error.message),
    }).catch(() => undefined)
  }

  return (
    <form onSubmit={handleSubmit} className="flex flex-1 flex-col">
      <Drawer.Body className="flex flex-col gap-y-2">
        <Label htmlFor={fieldId} size="small" weight="plus">
          {t("medusaBrands.productBrand.label")}
        </Label>
        <BrandCombobox id={fieldId} value={brandId} onChange={setBrandId} />
      </Drawer.Body>
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary">
            {t("actions.cancel")}
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={isPending} disabled={brandId === (current?.id ?? null)}>
          {t("actions.save")}
        </Button>
      </Drawer.Footer>
    </form>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side",
})

export default ProductBrandWidget
