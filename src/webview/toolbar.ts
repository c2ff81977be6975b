// A toolbar button: an icon and a label, the label hidden in a narrow column (the icon stays, and the
// button keeps its name for screen readers).
import { el } from './dom';
import { icon } from './icons';
import type { IconName } from './icons';

export function toolButton(label: string, iconName: IconName, onClick: () => void, className = ''): HTMLButtonElement {
  const button = el('button', { class: `tool ${className}`.trim(), attrs: { type: 'button', title: label, 'aria-label': label } }, icon(iconName), el('span', { class: 'tool-label' }, label));
  button.addEventListener('click', onClick);
  return button;
}
