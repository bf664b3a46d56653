// An icon from the Det Fælles Designsystem sprite (inlined once by main.tsx with ids prefixed "icon-").
export function Icon({ name, label, className }: { name: string; label?: string; className?: string }) {
  return (
    <svg
      className={className ? `icon-svg ${className}` : 'icon-svg'}
      focusable="false"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? 'img' : undefined}
    >
      <use href={`#icon-${name}`} />
    </svg>
  );
}
