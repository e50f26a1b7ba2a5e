# xml.dom.minidom: parseString, DOM navigation and edits, toxml/toprettyxml.
from xml.dom import minidom

DOC = """<?xml version="1.0"?>
<library xmlns:d="urn:dc">
  <book id="1" lang="en"><title>Dune</title><d:creator>Herbert</d:creator></book>
  <book id="2"><title>Emma &amp; Co</title><!-- note --></book>
</library>"""

dom = minidom.parseString(DOC)
root = dom.documentElement
print(root.tagName, root.nodeType == root.ELEMENT_NODE, len(root.childNodes))
for book in dom.getElementsByTagName("book"):
    title = book.getElementsByTagName("title")[0]
    print(book.getAttribute("id"), repr(book.getAttribute("lang")), book.hasAttribute("lang"),
          title.firstChild.data, title.firstChild.nodeType == title.TEXT_NODE)
creator = dom.getElementsByTagNameNS("urn:dc", "creator")[0]
print(creator.tagName, creator.localName, creator.prefix, creator.namespaceURI)
print([n.nodeName for n in root.childNodes])

new = dom.createElement("book")
new.setAttribute("id", "3")
t = dom.createElement("title")
t.appendChild(dom.createTextNode("New <one>"))
new.appendChild(t)
root.appendChild(new)
root.removeChild(root.getElementsByTagName("book")[0])
print(root.toxml())
print(dom.toxml()[:60])

small = minidom.parseString("<a><b x='1'>text</b><c/><d>  </d></a>")
print(small.toprettyxml(indent="  "))
print(small.documentElement.toprettyxml(indent="\t", newl="\n"))
print(small.toxml(encoding="utf-8"))
print(small.getElementsByTagName("b")[0].attributes["x"].value,
      dict(small.getElementsByTagName("b")[0].attributes.items()))
doc = minidom.Document()
r = doc.createElement("root")
doc.appendChild(r)
r.appendChild(doc.createComment(" generated "))
e = doc.createElement("item")
e.setAttribute("k", 'v"q')
r.appendChild(e)
print(doc.toprettyxml(indent=" "))
try:
    minidom.parseString("<a><b></a>")
except Exception as ex:
    print(type(ex).__name__, ex)
