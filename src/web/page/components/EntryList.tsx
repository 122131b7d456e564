import type { ReactNode } from "react";

/**
 * A list the candidate adds to and removes from, one entry at a time (a concern, a promise): a
 * heading, each entry's fields as `children` draws them with its remove button, and an add button.
 */
export function EntryList<T extends { key: number }>({
  title,
  items,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
  children,
}: {
  title: string;
  items: T[];
  addLabel: string;
  removeLabel: string;
  onAdd: () => void;
  onRemove: (key: number) => void;
  children: (item: T) => ReactNode;
}) {
  return (
    <>
      <h3 className="subhead">{title}</h3>
      {items.map((item) => (
        <div key={item.key} className="raised">
          {children(item)}
          <button type="button" className="link" onClick={() => onRemove(item.key)}>
            {removeLabel}
          </button>
        </div>
      ))}
      <button type="button" className="secondary" onClick={onAdd}>
        {addLabel}
      </button>
    </>
  );
}
