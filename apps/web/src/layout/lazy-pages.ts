import { lazy } from 'react';

/**
 * Every page is its own chunk, loaded when first opened, so the sign-in and the shell stay small (issue 10: the first
 * load stays fast). Pages are named exports; `lazy` wants a default, hence the `.then`.
 */
export const WorkbenchPage = lazy(() => import('../pages/workbench-page').then((m) => ({ default: m.WorkbenchPage })));
export const AllOrdersPage = lazy(() => import('../pages/orders/order-list-page').then((m) => ({ default: m.AllOrdersPage })));
export const DispatchQueuePage = lazy(() => import('../pages/orders/order-list-page').then((m) => ({ default: m.DispatchQueuePage })));
export const OrderDetailPage = lazy(() => import('../pages/orders/order-detail-page').then((m) => ({ default: m.OrderDetailPage })));
export const IntakePage = lazy(() => import('../pages/orders/intake/intake-page').then((m) => ({ default: m.IntakePage })));
export const ImportsPage = lazy(() => import('../pages/imports/imports-page').then((m) => ({ default: m.ImportsPage })));
export const ReviewQueuePage = lazy(() => import('../pages/review/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })));
export const ReviewOrderPage = lazy(() => import('../pages/review/review-order-page').then((m) => ({ default: m.ReviewOrderPage })));
export const HungOrdersPage = lazy(() => import('../pages/hung/hung-orders-page').then((m) => ({ default: m.HungOrdersPage })));
export const RosterPage = lazy(() => import('../pages/roster/roster-page').then((m) => ({ default: m.RosterPage })));
export const StatsPage = lazy(() => import('../pages/stats/stats-page').then((m) => ({ default: m.StatsPage })));
export const ReportsPage = lazy(() => import('../pages/reports/reports-page').then((m) => ({ default: m.ReportsPage })));
export const AdminPage = lazy(() => import('../pages/admin/admin-page').then((m) => ({ default: m.AdminPage })));
export const AuditPage = lazy(() => import('../pages/audit/audit-page').then((m) => ({ default: m.AuditPage })));
