# A nan on the diagonal of a matrix for the blocked LU (32 rows and up) and for the small one:
# LAPACK (OpenBLAS) keeps the rows below it finite, pyjs's LU spreads the nan to every row.
import numpy as np

for n in [5, 40]:
    m = np.eye(n) * 3.0
    m[2, 2] = np.nan
    inv = np.linalg.inv(m)
    print(n, np.isnan(inv).sum(axis=1)[:5], np.round(inv[3, :5], 6))
    x = np.linalg.solve(m, np.ones(n))
    print(n, np.isnan(x)[:5], np.round(x[3:5], 6))
