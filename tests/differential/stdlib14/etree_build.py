# Building XML with ElementTree: Element/SubElement, attributes, tostring, indent, write.
import os
import tempfile
import xml.etree.ElementTree as ET

root = ET.Element("catalog", {"version": "2"})
for i, (title, price) in enumerate([("Dune", 9.99), ("Emma & Co", 12.5), ("<Odd>", 0)]):
    book = ET.SubElement(root, "book", id=f"b{i}")
    ET.SubElement(book, "title").text = title
    p = ET.SubElement(book, "price", currency="EUR")
    p.text = str(price)
    if i == 1:
        book.set("note", 'quote " and \' and\nnewline')
        book.append(ET.Comment(" a comment "))
ET.SubElement(root, "empty")
tail = ET.SubElement(root, "mixed")
tail.text = "start"
b = ET.SubElement(tail, "b")
b.text = "bold"
b.tail = " end"

print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False)[:120])
print(ET.tostring(root, encoding="utf-8", xml_declaration=True)[:60])
print(ET.tostring(ET.fromstring("<a>caf\u00e9 \u20ac</a>")))
print(ET.tostring(ET.fromstring("<a>caf\u00e9 \u20ac</a>"), encoding="unicode"))
print(ET.tostring(root, method="text", encoding="unicode"))
print(ET.tostring(ET.fromstring("<p><br/>x<img src='a'/></p>"), method="html"))

ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
ET.indent(root, space="\t", level=0)
print(ET.tostring(root[0], encoding="unicode"))

print(len(root), root[0].tag, root[0].attrib, root[1].get("note"), root[1].get("missing", "-"))
print(root[0].keys(), root[0].items())
del root[2]
root.remove(root.find("empty"))
root.insert(0, ET.Element("first"))
print([c.tag for c in root], root.find("book/title").text)
print(repr(root)[:16], ET.iselement(root), ET.iselement("x"))

tree = ET.ElementTree(root)
path = os.path.join(tempfile.mkdtemp(), "out.xml")
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "rb") as f:
    print(f.read()[:80])
tree.write(path)
with open(path) as f:
    print(f.read()[:50])
again = ET.parse(path)
print(again.getroot().tag, [b.get("id") for b in again.getroot().iter("book")])
os.remove(path)

ns = ET.Element("{http://example.com/ns}root")
ET.SubElement(ns, "{http://example.com/ns}child", {"{http://example.com/ns}a": "1"})
ET.SubElement(ns, "{http://other}x")
print(ET.tostring(ns, encoding="unicode"))
ET.register_namespace("ex", "http://example.com/ns")
print(ET.tostring(ns, encoding="unicode"))
print(ET.tostring(ns, encoding="unicode", default_namespace="http://example.com/ns")
      if False else "")
q = ET.QName("http://example.com/ns", "tag")
print(q.text, str(q))
