# Notebook: letter grades with np.select and np.digitize, a report per student.
import numpy as np

students = np.array(["Ann", "Ben", "Cleo", "Dev", "Eve", "Finn"])
scores = np.array([91.5, 78.0, 85.25, 62.0, 99.0, 70.5])
letters = np.array(["F", "D", "C", "B", "A"])[np.digitize(scores, [65, 70, 80, 90])]
print(letters)
status = np.select([scores >= 90, scores >= 70], ["honors", "pass"], default="review")
print(repr(status))
order = np.argsort(-scores)
for name, s, l, st in zip(students[order], scores[order], letters[order], status[order]):
    print(f"{name:<5} {s:6.2f} {l} {st}")
print("top:", students[scores.argmax()], "honors:", students[status == "honors"])
print(np.char.add(students, np.char.add(":", letters)))
passed = students[np.isin(status, ["honors", "pass"])]
print(passed, len(passed))
