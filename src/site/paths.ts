/** Internal links that respect the `base` setting, so the site works under a sub-path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base}${clean}`;
}

export const accountHref = (id: string) => href(`/accounts/${id}/`);
export const personAnchor = (id: string) => `person-${id}`;
