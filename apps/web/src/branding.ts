/**
 * Names in the header and the login page. Nothing here may be specific to one street (DESIGN, introduction): the
 * street's name comes from the api with the signed-in user (`streetName` of `/api/me` and the login answer).
 */
export const PRODUCT_NAME = '接诉即办工单台';

/** Shown where the street is not known yet (the login page) or has no name. */
export const GENERIC_STREET_TITLE = '街道办事处';

export function streetTitle(streetName: string | null | undefined): string {
  return streetName?.trim() || GENERIC_STREET_TITLE;
}

/** `工作台 - 接诉即办工单台` */
export function pageTitle(page: string): string {
  return `${page} - ${PRODUCT_NAME}`;
}
