# np.linalg on singular/ill-conditioned inputs: LinAlgError texts, det of stacks, matrix_rank, pinv, norm ord/axis variants.
import numpy as np

S = np.array([[1.0, 2.0], [2.0, 4.0]])
for name, f in [("inv", lambda: np.linalg.inv(S)), ("solve", lambda: np.linalg.solve(S, np.array([1.0, 2.0]))),
                ("cholesky", lambda: np.linalg.cholesky(np.array([[1.0, 2.0], [2.0, 1.0]]))),
                ("inv nonsquare", lambda: np.linalg.inv(np.ones((2, 3)))),
                ("det nonsquare", lambda: np.linalg.det(np.ones((3, 2)))),
                ("solve shape", lambda: np.linalg.solve(np.eye(3), np.ones(2))),
                ("inv 1d", lambda: np.linalg.inv(np.ones(3))),
                ("eig nonsquare", lambda: np.linalg.eig(np.ones((2, 3)))),
                ("inv zeros", lambda: np.linalg.inv(np.zeros((3, 3)))),
                ("matrix_power neg singular", lambda: np.linalg.matrix_power(S, -1))]:
    try:
        r = f()
        print(name, "->", r)
    except np.linalg.LinAlgError as e:
        print(name, "LinAlgError:", e)
    except ValueError as e:
        print(name, "ValueError:", e)
print(np.linalg.LinAlgError.__name__, issubclass(np.linalg.LinAlgError, ValueError), issubclass(np.linalg.LinAlgError, Exception))
print("det singular", np.linalg.det(S), np.linalg.det(np.zeros((2, 2))), np.linalg.slogdet(S))
stack = np.array([[[2.0, 1.0], [1.0, 3.0]], [[1.0, 2.0], [3.0, 4.0]], [[0.0, 1.0], [1.0, 0.0]]])
print("det stack", np.linalg.det(stack), np.linalg.slogdet(stack))
print("inv stack", np.linalg.inv(stack))
print("rank", np.linalg.matrix_rank(S), np.linalg.matrix_rank(np.eye(4)), np.linalg.matrix_rank(np.zeros((3, 3))), np.linalg.matrix_rank(np.ones((3, 5))), np.linalg.matrix_rank(np.array([1.0, 0.0])), np.linalg.matrix_rank(stack))
print("rank tol", np.linalg.matrix_rank(np.diag([1.0, 1e-3, 1e-9]), tol=1e-6), np.linalg.matrix_rank(np.diag([1.0, 1e-3, 1e-20])))
P = np.linalg.pinv(np.array([[2.0, 0.0], [0.0, 4.0], [0.0, 0.0]]))
print("pinv", P, np.round(np.linalg.pinv(np.array([[1.0, 2.0], [3.0, 4.0]])), 12))
H = np.array([[1.0 / (i + j + 1) for j in range(5)] for i in range(5)])
print("hilbert cond", np.round(np.linalg.cond(H, 1), 2), np.round(np.linalg.cond(H, np.inf), 2), np.round(np.linalg.cond(H, "fro"), 2))
print("hilbert det", np.linalg.det(H), np.round(np.linalg.solve(H, np.ones(5)), 6))
v = np.array([3.0, -4.0, 12.0, 0.0])
for o in [None, 1, 2, np.inf, -np.inf, 0, 3, -1, 0.5]:
    print("vec ord", o, np.linalg.norm(v, ord=o))
M = np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
for o in [None, "fro", 1, -1, np.inf, -np.inf]:
    print("mat ord", o, np.linalg.norm(M, ord=o))
print("axis", np.linalg.norm(M, axis=0), np.linalg.norm(M, axis=1), np.linalg.norm(M, ord=1, axis=1), np.linalg.norm(M, ord=np.inf, axis=0), np.linalg.norm(M, axis=1, keepdims=True))
print("axis pair", np.linalg.norm(stack, axis=(1, 2)), np.linalg.norm(stack, ord=1, axis=(1, 2)), np.linalg.norm(stack, ord="fro", axis=(2, 1)))
try:
    np.linalg.norm(M, ord="nuc2")
except ValueError as e:
    print("ValueError:", e)
try:
    np.linalg.norm(v, ord="fro")
except ValueError as e:
    print("ValueError:", e)
print("matrix_power", np.linalg.matrix_power(np.array([[1, 1], [1, 0]]), 10), np.linalg.matrix_power(np.array([[2.0, 0.0], [0.0, 0.5]]), -2), np.linalg.matrix_power(np.eye(2), 0))
print("multi_dot", np.linalg.multi_dot([np.ones((2, 3)), np.arange(6.0).reshape(3, 2), np.array([1.0, -1.0])]))
print("trace/diag", np.trace(stack, axis1=1, axis2=2), np.linalg.det(np.eye(3) * 2), np.linalg.cholesky(np.array([[4.0, 2.0], [2.0, 3.0]])))
