# Sorting records by several keys, ranking, binary search and unique groups.
import numpy as np

dept = np.array([2, 1, 2, 3, 1, 3, 2, 1, 3, 2])
age = np.array([34, 45, 29, 34, 52, 41, 29, 38, 25, 47])
pay = np.array([55.0, 72.5, 48.0, 61.0, 90.0, 66.5, 51.0, 70.0, 43.5, 80.0])
order = np.lexsort((-pay, dept))
print("by dept then pay desc:", order)
for i in order:
    print(f"  dept {dept[i]} age {age[i]} pay {pay[i]:6.2f}")
print("sorted pay:", np.sort(pay), "desc:", -np.sort(-pay))
print("argsort age stable:", np.argsort(age, kind="stable"))
print("argsort age desc:", np.argsort(-age, kind="stable"))
M = np.array([[3, 1, 2], [9, 7, 8], [6, 5, 4]])
print(np.sort(M, axis=0), np.sort(M, axis=1), np.sort(M, axis=None), sep="\n")
M2 = M.copy()
M2.sort()
print(M2)
u, inv, cnt = np.unique(dept, return_inverse=True, return_counts=True)
print("groups:", u, inv, cnt)
group_pay = np.bincount(inv, weights=pay) / cnt
print("mean pay per dept:", group_pay)
print("max age per dept:", [age[dept == d].max() for d in u])
s = np.sort(age)
print("search left:", np.searchsorted(s, [29, 34, 60]), "right:", np.searchsorted(s, [29, 34, 60], side="right"))
print("count 29..40:", np.searchsorted(s, 40, side="right") - np.searchsorted(s, 29))
cuts = np.array([30, 40, 50])
print("age band:", np.searchsorted(cuts, age, side="right"))
print("digitize:", np.digitize(age, cuts), np.digitize(age, cuts, right=True))
ranks = np.argsort(np.argsort(-pay)) + 1
print("pay rank:", ranks)
top3 = np.argsort(pay)[-3:][::-1]
print("top3:", top3, pay[top3])
print("is sorted:", np.all(np.diff(s) >= 0), np.all(s[:-1] <= s[1:]))
print("median age:", np.median(age), "unique ages:", np.unique(age).size)
mask = np.isin(age, [29, 34])
print("age in {29,34}:", np.flatnonzero(mask))
print(np.intersect1d(age[dept == 1], age[dept == 2]), np.union1d([3, 1], [2, 1]), np.setdiff1d(age, [29, 34]))
