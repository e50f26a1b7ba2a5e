"""HTML/text report generation: string.Template + html + pprint + textwrap + json."""
import html
import json
import pprint
import string
import textwrap
from string import Template

ROW = Template('<tr><td>$name</td><td class="$cls">${value}</td></tr>')
PAGE = Template(textwrap.dedent("""\
    <html><head><title>$title</title></head>
    <body>
    <h1>$title</h1>
    <table>
    $rows
    </table>
    <p>Generated for $$user: ${user}</p>
    </body></html>"""))
data = [("Revenue", 12345.678, "pos"), ("Costs <est.>", -2345.5, "neg"), ('Quote "x" & y', 0, "zero")]
rows = "\n".join(ROW.substitute(name=html.escape(n), value=f"{v:,.2f}", cls=c) for n, v, c in data)
print(PAGE.substitute(title="Q1 & Q2 Report", rows=rows, user=html.escape("<admin>")))
print(PAGE.safe_substitute(title="partial"))
try:
    PAGE.substitute(title="x")
except KeyError as e:
    print("KeyError", e)
class Brace(Template):
    delimiter = "#"
print(Brace("#a + #{b} = ##").substitute(a=1, b=2), Template("$x$y").substitute(x="A", y="B"))
print(html.unescape("Fish &amp; Chips &lt;3 &#8364;5 &euro; &#x1F600;"), html.escape("a < b > c & 'd' \"e\""))
nested = {"report": {"period": ("2024-01", "2024-03"), "sections": [{"name": n, "values": list(range(i * 3))} for i, n in enumerate(["intro", "body", "appendix"])]},
          "meta": {"author": "ops", "tags": ["q1", "finance", "draft"], "ratio": 1 / 3}}
pprint.pprint(nested, width=60)
pprint.pprint(nested, width=60, depth=3)
pprint.pprint(nested, width=120, compact=True, sort_dicts=False)
print(pprint.pformat(nested["meta"], indent=2, width=30))
summary = ("This quarter we saw revenue growth across all regions, with particularly strong results in the "
           "east, while costs remained within the projected envelope despite supply chain pressure.")
box_w = 44
print("+" + "-" * (box_w - 2) + "+")
for line in textwrap.wrap(summary, box_w - 4):
    print("| " + line.ljust(box_w - 4) + " |")
print("+" + "-" * (box_w - 2) + "+")
fmt = string.Formatter()
tmpl = "{name:<12}|{value:>10.1f}|{pct:>7.1%}|{flag!s:^7}|"
for n, v, _ in data:
    print(fmt.format(tmpl, name=n[:12], value=v, pct=v / 12345.678, flag=v > 0))
print([f for _, f, _, _ in fmt.parse(tmpl)])
print(json.dumps({"rows": [dict(zip(("name", "value", "class"), d)) for d in data]}, indent=1, ensure_ascii=False))
print("{0:*^20}".format(" end "), "%-8s|%8.3f|%+d|%x|%o|%e" % ("pct", 3.14159, 5, 255, 8, 12345.678))
