import { Alert, Empty } from 'antd';
import { api } from '../../services';
import { calendarAlerts } from './admin-client';
import { HomeCard } from './home-card';
import { useApiResource } from '../../ui-kit/use-api-resource';

const load = (signal: AbortSignal) => calendarAlerts(api, signal);

/**
 * 节假日安排: years (this and next) whose official holiday schedule is not loaded yet, so their deadlines are counted
 * Monday to Friday provisionally (DESIGN §14) — the admin's standing reminder to enter it.
 */
export function CalendarPanel() {
  const { data, error } = useApiResource('calendar-alerts', load, { failure: '节假日安排提醒获取失败' });
  return (
    <HomeCard id="calendar-title" title="节假日安排">
      {error ? <Alert className="alert" type="error" showIcon title={error} /> : null}
      {data && data.items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="今年和明年的节假日安排均已录入" /> : null}
      {data?.items.map((alert) => (
        <Alert key={alert.year} className="alert" type="warning" showIcon title={alert.message} />
      ))}
    </HomeCard>
  );
}
