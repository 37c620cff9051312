import type { Screen } from '../logic/navigation';
import { SCREEN_LABELS } from '../logic/navigation';

interface Props {
  readonly screens: readonly Screen[];
  readonly current: Screen;
  readonly onSelect: (s: Screen) => void;
}

export function NavBar({ screens, current, onSelect }: Props) {
  return (
    <header className="topbar">
      <span className="brand">
        Lockscribe
      </span>
      <nav aria-label="Main">
        <ul className="nav-list">
          {screens.map((s) => (
            <li key={s}>
              <button
                type="button"
                className={s === current ? 'nav-item current' : 'nav-item'}
                aria-current={s === current ? 'page' : undefined}
                onClick={() => onSelect(s)}
                data-testid={`nav-${s}`}
              >
                {SCREEN_LABELS[s]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
