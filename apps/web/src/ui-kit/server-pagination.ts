import type { TablePaginationConfig } from 'antd';

/** A page the server cut: where it is, how many there are in all. */
export interface ServerPage {
  page: number;
  pageSize: number;
  total: number;
}

/** The desk's pager under every server-paged table: fixed page size, the total in words, bottom right. */
export function serverPagination(page: ServerPage, onChange?: (page: number) => void): TablePaginationConfig {
  return {
    current: page.page,
    pageSize: page.pageSize,
    total: page.total,
    showTotal: (total) => `共 ${total} 条`,
    showSizeChanger: false,
    placement: ['bottomEnd'],
    ...(onChange ? { onChange } : {}),
  };
}
