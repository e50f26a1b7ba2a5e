# ElementTree.write/tostring with encodings: files, bytes streams, sys.stdout, ET.dump.
import io, os, sys, tempfile
import xml.etree.ElementTree as ET
r = ET.fromstring("<r a='é'>caf\u00e9 \u20ac<x/></r>")
p = os.path.join(tempfile.mkdtemp(), "f.xml")
ET.ElementTree(r).write(p)
print(open(p, "rb").read())
ET.ElementTree(r).write(p, encoding="latin-1")
print(open(p, "rb").read())
ET.dump(r)
b = io.BytesIO()
ET.ElementTree(r).write(b, encoding="utf-8")
print(b.getvalue())
ET.ElementTree(r).write(sys.stdout, encoding="unicode")
print()
print(r.find("x") is not None, bool(r), r.get("a"), list(r.iter()) == [r, r[0]])
print(ET.tostring(r, encoding="us-ascii"), ET.tostring(r, encoding="UTF-8")[:50])
os.remove(p)
os.rmdir(os.path.dirname(p))
