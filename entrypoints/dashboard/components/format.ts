// The dashboard's formatting is the shared, non-throwing layer in lib/display.
export {
  cutForDisplay,
  excerpt,
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatDuration,
  neutralText,
  toLocalInputValue,
} from '@/lib/display/format';
