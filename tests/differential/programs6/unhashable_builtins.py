class L(list): pass
class H(list):
    def __hash__(self): return 7
print(list.__hash__ is None, dict.__hash__, set.__hash__ is None, hash(H()), hash((1, 2)) == hash((1, 2)))
for x in ([], {}, set(), L()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {L()}
except TypeError as e:
    print(e)
from collections import Counter, OrderedDict, defaultdict
for x in (Counter(), OrderedDict(), defaultdict(int)):
    try:
        hash(x)
    except TypeError as e:
        print(e)
print(frozenset([1]).__hash__ is not None, tuple.__hash__ is not None, hasattr([], "__hash__"))
