/**
 * The divergence notice's remedy, "lower the learning rate", lowers the rate that diverged:
 * the task's message names it (src/engine/pretrain/task.ts: “The ReLU learning rate … is too
 * large”, “The autoencoder learning rate …”, or “The learning rate …” of the sigmoid
 * classifiers). The other networks keep their rates, so a comparison that was running fine
 * stays the same. A message that names none (a simulated fault) lowers all three.
 */
export type RateParam = 'lr' | 'reluLr' | 'aeLr';

export function ratesToLower(message: string | null): RateParam[] {
  if (message) {
    if (/The ReLU learning rate\b/.test(message)) return ['reluLr'];
    if (/The autoencoder learning rate\b/.test(message)) return ['aeLr'];
    if (/The learning rate \d/.test(message)) return ['lr'];
  }
  return ['lr', 'reluLr', 'aeLr'];
}
