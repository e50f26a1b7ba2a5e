"""xml.etree.ElementTree: parse a feed, find/findall/findtext/iter with paths, build with SubElement, serialize, errors."""
import xml.etree.ElementTree as ET

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<catalog updated="2024-05-01">
  <!-- a comment -->
  <book id="b1" lang="en">
    <title>Dune</title>
    <author>Frank Herbert</author>
    <price currency="USD">9.99</price>
    <tags><tag>scifi</tag><tag>classic</tag></tags>
  </book>
  <book id="b2" lang="fr">
    <title>L'Étranger</title>
    <author>Albert Camus</author>
    <price currency="EUR">7.50</price>
    <tags/>
  </book>
  <magazine id="m1"><title>Byte &amp; Bits</title><issue>42</issue></magazine>
</catalog>"""

root = ET.fromstring(FEED)
print(root.tag, root.attrib, len(root), [c.tag for c in root])
for book in root.findall("book"):
    print(book.get("id"), book.findtext("title"), book.find("price").text, book.find("price").get("currency"), [t.text for t in book.iter("tag")])
print(root.findtext("magazine/title"), root.findtext("missing", default="n/a"), root.find("nothing"), root.findtext("book/tags") == "")
print([e.get("id") for e in root.findall(".//*[@id]")], [b.get("id") for b in root.findall("book[@lang='fr']")])
print([t.text for t in root.findall(".//title")], [t.text for t in root.iterfind("book/title")], root.findall("book[2]/title")[0].text)
print([e.tag for e in root.iter() if e.tag not in ("tag",)][:8], len(list(root.iter("tag"))))
print([b.get("id") for b in root.findall("book[title='Dune']")], [p.tag for p in root.findall(".//price/..")])
print(repr(root.text), repr(root[0].tail), repr(root.find("book/tags").text), "".join(root.find("magazine").itertext()))
b1 = root.find("book")
b1.set("stock", "3")
b1.find("price").text = "8.99"
ET.SubElement(b1.find("tags"), "tag", {"weight": "2"}).text = "desert"
root.remove(root.find("magazine"))
print(sorted(b1.keys()), b1.items(), len(root))
new = ET.Element("book", id="b3")
ET.SubElement(new, "title").text = "Neuromancer & Co <1984>"
ET.SubElement(new, "price", currency="USD").text = "12"
new.append(ET.Comment(" added "))
root.insert(0, new)
print(ET.tostring(new, encoding="unicode"))
print(ET.tostring(root.find("book[@id='b1']"), encoding="unicode"))
print(ET.tostring(ET.fromstring("<a><b/><c x='1'>t</c></a>")), ET.tostring(ET.Element("e"), short_empty_elements=False))
print(ET.tostring(ET.fromstring("<r q='&quot;x&quot;' t='a&#10;b'>\"q\" &apos;</r>"), encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<cfg><db host='h' port='5432'/><cache on='yes'/></cfg>"))
print(tree.getroot().tag, tree.find("db").attrib, tree.findtext("db"), [e.tag for e in tree.iter()])
e = ET.fromstring("<root><x>1</x><x>2</x></root>")
ET.indent(e)
print(ET.tostring(e, encoding="unicode"))
ns = ET.fromstring('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:m="urn:m"><entry><title>T</title><m:rank>1</m:rank></entry></feed>')
print(ns.tag, [c.tag for c in ns.iter()])
print(ns.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title").text, ns.findtext("a:entry/m:rank", namespaces={"a": "http://www.w3.org/2005/Atom", "m": "urn:m"}))
for bad in ["<a><b></a>", "<a>", "", "<a x='1' x='2'/>", "<a>&undefined;</a>", "text<a/>", "<a/><b/>"]:
    try:
        ET.fromstring(bad)
        print(repr(bad), "parsed")
    except ET.ParseError as err:
        print(repr(bad), "ParseError", err, err.position)
el = ET.Element("item", {"b": "2", "a": "1"})
print(repr(el).split(" at ")[0], repr(el.tag), el.attrib, el.get("zz", "dflt"), len(el), bool(len(el)), ET.iselement(el), ET.iselement("x"))
print(ET.tostring(el), ET.tostring(el, method="text"), ET.tostring(ET.fromstring("<p>a<b>b</b>c</p>"), method="text"))
