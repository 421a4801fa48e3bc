/**
 * The page script for exercises: shows each <Check> form and judges answers with
 * ./check. Reader text is only ever read from inputs and written as textContent.
 */
import { checkChoice, checkNumber, type Verdict } from './check';

function show(form: HTMLFormElement, message: HTMLElement, verdict: Verdict | null): void {
  message.textContent = verdict?.message ?? '';
  if (verdict) form.dataset['state'] = verdict.state;
  else delete form.dataset['state'];
}

function setUpNumber(form: HTMLFormElement, message: HTMLElement, base: string): void {
  const input = form.querySelector<HTMLInputElement>('input[type="text"]');
  const label = form.querySelector<HTMLLabelElement>('.exercise-check-label');
  const tolerance = form.querySelector<HTMLElement>('.exercise-check-tolerance');
  if (!input || !label || !tolerance) return;
  input.id = `${base}-input`;
  label.htmlFor = input.id;
  tolerance.id = `${base}-tolerance`;
  input.setAttribute('aria-describedby', `${tolerance.id} ${message.id}`);
  const spec = {
    answer: Number(form.dataset['answer']),
    tolerance: Number(form.dataset['tolerance']),
    unit: form.dataset['unit'],
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const verdict = checkNumber(input.value, spec);
    input.setAttribute('aria-invalid', String(verdict.state === 'invalid'));
    show(form, message, verdict);
  });
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    show(form, message, null);
  });
}

function setUpChoice(form: HTMLFormElement, message: HTMLElement): void {
  const answer = Number(form.dataset['answer']);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    show(form, message, checkChoice(chosen ? Number(chosen.value) : null, answer));
  });
  form.addEventListener('change', () => show(form, message, null));
}

/** Wires every check on the page; ids are given here because only a working form needs them. */
export function setUpChecks(root: ParentNode = document): void {
  root.querySelectorAll<HTMLFormElement>('form.exercise-check').forEach((form, i) => {
    const message = form.querySelector<HTMLElement>('.exercise-check-message');
    if (!message) return;
    const base = `exercise-check-${i + 1}`;
    message.id = `${base}-message`;
    if (form.dataset['kind'] === 'choice') setUpChoice(form, message);
    else setUpNumber(form, message, base);
    form.hidden = false;
  });
}

/** Where CSS cannot print a closed <details> open, open hints and answers for printing. */
export function openForPrint(): void {
  if (CSS.supports('selector(::details-content)')) return;
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details.exercise-reveal:not([open])')];
    for (const d of opened) d.open = true;
  });
  addEventListener('afterprint', () => {
    for (const d of opened) d.open = false;
    opened = [];
  });
}
