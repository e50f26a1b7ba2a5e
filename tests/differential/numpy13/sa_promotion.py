# Promotion: numeric arrays joined with str arrays become str (Python scalars do not: DTypePromotionError).
import numpy as np
print(np.column_stack([np.array(['a']), np.array([1])]))
print(repr(np.concatenate([np.array(['a']), np.array([1.5])])))
print(repr(np.where([True, False], 'yes', np.array([1, 2]))))
print(np.isin(np.array(['a']), []))
try:
    np.where([True, False], "yes", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(np.hstack([np.array(["id"]), np.arange(3)]))
