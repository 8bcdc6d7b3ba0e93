import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

/**
 * antd's pickers format with dayjs: Chinese month and weekday names, and Beijing time for `dayjs.tz()` whatever
 * the machine's zone (the desk works in Asia/Shanghai; the api stores UTC). Imported once, before the first render.
 */
dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');
dayjs.tz.setDefault('Asia/Shanghai');
