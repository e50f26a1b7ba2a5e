"""A realistic script: mail merge of invoices into MIME messages (email, string.Template, decimal, datetime, csv, textwrap), then parsing them back."""
import csv
import io
import textwrap
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr, make_msgid
from string import Template

CUSTOMERS = """id,name,email,plan,seats,discount
1,Ada Lovelace,ada@example.com,pro,12,0.10
2,Grace Hopper,grace@navy.mil,team,4,0
3,Zoë Müller,zoe@beispiel.de,pro,30,0.15
4,"Smith, John",john.smith@example.org,basic,1,0
"""
PRICES = {"basic": Decimal("9.00"), "team": Decimal("19.50"), "pro": Decimal("29.99")}
BODY = Template(textwrap.dedent("""\
    Dear $first,

    Your $plan plan for $seats seat(s) renews on $due.
    Subtotal: $subtotal EUR
    Discount: -$discount EUR
    Total:    $total EUR

    $note
    -- Billing team
"""))
CENT = Decimal("0.01")


def invoice(row, today):
    seats = int(row["seats"])
    price = PRICES[row["plan"]]
    subtotal = (price * seats).quantize(CENT)
    discount = (subtotal * Decimal(row["discount"])).quantize(CENT, rounding=ROUND_HALF_UP)
    total = subtotal - discount
    note = "Thank you for being a loyal customer!" if discount else "Ask us about volume discounts."
    due = today + timedelta(days=30)
    return {
        "first": row["name"].split(",")[-1].split()[0],
        "plan": row["plan"].title(),
        "seats": seats,
        "due": due.strftime("%A, %d %B %Y"),
        "subtotal": f"{subtotal:,.2f}",
        "discount": f"{discount:,.2f}",
        "total": f"{total:,.2f}",
        "note": textwrap.fill(note, 30),
    }, total


today = date(2024, 6, 28)
messages = []
grand = Decimal(0)
for row in csv.DictReader(io.StringIO(CUSTOMERS)):
    fields, total = invoice(row, today)
    grand += total
    msg = EmailMessage()
    msg["From"] = formataddr(("Billing", "billing@shop.example"))
    msg["To"] = formataddr((row["name"], row["email"]))
    msg["Subject"] = f"Invoice #{1000 + int(row['id'])}: {fields['total']} EUR"
    msg["Date"] = formatdate(1719561600 + 60 * int(row["id"]), usegmt=True)
    msg["Message-ID"] = f"<inv{row['id']}.{today:%Y%m%d}@shop.example>"
    msg.set_content(BODY.substitute(fields))
    if int(row["seats"]) > 10:
        report = io.StringIO()
        w = csv.writer(report)
        w.writerow(["seat", "user"])
        for i in range(1, 4):
            w.writerow([i, f"user{i}@{row['email'].split('@')[1]}"])
        msg.add_attachment(report.getvalue(), subtype="csv", filename="seats.csv")
    messages.append(msg.as_string())

print(f"{len(messages)} messages, grand total {grand:,.2f} EUR")
print(messages[1])
for raw in messages:
    m = message_from_string(raw, policy=policy.default)
    name, addr = parseaddr(m["To"])
    parts = [p.get_content_type() for p in m.walk()]
    body = m.get_body(preferencelist=("plain",)).get_content()
    total_line = next(line for line in body.splitlines() if line.startswith("Total:"))
    attach = [a.get_filename() for a in m.iter_attachments()]
    print(f"{name!r:16} {addr:24} {m['Subject']!s:32} {total_line.split()[1]:>8} {parts} {attach} {m['Date'].datetime.isoformat()}")
    for a in m.iter_attachments():
        print("   ", a.get_content().splitlines())
mid = make_msgid(idstring="x", domain="d.example")
print(mid.startswith("<"), mid.endswith(".x@d.example>"), mid.count("."))
print(message_from_string(messages[2])["To"], "|", message_from_string(messages[2], policy=policy.default)["To"])
