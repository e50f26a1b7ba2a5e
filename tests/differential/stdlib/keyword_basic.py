import keyword
from keyword import iskeyword, kwlist

print(len(kwlist), kwlist[:5])
for w in ["if", "match", "foo", "None", "async", "_", "print"]:
    print(w, iskeyword(w), keyword.issoftkeyword(w))
print(keyword.softkwlist)
