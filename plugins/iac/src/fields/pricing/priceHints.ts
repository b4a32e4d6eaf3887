import { PriceTable } from '../../api';
import { formatMoney } from './formatMoney';

/** How a region's prices compare with the table's base prices: "base prices", "+55%". */
export function regionHint(
  table: PriceTable,
  region: string,
): string | undefined {
  const multiplier = table.regions[region];
  if (multiplier === undefined) return undefined;
  const percent = Math.round((multiplier - 1) * 100);
  if (percent === 0) return 'base prices';
  return `prices ${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}

/**
 * What one unit (an instance type, a VM size, a shape) costs in a region, for every price item
 * of the table that is priced per unit and knows it: "0.0416 USD an hour, about 30.37 USD a
 * month: EC2 on-demand instance, Linux".
 */
export function unitHints(
  table: PriceTable,
  unit: string,
  region?: string,
): string[] {
  const multiplier = (region && table.regions[region]) || 1;
  return Object.values(table.items).flatMap(item => {
    const hourly =
      typeof item.hourly === 'object' ? item.hourly[unit] : undefined;
    const monthly =
      typeof item.monthly === 'object' ? item.monthly[unit] : undefined;
    const about = item.description ? `: ${item.description}` : '';
    if (hourly !== undefined) {
      const perHour = hourly * multiplier;
      const perMonth = perHour * table.hoursPerMonth;
      return [
        `${perHour.toPrecision(3)} ${
          table.currency
        } an hour, about ${formatMoney(
          perMonth,
          table.currency,
        )} a month${about}`,
      ];
    }
    if (monthly !== undefined) {
      return [
        `${formatMoney(monthly * multiplier, table.currency)} a month${about}`,
      ];
    }
    return [];
  });
}
