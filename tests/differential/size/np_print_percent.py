# The only formatting of an array here is this one use, which the compiler must see
# (semantic.rs NP_PRINT) so that the program ships NumPy's array printing.
import sys

import numpy as np

a = np.arange(4.0).reshape(2, 2) * 0.5
sys.stdout.write("%s %r\n" % (a, a[1:]))
