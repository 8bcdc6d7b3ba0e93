import { useEffect, useState } from 'react';
import { formatDateTime } from '../../lib/shanghai-time';

/** 北京时间, ticking every second. Not a live region: announcing every second would drown a screen reader. */
export function BeijingClock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <p className="clock">
      北京时间 <time dateTime={now.toISOString()}>{formatDateTime(now)}</time>
    </p>
  );
}
