export { CATEGORY_LABELS, catalogueKey, useCatalogue } from './api/catalogue';
export type { CatalogueItem } from './api/catalogue';
export { CatalogueAdmin } from './components/CatalogueAdmin';
export { CatalogueItemCard } from './components/CatalogueItemCard';
export { GiftChoice } from './components/GiftChoice';
