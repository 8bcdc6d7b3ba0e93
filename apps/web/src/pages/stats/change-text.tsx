import type { Trend } from './stats-format';

/**
 * A change with its arrow, coloured by direction. Whether up is good depends on the figure (more orders is not
 * better, a higher score is), so the colours say only which way it moved: red up, green down, as Chinese financial
 * and government tables do.
 */
export function ChangeText({ trend, text }: { trend: Trend; text: string }) {
  return <span className={`stats-change stats-change--${trend}`}>{text}</span>;
}
