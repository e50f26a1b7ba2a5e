"""xml.etree.ElementTree: build, edit, query with XPath predicates, namespaces, serialize with declaration, iterparse-free parsing."""
import xml.etree.ElementTree as ET
import io
import copy

DOC = """<?xml version="1.0" encoding="UTF-8"?>
<inventory xmlns="urn:shop" xmlns:m="urn:meta" updated="2024-05-01">
  <warehouse code="N1" city="Oslo">
    <item sku="A-1" qty="5"><name>Bolt</name><price cur="EUR">0.10</price><m:tag>metal</m:tag></item>
    <item sku="B-2" qty="0"><name>Nut</name><price cur="EUR">0.05</price></item>
    <item sku="C-3" qty="12"><name>Gear &amp; Axle</name><price cur="USD">7.50</price><m:tag>metal</m:tag><m:tag>moving</m:tag></item>
  </warehouse>
  <warehouse code="S2" city="Rome">
    <item sku="A-1" qty="3"><name>Bolt</name><price cur="EUR">0.12</price></item>
    <item sku="D-4" qty="7"><name>Spring</name><price cur="EUR">1.25</price><!-- new --></item>
  </warehouse>
</inventory>"""
NS = {"s": "urn:shop", "m": "urn:meta"}
root = ET.fromstring(DOC)
print(root.tag, root.attrib, len(root), [w.get("city") for w in root.findall("s:warehouse", NS)])
for wh in root.iterfind("s:warehouse", NS):
    items = wh.findall("s:item", NS)
    total = sum(int(i.get("qty")) * float(i.findtext("s:price", namespaces=NS)) for i in items)
    print(wh.get("code"), len(items), round(total, 2), [i.findtext("s:name", namespaces=NS) for i in items])
print([i.get("sku") for i in root.findall(".//s:item[@qty='0']", NS)], [i.get("sku") for i in root.findall(".//s:item[m:tag]", NS)])
print(root.find(".//s:warehouse[2]/s:item[last()]", NS).get("sku"), root.find(".//s:item[s:name='Spring']", NS).get("qty"))
print([t.text for t in root.iter("{urn:meta}tag")], sorted({i.get("sku") for i in root.iter("{urn:shop}item")}))
print(root.findtext(".//s:missing", default="n/a", namespaces=NS), root.find("s:nothing", NS), len(list(root.iter())))
print(["".join(i.itertext()) for i in root.iter("{urn:shop}item")][:2])
stock = {}
for item in root.iter("{urn:shop}item"):
    stock[item.get("sku")] = stock.get(item.get("sku"), 0) + int(item.get("qty"))
print(sorted(stock.items()))

ET.register_namespace("", "urn:shop")
ET.register_namespace("meta", "urn:meta")
wh = root.find("s:warehouse", NS)
new = ET.SubElement(wh, "{urn:shop}item", {"sku": "E-5", "qty": "1"})
ET.SubElement(new, "{urn:shop}name").text = "Washer <M6>"
wh.remove(wh.find("s:item[@sku='B-2']", NS))
wh.insert(0, copy.deepcopy(wh[-1]))
wh[0].set("sku", "E-6")
for item in root.iter("{urn:shop}item"):
    if int(item.get("qty")) > 10:
        item.set("bulk", "yes")
print([i.get("sku") for i in wh], wh[0] is not wh[-1], wh.find("s:item[@bulk]", NS).get("sku"))
out = ET.tostring(wh, encoding="unicode")
print(out[:160])
small = ET.Element("report", version="1")
for code, count in [("N1", 3), ("S2", 2)]:
    e = ET.SubElement(small, "warehouse", code=code)
    e.text = str(count)
    e.tail = "\n"
ET.indent(small, space="    ")
buf = io.BytesIO()
ET.ElementTree(small).write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue().decode())
sbuf = io.StringIO()
ET.ElementTree(small).write(sbuf, encoding="unicode", short_empty_elements=False)
print(sbuf.getvalue())
print(ET.tostring(ET.fromstring("<a><b/><c x='1'/></a>"), method="xml"), ET.tostring(ET.fromstring("<p>Hi <b>there</b>!</p>"), method="text"))
e = ET.Element("x")
e.extend([ET.Element("y"), ET.Element("z")])
e.attrib.update(k="v")
print(ET.tostring(e), len(e), e.keys(), e.items(), [c.tag for c in e], ET.iselement(e), ET.iselement("x"))
e.clear()
print(ET.tostring(e), e.attrib)
for bad in ["<a>", "<a></b>", "<a x='1' x='2'/>", "text only", "<a>&bogus;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print("ParseError:", err, err.code, err.position)
tree = ET.ElementTree(ET.fromstring("<cfg><opt name='a'>1</opt><opt name='b'>2</opt></cfg>"))
print({o.get("name"): int(o.text) for o in tree.getroot()}, tree.find("opt[@name='b']").text, tree.findall("opt")[0].attrib)
