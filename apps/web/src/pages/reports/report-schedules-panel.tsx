import { Alert, List } from 'antd';
import { reportSchedules } from '../../api/reports-client';
import { formatFull } from '../../lib/shanghai-time';
import { api } from '../../services';
import { useApiResource } from '../../ui-kit/use-api-resource';

/** 定时生成: what the schedule produces, and when it next does. */
export function ReportSchedulesPanel() {
  const schedules = useApiResource('report-schedules', (signal) => reportSchedules(api, signal), { failure: '定时计划加载失败' });
  return (
    <section className="panel" aria-labelledby="report-schedules-title">
      <div className="panel__header">
        <h2 id="report-schedules-title">定时生成</h2>
      </div>
      {schedules.error ? <Alert className="alert" type="error" showIcon title={schedules.error} /> : null}
      <List
        aria-labelledby="report-schedules-title"
        loading={schedules.loading && !schedules.data}
        dataSource={schedules.data?.items ?? []}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={s.label}
              description={
                <>
                  <span>{s.rule}</span>
                  <br />
                  <span>
                    下次生成：{s.nextRunAt ? `${formatFull(s.nextRunAt)}（${s.nextPeriod}）` : '暂无（合同期已结束）'}
                  </span>
                </>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}
