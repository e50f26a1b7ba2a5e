# Notebook: analytic signal and phasors: exp(i w t), magnitudes and phases of a sum of phasors.
import numpy as np

t = np.linspace(0, 1, 9)
ph = 2.0 * np.exp(2j * np.pi * 3 * t) + 0.5 * np.exp(-2j * np.pi * t)
print(np.round(ph, 6) + 0)
print(np.round(np.abs(ph), 6), np.round(np.angle(ph), 6) + 0)
mag = np.abs(ph) ** 2
print(np.round(mag.sum(), 6))
unit = ph / np.abs(ph)
print(np.round(np.abs(unit), 12))
print(np.round(np.real(ph * np.conj(ph)), 6), np.allclose(np.imag(ph * np.conj(ph)), 0))
print(np.round(np.exp(1j * np.pi), 12) + 0, abs(np.exp(1j * np.pi) + 1) < 1e-15)
