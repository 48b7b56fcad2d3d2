import { Form } from "@medusajs/dashboard/components"
import { InlineTip } from "@medusajs/ui"
import { forwardRef } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { useProductBrand } from "../hooks/api/brands"
import { createFormSendsBrand } from "../lib/create-form"
import { BrandCombobox } from "./brand-combobox"

/** Field props the dashboard's form extension passes to a custom field component. */
type BrandFieldProps = {
  value: string | null | undefined
  onChange: (value: string | null) => void
  onBlur?: () => void
  name?: string
  id?: string
}

/**
 * The field's label. The dashboard copies a custom field's label when the admin starts, before the
 * user's language is known, and renders it as is: a component translates it when it renders.
 */
export const BrandFieldLabel = () => {
  const { t } = useTranslation()
  return <>{t("medusaBrands.productBrand.label")}</>
}

/*
 * The dashboard renders custom field components inside its Form.Item but does not hand them the
 * Form.Control ids, so each field wraps its input in Form.Control itself: the "Brand" label then
 * names and focuses the combobox, and errors are announced with it.
 */

/**
 * `additional_data.brand_id` in the core product create form: a brand id, or null for none.
 * Without brandsVitePlugin the form would drop the choice, so the field says where to set it instead.
 */
export const CreateProductBrandField = forwardRef<HTMLInputElement, BrandFieldProps>((props, ref) => {
  const { t } = useTranslation()
  return createFormSendsBrand() ? (
    <Form.Control>
      <BrandCombobox ref={ref} {...props} />
    </Form.Control>
  ) : (
    <InlineTip label={t("medusaBrands.productBrand.label")} variant="info" data-testid="brand-set-after-creation">
      {t("medusaBrands.productBrand.setAfterCreation")}
    </InlineTip>
  )
})
CreateProductBrandField.displayName = "CreateProductBrandField"

/**
 * `additional_data.brand_id` in the core product edit drawer. The drawer loads the product without
 * its brand, so the value starts undefined ("unchanged", left out of the request) and the current
 * brand is looked up here for display. Picking sends the id, clearing sends null.
 */
export const EditProductBrandField = forwardRef<HTMLInputElement, BrandFieldProps>(({ value, ...props }, ref) => {
  const { id } = useParams()
  const { brand, isPending } = useProductBrand(id!)
  const unchanged = value === undefined
  return (
    <Form.Control>
      <BrandCombobox
        ref={ref}
        {...props}
        value={unchanged ? brand?.id ?? null : value}
        disabled={unchanged && isPending}
      />
    </Form.Control>
  )
})
EditProductBrandField.displayName = "EditProductBrandField"
