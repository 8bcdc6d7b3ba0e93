import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { messageOf } from '../../ui-kit/use-api-resource';

/** Said after a 409 on a versioned edit, once the list was read again. */
export const STALE_EDIT_NOTICE = '该内容已被他人修改，列表已刷新为最新内容，请核对后重新操作';

/** 409 CONFLICT on a versioned edit: someone saved the row after this page read it. */
export function isStaleEdit(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT';
}

/**
 * Edits of rows saved on the version the list shows (checklist items, reply templates). `run` is a one-click change
 * of one row (停用, 上移…): busy on that row, then a notice and the list read again either way. `stale` is for a
 * dialog's refusal: a 409 closes it, says so and reloads, so the admin edits what is there now.
 */
export function useVersionedEdit(reload: () => void) {
  const { message } = App.useApp();
  const [busyKey, setBusyKey] = useState<string | null>(null);

  async function run(key: string, work: () => Promise<unknown>, success: string) {
    setBusyKey(key);
    try {
      await work();
      void message.success(success);
    } catch (e) {
      void message.error(isStaleEdit(e) ? STALE_EDIT_NOTICE : messageOf(e));
    } finally {
      setBusyKey(null);
      reload();
    }
  }

  /** For `useFormSubmission`'s `onRefused`: true (handled) on a 409, after `close`. */
  function stale(close: () => void) {
    return (error: unknown) => {
      if (!isStaleEdit(error)) return false;
      close();
      void message.error(STALE_EDIT_NOTICE);
      reload();
      return true;
    };
  }

  return { busyKey, run, stale };
}
