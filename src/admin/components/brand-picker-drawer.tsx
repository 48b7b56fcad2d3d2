import { Button, Drawer, Heading, Label, Text } from "@medusajs/ui"
import { useEffect, useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { BrandCombobox } from "./brand-combobox"

/** A drawer that asks for one brand (the dashboard's searchable brand combobox), for the health fixes. */
export const BrandPickerDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  confirmText,
  excludeId,
  isPending,
  onConfirm,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmText: string
  /** A brand that cannot be the answer (the one the products come from). */
  excludeId?: string
  isPending?: boolean
  onConfirm: (brandId: string) => void
}) => {
  const { t } = useTranslation()
  const [brandId, setBrandId] = useState<string | null>(null)
  const id = useId()
  useEffect(() => {
    if (open) setBrandId(null)
  }, [open])
  const invalid = brandId !== null && brandId === excludeId

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{title}</Heading>
          </Drawer.Title>
          <Drawer.Description className="sr-only">{description}</Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
          <div className="flex flex-col gap-y-2">
            <Label size="small" weight="plus" id={`${id}-label`}>
              {t("medusaBrands.picker.label")}
            </Label>
            <BrandCombobox value={brandId} onChange={setBrandId} aria-labelledby={`${id}-label`} aria-invalid={invalid} />
            {invalid && (
              <Text size="small" className="text-ui-fg-error">
                {t("medusaBrands.picker.sameBrand")}
              </Text>
            )}
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" disabled={!brandId || invalid} isLoading={isPending} onClick={() => brandId && onConfirm(brandId)}>
            {confirmText}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
