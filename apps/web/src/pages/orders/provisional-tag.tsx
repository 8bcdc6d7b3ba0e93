import { Tag, Tooltip } from 'antd';

/**
 * 暂定: a deadline counted Monday–Friday because its year's holiday schedule is not loaded yet (DESIGN §14). Red on
 * every page that shows a deadline, so nobody plans on a date that may still move when the admin loads the year.
 */
export function ProvisionalTag() {
  return (
    <Tooltip title="该年节假日安排尚未录入，此时限暂按周一至周五计算；管理员录入后将自动重新计算">
      <Tag color="red" className="provisional-tag">
        暂定
      </Tag>
    </Tooltip>
  );
}
