// Hostnames as the trusted-site list keeps them: lower case, punycode, no port, no "www.".
// "https://WWW.Example.com:8080/x" and "example.com" are the same trusted site.

/** A hostname or URL typed by a person or taken from a tab → normalised host, or null. */
export function normaliseHost(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 2048) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  // At least one dot or an IP literal; "localhost" is allowed for people testing pages.
  if (!host || (!host.includes('.') && !host.startsWith('[') && host !== 'localhost')) return null;
  return host;
}

/** Normalised, de-duplicated, sorted; entries that are not hostnames are dropped. */
export function normaliseHostList(items: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const item of items) {
    const host = normaliseHost(item);
    if (host) hosts.add(host);
  }
  return [...hosts].sort();
}

/** The trusted-list key of a page URL, or null for pages that are not http(s). */
export function hostOfUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return normaliseHost(url);
}
