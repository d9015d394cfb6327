export { CalendarButton } from './CalendarButton';
export type { ICalendarButtonProps } from './ICalendarButtonProps';
