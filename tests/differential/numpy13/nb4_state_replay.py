# Saving and restoring the legacy random state to replay an experiment.
import numpy as np

np.random.seed(2023)
state = np.random.get_state()
print(state[0], state[1].dtype, state[1].shape, state[2], state[3], state[4])
print(state[1][:4])
first = np.random.normal(size=3)
print(np.round(first, 6))
np.random.set_state(state)
again = np.random.normal(size=3)
print("replayed:", np.array_equal(first, again))

print("the cached gaussian is part of the state")
np.random.seed(1)
np.random.randn()
st = np.random.get_state()
print(st[2], st[3], round(st[4], 12))
a = np.random.randn(3)
np.random.set_state(st)
b = np.random.randn(3)
print(np.array_equal(a, b))

print("checkpoint in the middle of a simulation")
np.random.seed(99)
walk = [0.0]
checkpoint = None
for step in range(10):
    if step == 5:
        checkpoint = np.random.get_state()
    walk.append(walk[-1] + np.random.choice([-1.0, 1.0]))
print(walk)
np.random.set_state(checkpoint)
redo = [walk[5]]
for step in range(5, 10):
    redo.append(redo[-1] + np.random.choice([-1.0, 1.0]))
print(redo, redo == walk[5:])

print("RandomState objects carry their own state")
rs = np.random.RandomState(7)
s0 = rs.get_state()
x = rs.randint(0, 100, 5)
rs.set_state(s0)
print(x, rs.randint(0, 100, 5))
print("copying state between generators")
other = np.random.RandomState(0)
other.set_state(s0)
print(other.randint(0, 100, 5))
try:
    np.random.set_state(("PCG64", s0[1], 0, 0, 0.0))
except ValueError as e:
    print("ValueError:", e)
