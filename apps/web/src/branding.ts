/**
 * The office's name in the header. A placeholder until the street's reference data is served to the browser:
 * nothing in the code may be specific to one street (DESIGN, introduction), so this must come from the api later.
 */
export const STREET_NAME = '陶然亭街道';
export const PRODUCT_NAME = '接诉即办工单台';

/** `工作台 - 接诉即办工单台` */
export function pageTitle(page: string): string {
  return `${page} - ${PRODUCT_NAME}`;
}
