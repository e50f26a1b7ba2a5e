"""filecmp: compare two directory trees (dircmp reports, cmpfiles, shallow/deep cmp) before a sync, then sync with shutil."""
import filecmp
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
home = os.getcwd()
os.chdir(base)
left, right = "left", "right"


def write(root, rel, text):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


for rel, text in [("a.txt", "same"), ("b.txt", "left version"), ("only_left.txt", "L"), ("sub/x.py", "print(1)\n"), ("sub/deep/z.cfg", "k=v"), ("docs/readme.md", "# hi"), ("conflict", "file here")]:
    write(left, rel, text)
for rel, text in [("a.txt", "same"), ("b.txt", "right version"), ("only_right.txt", "R"), ("sub/x.py", "print(2)\n"), ("sub/deep/z.cfg", "k=v"), ("conflict/inner.txt", "dir here"), ("docs/readme.md", "# hi")]:
    write(right, rel, text)

print(filecmp.cmp(os.path.join(left, "a.txt"), os.path.join(right, "a.txt")), filecmp.cmp(os.path.join(left, "b.txt"), os.path.join(right, "b.txt"), shallow=False))
print(filecmp.cmpfiles(left, right, ["a.txt", "b.txt", "missing.txt", "sub/x.py", "sub/deep/z.cfg"]))
dc = filecmp.dircmp(left, right, ignore=["docs"])
print(dc.left_list, dc.right_list)
print(dc.common, dc.left_only, dc.right_only, dc.common_dirs, dc.common_files, dc.common_funny)
print(dc.same_files, dc.diff_files, dc.funny_files, sorted(dc.subdirs))
print(dc.subdirs["sub"].diff_files, dc.subdirs["sub"].subdirs["deep"].same_files)
dc.report()
print("---")
dc.report_full_closure()
print("---")
dc2 = filecmp.dircmp(left, right, hide=[os.curdir, os.pardir, "conflict"])
dc2.report_partial_closure()
print(filecmp.DEFAULT_IGNORES[:4])
try:
    dc.nonexistent
except AttributeError as e:
    print("AttributeError", e)


def sync(d):
    for name in d.left_only + d.diff_files:
        src = os.path.join(d.left, name)
        dst = os.path.join(d.right, name)
        if os.path.isdir(src):
            shutil.copytree(src, dst)
        else:
            shutil.copy2(src, dst)
    for sub in d.subdirs.values():
        sync(sub)


sync(filecmp.dircmp(left, right))
after = filecmp.dircmp(left, right)
print(after.left_only, after.diff_files, after.right_only, after.subdirs["sub"].diff_files)
filecmp.clear_cache()
print(filecmp.cmp(os.path.join(left, "b.txt"), os.path.join(right, "b.txt"), shallow=False))
os.chdir(home)
shutil.rmtree(base)
print(os.path.exists(base))
