import fnmatch
import glob
import os

names = ["a.py", "b.txt", "data_1.csv", "data_2.csv", ".hidden", "README.md", "x[1].py"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data_?.csv"), fnmatch.filter(names, "[ab].*"))
print(fnmatch.fnmatch("file.TXT", "*.txt"), fnmatch.fnmatchcase("file.TXT", "*.txt"), fnmatch.fnmatch("abc", "a[!x]c"))
print(fnmatch.translate("*.py"), fnmatch.translate("[!a-c]?"))

base = "_glob_tmp_dir"
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
for p in ["one.txt", "two.txt", "three.csv", os.path.join("sub", "four.txt"), os.path.join("sub", "deep", "five.txt")]:
    with open(os.path.join(base, p), "w") as f:
        f.write("x")
print(sorted(glob.glob(os.path.join(base, "*.txt"))))
print(sorted(glob.glob(os.path.join(base, "*"))))
print(sorted(glob.glob(os.path.join(base, "**", "*.txt"), recursive=True)))
print(sorted(glob.glob("*.txt", root_dir=base)), glob.glob(os.path.join(base, "nothing*")))
print(sorted(glob.glob(os.path.join(base, "*", "*.txt"))), glob.has_magic("a*"), glob.escape("a[b]*"))
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))
