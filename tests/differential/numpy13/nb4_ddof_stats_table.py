# A statistics table: ddof in std/var/nanstd/nanvar, standard errors and z-scores per group.
import numpy as np

groups = {
    "control": np.array([12.1, 11.8, 12.6, 13.0, 12.2, 11.9]),
    "dose_a": np.array([13.4, 14.1, 13.9, np.nan, 14.6, 13.2]),
    "dose_b": np.array([15.0, 15.8, 16.2, 15.1, np.nan, np.nan]),
}
print("%-8s %3s %8s %8s %8s %8s %8s" % ("group", "n", "mean", "sd0", "sd1", "var1", "sem"))
for name, x in groups.items():
    n = np.count_nonzero(~np.isnan(x))
    m = np.nanmean(x)
    sd0 = np.nanstd(x)
    sd1 = np.nanstd(x, ddof=1)
    v1 = np.nanvar(x, ddof=1)
    print("%-8s %3d %8.4f %8.4f %8.4f %8.4f %8.4f" % (name, n, m, sd0, sd1, v1, sd1 / np.sqrt(n)))

M = np.array([[1.0, 2.0, 4.0, 7.0], [2.0, 2.0, 2.0, 2.0], [0.5, -1.5, 3.5, 9.5]])
print("ddof by axis")
for dd in (0, 1, 3):
    print(dd, np.round(M.std(axis=1, ddof=dd), 6), np.round(np.var(M, axis=0, ddof=min(dd, 2)), 6))
print("keepdims for z-scores")
Mz = M[[0, 2]]
z = (Mz - Mz.mean(axis=1, keepdims=True)) / Mz.std(axis=1, ddof=1, keepdims=True)
print(np.round(z, 6))
print("std of a constant row is zero:", M[1].std(), M[1].std(ddof=1))
print("nanvar with axis")
N = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan], [np.nan, 8.0, 9.0]])
print(np.nanvar(N, axis=0), np.nanvar(N, axis=1, ddof=1))
print(np.nanstd(N), np.nanmean(N, axis=0))
print("integer input gives float results")
I = np.arange(10).reshape(2, 5)
print(I.std(axis=1), I.var(ddof=1), np.std(I, axis=0, ddof=1))
print("pooled standard deviation")
a, b = groups["control"], groups["dose_b"][~np.isnan(groups["dose_b"])]
sp = np.sqrt(((len(a) - 1) * a.var(ddof=1) + (len(b) - 1) * b.var(ddof=1)) / (len(a) + len(b) - 2))
t = (b.mean() - a.mean()) / (sp * np.sqrt(1 / len(a) + 1 / len(b)))
print("pooled sd %.5f, t = %.4f" % (sp, t))
