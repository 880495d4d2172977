#!/usr/bin/env python3
"""Approach 3 of science.md section 3 with scipy, as a reference for FitBenchmark.

Minimises sum_i Huber_delta(LSE(a - alpha log N_i, b - beta log D_i, e) - log L_i), delta = 1e-3,
with scipy.optimize.minimize(method="L-BFGS-B") and the analytic gradient, from the full grid of
4,500 initialisations, and prints one JSON object: the best parameters, the objective and the
wall-clock seconds of the grid.

usage: scipy_fit.py FILE [--exclude-highest-loss K]
"""
import argparse
import csv
import itertools
import json
import time

import numpy as np
from scipy.optimize import minimize
from scipy.special import huber, logsumexp

DELTA = 1e-3


def read_runs(path, exclude_highest_loss):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    params = np.array([float(r["params"]) for r in rows])
    tokens = np.array([float(r["tokens"]) for r in rows])
    loss = np.array([float(r["loss"]) for r in rows])
    if exclude_highest_loss > 0:
        keep = np.argsort(loss, kind="stable")[: len(loss) - exclude_highest_loss]
        keep.sort()
        params, tokens, loss = params[keep], tokens[keep], loss[keep]
    return np.log(params), np.log(tokens), np.log(loss)


def objective_and_gradient(theta, log_n, log_d, log_l):
    a, b, e, alpha, beta = theta
    terms = np.stack([a - alpha * log_n, b - beta * log_d, np.full_like(log_n, e)])
    lse = logsumexp(terms, axis=0)
    r = lse - log_l
    value = np.sum(huber(DELTA, r))
    dr = np.clip(r, -DELTA, DELTA)  # derivative of Huber_delta at r
    w = np.exp(terms - lse)         # softmax weights: d LSE / d term
    grad = np.array([
        np.sum(dr * w[0]),
        np.sum(dr * w[1]),
        np.sum(dr * w[2]),
        np.sum(dr * w[0] * -log_n),
        np.sum(dr * w[1] * -log_d),
    ])
    return value, grad


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--exclude-highest-loss", type=int, default=0)
    args = parser.parse_args()
    log_n, log_d, log_l = read_runs(args.file, args.exclude_highest_loss)

    grid = itertools.product(np.arange(0, 2.01, 0.5), np.arange(0, 2.01, 0.5),
                             np.arange(-1, 1.01, 0.5), np.arange(0, 26, 5), np.arange(0, 26, 5))
    start = time.perf_counter()
    best = None
    for alpha, beta, e, a, b in grid:
        result = minimize(objective_and_gradient, np.array([a, b, e, alpha, beta]),
                          args=(log_n, log_d, log_l), jac=True, method="L-BFGS-B")
        if best is None or result.fun < best.fun:
            best = result
    seconds = time.perf_counter() - start

    a, b, e, alpha, beta = best.x
    print(json.dumps({
        "n_runs": int(len(log_l)),
        "starts": 4500,
        "E": float(np.exp(e)), "A": float(np.exp(a)), "B": float(np.exp(b)),
        "alpha": float(alpha), "beta": float(beta),
        "objective": float(best.fun),
        "seconds": seconds,
    }))


if __name__ == "__main__":
    main()
