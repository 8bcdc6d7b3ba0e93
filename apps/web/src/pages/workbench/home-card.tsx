import { Card } from 'antd';
import type { ReactNode } from 'react';

interface HomeCardProps {
  /** The heading's id: the card is a region named by its heading (tests and screen readers find it by name). */
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** One panel of the 工作台: an antd Card whose title is a real heading. */
export function HomeCard({ id, title, extra, children }: HomeCardProps) {
  return (
    <Card
      className="home-card"
      role="region"
      aria-labelledby={id}
      title={
        <h2 id={id} className="home-card__title">
          {title}
        </h2>
      }
      extra={extra}
    >
      {children}
    </Card>
  );
}
