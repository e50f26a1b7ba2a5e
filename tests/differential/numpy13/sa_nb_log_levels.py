# Notebook: log lines parsed into arrays, level counts, masks and a sorted summary.
import numpy as np

lines = ["INFO start", "WARN disk 91%", "INFO tick", "ERROR crash", "INFO tick", "WARN disk 95%", "DEBUG x"]
levels = np.array([l.split()[0] for l in lines])
msgs = np.array([l.split(" ", 1)[1] for l in lines])
print(levels)
print(repr(msgs))
lv, cnt = np.unique(levels, return_counts=True)
for k in np.argsort(-cnt, kind="stable"):
    print(f"{lv[k]:<6}{cnt[k]}")
severe = np.isin(levels, ["WARN", "ERROR"])
print(msgs[severe])
print(np.flatnonzero(levels == "INFO"))
rank = {"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}
nums = np.array([rank[s] for s in levels])
print(levels[nums.argmax()], np.char.startswith(msgs, "disk"))
