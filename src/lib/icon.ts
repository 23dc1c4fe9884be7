/** The site icon, inlined as a data: URL so no page spends a request on it. */
import svg from '../assets/favicon.svg?raw';

export const ICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
