import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content (a chart or a wide table) is wider than the
 * screen, e.g. at 360 px. Only while it actually overflows does it take keyboard focus, so that
 * keyboard users can scroll it with the arrow keys without an extra tab stop on wide screens.
 */
export function ScrollRegion({
  label,
  labelledBy,
  className,
  children,
}: {
  /** Accessible name of the region when it scrolls (or use `labelledBy`). */
  label?: string;
  labelledBy?: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const check = () => setScrollable(element.scrollWidth > element.clientWidth + 1);
    check();
    window.addEventListener('resize', check);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(check);
    observer?.observe(element);
    return () => {
      window.removeEventListener('resize', check);
      observer?.disconnect();
    };
  }, []);
  const region = (
    <div
      ref={ref}
      className={className ? `scroll-region ${className}` : 'scroll-region'}
      {...(scrollable
        ? { tabIndex: 0, role: 'group', 'aria-label': label, 'aria-labelledby': labelledBy }
        : {})}
    >
      {children}
    </div>
  );
  if (!scrollable) return region;
  return (
    <>
      {region}
      <p className="scroll-hint">{t('app.scrollHint')}</p>
    </>
  );
}
