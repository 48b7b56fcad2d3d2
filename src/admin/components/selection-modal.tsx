import { RouteFocusModal } from "@medusajs/dashboard/components"
import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** The footer of a focus modal that picks rows: how many are selected, Cancel, and the submit button. */
export const SelectionModalFooter = ({
  selected,
  selectedText,
  submitText,
  isPending,
}: {
  selected: number
  /** "2 selected", in words that agree with what is selected (French and Spanish inflect it). */
  selectedText: string
  submitText: string
  isPending: boolean
}) => {
  const { t } = useTranslation()
  return (
    <RouteFocusModal.Footer>
      <Text size="small" className="text-ui-fg-subtle mr-auto" aria-live="polite">
        {selectedText}
      </Text>
      <RouteFocusModal.Close asChild>
        <Button size="small" variant="secondary">
          {t("actions.cancel")}
        </Button>
      </RouteFocusModal.Close>
      <Button size="small" type="submit" isLoading={isPending} disabled={!selected}>
        {submitText}
      </Button>
    </RouteFocusModal.Footer>
  )
}
