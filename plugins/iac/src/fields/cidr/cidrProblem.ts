/** What a CIDR field accepts; set per field with `ui:options`. */
export interface CidrRules {
  /** Largest range allowed, as a prefix length (default 8: a /8). */
  minPrefix?: number;
  /** Smallest range allowed, as a prefix length (default 28: a /28). */
  maxPrefix?: number;
  /** Only RFC 1918 private ranges (default true). */
  privateOnly?: boolean;
  /** Ranges the stack uses for something else, which the value must not overlap. */
  reserved?: Array<{ cidr: string; use: string }>;
}

const FORM = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

const PRIVATE_RANGES: Array<[number, number]> = [
  [0x0a000000, 8], // 10.0.0.0/8
  [0xac100000, 12], // 172.16.0.0/12
  [0xc0a80000, 16], // 192.168.0.0/16
];

function parse(value: string) {
  const match = FORM.exec(value.trim());
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  return {
    octets,
    prefix: Number(match[5]),
    address: octets.reduce((sum, octet) => sum * 256 + octet, 0),
  };
}

const mask = (prefix: number) =>
  prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;

const toAddress = (value: number) =>
  [24, 16, 8, 0].map(shift => (value >>> shift) & 0xff).join('.');

/**
 * Why a value is not an acceptable IPv4 range, in words a person can act on, or undefined when
 * it is fine (an empty value is left to the form's `required`).
 */
export function cidrProblem(
  value: string,
  rules: CidrRules = {},
): string | undefined {
  const { minPrefix = 8, maxPrefix = 28, privateOnly = true } = rules;
  if (!value) return undefined;
  const range = parse(value);
  if (!range) {
    return `"${value}" is not an IPv4 range: write an address and a prefix length, for example 10.0.0.0/16`;
  }
  const { octets, prefix, address } = range;
  if (octets.some(octet => octet > 255)) {
    return `"${value}" is not an IPv4 range: each of the four numbers must be between 0 and 255`;
  }
  if (prefix > 32) {
    return `"${value}" is not an IPv4 range: the prefix length must be between 0 and 32`;
  }
  if (prefix < minPrefix) {
    return `"${value}" is too large: use a /${minPrefix} or smaller range`;
  }
  if (prefix > maxPrefix) {
    return `"${value}" is too small: use a /${maxPrefix} or larger range (a prefix length of at most ${maxPrefix})`;
  }
  const network = (address & mask(prefix)) >>> 0;
  if (network !== address) {
    return `"${value}" is not the first address of its range: did you mean ${toAddress(
      network,
    )}/${prefix}?`;
  }
  if (
    privateOnly &&
    !PRIVATE_RANGES.some(
      ([base, size]) => size <= prefix && (network & mask(size)) >>> 0 === base,
    )
  ) {
    return `"${value}" is not a private range: use one inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`;
  }
  for (const { cidr, use } of rules.reserved ?? []) {
    const other = parse(cidr);
    const common = Math.min(prefix, other?.prefix ?? 32);
    if (
      other &&
      (network & mask(common)) >>> 0 === (other.address & mask(common)) >>> 0
    ) {
      return `"${value}" overlaps ${cidr}, which the stack keeps for ${use}: choose another range`;
    }
  }
  return undefined;
}
