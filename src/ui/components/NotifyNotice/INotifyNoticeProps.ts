import type { INotificationService } from '../../../domain/services';

export interface INotifyNoticeProps {
  /** The page's notifications; the notice listens for sends that left someone untold. */
  notifications: Pick<INotificationService, 'onUndelivered'>;
}
