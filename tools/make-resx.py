#!/usr/bin/env python3
"""Writes the web host's resource files from tools/ui-strings.tsv (key, zh, en).

Chinese is the neutral language (SharedResource.resx); English is SharedResource.en.resx.
Run after editing the TSV: python3 tools/make-resx.py
"""
import csv
import pathlib
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(root / "tools/ui-strings.tsv", encoding="utf-8"), delimiter="\t"))
keys = [r["key"] for r in rows]
assert len(keys) == len(set(keys)), "duplicate keys in ui-strings.tsv"

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

for column, name in (("zh", "SharedResource.resx"), ("en", "SharedResource.en.resx")):
    out = [HEADER]
    for r in rows:
        out.append(f'  <data name="{escape(r["key"])}" xml:space="preserve"><value>{escape(r[column])}</value></data>\n')
    out.append("</root>\n")
    (root / "src/JinIp.Web/Resources" / name).write_text("".join(out), encoding="utf-8")
print(f"{len(rows)} strings written")
