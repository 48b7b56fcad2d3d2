import de from "./json/de.json"
import en from "./json/en.json"
import es from "./json/es.json"
import fr from "./json/fr.json"

/**
 * The plugin's admin strings, merged by the dashboard into its "translation" namespace.
 * Every key lives under `medusaBrands` so none can clash with core's.
 */
export default {
  en: { translation: en },
  de: { translation: de },
  fr: { translation: fr },
  es: { translation: es },
}
