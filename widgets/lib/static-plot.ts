/** The site's model-card pages render their charts through this path; figure code imports ./plot/static-plot. */
export { plotToSvg } from './plot/static-plot';
