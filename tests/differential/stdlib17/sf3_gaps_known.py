"""Known gaps found in round 3 (listed in tests/known-failures.txt): zipfile writing ZIP_DEFLATED, re conditional groups, the module of a class made by 3-argument type() in another module, captures kept across iterations of a repeated group."""
import io
import re
import zipfile
from email.headerregistry import HeaderRegistry

buf = io.BytesIO()
try:
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("a.txt", date_time=(2020, 1, 1, 0, 0, 0)), "hello " * 50, compress_type=zipfile.ZIP_DEFLATED)
    print(len(buf.getvalue()), buf.getvalue()[30:60].hex())
except NotImplementedError as e:
    print("NotImplementedError", e)

try:
    pat = re.compile(r"(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)")
    print([bool(pat.match(s)) for s in ["<a@b.c>", "a@b.c", "<a@b.c", "a@b.c>"]])
except re.error as e:
    print("re.error", e)

h = HeaderRegistry()("To", "a@b.c")
print(type(h).__module__, type(h).__name__)
print(re.findall(r"((a)|b)+", "abab"), re.match(r"(?:(x)|y)+", "xy").groups())
