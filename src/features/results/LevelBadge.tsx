import { levelColor, readableTextColor } from '../../domain/charts/colors';

/** A level number on the heatmap's colour for that level, so tables and charts read alike. */
export function LevelBadge({ level }: { level: number }) {
  const background = levelColor(level);
  return (
    <span className="level-badge" style={{ background, color: readableTextColor(background) }}>
      {level}
    </span>
  );
}
