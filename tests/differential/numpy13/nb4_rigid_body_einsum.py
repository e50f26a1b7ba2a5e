# Rigid-body mechanics with einsum: inertia tensors, rotations and kinetic energy.
import numpy as np

masses = np.array([1.0, 2.0, 0.5, 1.5])
pos = np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, -1.0], [1.0, 1.0, 1.0]])
com = np.einsum("i,ij->j", masses, pos) / masses.sum()
print("centre of mass:", com)
r = pos - com
r2 = np.einsum("ij,ij->i", r, r)
I = np.einsum("i,i,jk->jk", masses, r2, np.eye(3)) - np.einsum("i,ij,ik->jk", masses, r, r)
print("inertia tensor")
print(np.round(I, 6))
print("symmetric:", np.allclose(I, I.T))
print("trace:", round(float(np.einsum("ii", I)), 10))

evals, evecs = np.linalg.eigh(I)
print("principal moments:", np.round(evals, 6))
print("diagonalises:", np.allclose(np.einsum("ji,jk,kl->il", evecs, I, evecs), np.diag(evals)))

print("rotations about z")
angles = np.deg2rad(np.array([0.0, 90.0, 180.0]))
c, s = np.cos(angles), np.sin(angles)
R = np.zeros((3, 3, 3))
R[:, 0, 0] = c
R[:, 0, 1] = -s
R[:, 1, 0] = s
R[:, 1, 1] = c
R[:, 2, 2] = 1.0
v = np.array([1.0, 0.0, 0.5])
print(np.round(np.einsum("nij,j->ni", R, v), 12))
print("orthogonal:", np.allclose(np.einsum("nki,nkj->nij", R, R), np.eye(3)))
print("rotated tensors keep their trace")
Irot = np.einsum("nij,jk,nlk->nil", R, I, R)
print(np.round(np.einsum("nii->n", Irot), 10))

print("kinetic energy of spinning bodies")
omega = np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.5, 0.5, 0.5]])
E = 0.5 * np.einsum("ni,ij,nj->n", omega, I, omega)
print(np.round(E, 6))
L = np.einsum("ij,nj->ni", I, omega)
print(np.round(L, 6))
print("cross products via the Levi-Civita symbol")
eps = np.zeros((3, 3, 3))
eps[0, 1, 2] = eps[1, 2, 0] = eps[2, 0, 1] = 1.0
eps[0, 2, 1] = eps[2, 1, 0] = eps[1, 0, 2] = -1.0
a = np.array([1.0, 2.0, 3.0])
b = np.array([-1.0, 0.5, 2.0])
print(np.einsum("ijk,j,k->i", eps, a, b), np.cross(a, b))
