/**
 * A count scaled up from a sample keeps two significant digits ("about 48,000", not a
 * precise-looking 47,936): the sample cannot tell the rest.
 */
export function roundEstimate(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
