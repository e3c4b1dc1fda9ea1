/**
 * Small closed forms for the lesson's readouts: the per-step convergence factor of
 * gradient descent and of heavy-ball momentum (tf.train.momentum) on a quadratic
 * with Hessian eigenvalues λ, at ANY (η, β), not only the optimal ones.
 */

/** GD on a quadratic: the error along eigenvector λ is multiplied by |1 − ηλ| each step. */
export function gdFactor(lr: number, lambdas: number[]): number {
  return Math.max(...lambdas.map((l) => Math.abs(1 - lr * l)));
}

/**
 * Heavy ball θ ← θ − ηg + β(θ − θ_prev) along eigenvector λ follows
 * e_{t+1} = (1 + β − ηλ) e_t − β e_{t−1}; the factor is the larger |root| of
 * z² − (1 + β − ηλ) z + β = 0, worst case over λ.
 */
export function momentumFactor(lr: number, beta: number, lambdas: number[]): number {
  let worst = 0;
  for (const l of lambdas) {
    const b = 1 + beta - lr * l;
    const disc = b * b - 4 * beta;
    const r =
      disc >= 0 ? Math.max(Math.abs((b + Math.sqrt(disc)) / 2), Math.abs((b - Math.sqrt(disc)) / 2)) : Math.sqrt(beta);
    worst = Math.max(worst, r);
  }
  return worst;
}
