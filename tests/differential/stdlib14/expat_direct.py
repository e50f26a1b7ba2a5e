# Using xml.parsers.expat directly: handlers, namespaces, buffer_text, errors.
import xml.parsers.expat as expat

DOC = """<?xml version="1.0"?>
<log xmlns="urn:log" xmlns:m="urn:meta">
  <entry level="info" m:src="a.py">started
line two</entry>
  <entry level="warn">disk &lt; 10%</entry>
  <!-- trailer -->
  <?stylesheet href="s.css"?>
  <m:done/>
</log>"""

out = []
p = expat.ParserCreate(namespace_separator=" ")
p.XmlDeclHandler = lambda v, e, s: out.append(("xmldecl", v, e, s))
p.StartElementHandler = lambda n, a: out.append(("start", n, a))
p.EndElementHandler = lambda n: out.append(("end", n))
p.CharacterDataHandler = lambda d: out.append(("data", d))
p.CommentHandler = lambda c: out.append(("comment", c))
p.ProcessingInstructionHandler = lambda t, d: out.append(("pi", t, d))
p.StartNamespaceDeclHandler = lambda pre, uri: out.append(("ns+", pre, uri))
p.EndNamespaceDeclHandler = lambda pre: out.append(("ns-", pre))
p.Parse(DOC, True)
for ev in out:
    print(ev)

print("--- buffered, ordered attributes")
texts = []
p = expat.ParserCreate()
p.buffer_text = True
p.ordered_attributes = True
p.StartElementHandler = lambda n, a: texts.append((n, a))
p.CharacterDataHandler = texts.append
p.Parse(b"<r b='2' a='1'>one\ntwo &amp; three<x/>four</r>", True)
print(texts)

for bad in ["<a><b></a>", "<a>", "<a></a>x", "<a x='1' x='2'/>"]:
    p = expat.ParserCreate()
    try:
        p.Parse(bad, True)
    except expat.ExpatError as e:
        print(repr(bad), e, e.code, e.lineno, e.offset, expat.ErrorString(e.code))
        print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes["mismatched tag"])
print(expat.error is expat.ExpatError)
