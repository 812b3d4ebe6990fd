// Table pagination kept in the URL (?page=&pageSize=), so a filtered page can be bookmarked, shared and reloaded.
import { Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';

export function urlPagination(opts: {
  params: URLSearchParams;
  setParams: (next: URLSearchParams) => void;
  page: number;
  pageSize: number;
  total: number;
  totalText: (total: number) => string;
  pageSizeOptions?: number[];
}): TablePaginationConfig {
  return {
    current: opts.page, pageSize: opts.pageSize, total: opts.total,
    showSizeChanger: true, showQuickJumper: true, pageSizeOptions: opts.pageSizeOptions,
    showTotal: (total) => <Typography.Text type="secondary">{opts.totalText(total)}</Typography.Text>,
    onChange: (page, pageSize) => {
      const next = new URLSearchParams(opts.params);
      // A new page size starts again from the first page.
      next.set('page', String(pageSize !== opts.pageSize ? 1 : page));
      next.set('pageSize', String(pageSize));
      opts.setParams(next);
    },
  };
}
