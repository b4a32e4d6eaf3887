import Chip from '@material-ui/core/Chip';

const COLORS: Record<string, 'primary' | 'default'> = {
  applied: 'primary',
};

/** A resource's lifecycle: proposed (pull request), planned (workflow ran plan), applied. */
export const StatusChip = ({ status }: { status: string }) => (
  <Chip
    size="small"
    label={status}
    color={COLORS[status] ?? 'default'}
    variant={status === 'proposed' ? 'outlined' : 'default'}
  />
);
