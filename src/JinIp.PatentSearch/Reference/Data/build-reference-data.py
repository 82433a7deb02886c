#!/usr/bin/env python3
"""Builds the compact reference tables embedded in JinIp.PatentSearch from ../shared/data.

Run from this folder: python3 build-reference-data.py /work/shared/data
The output is deterministic (gzip mtime 0) so re-running it changes nothing in git.
"""
import csv, gzip, io, json, re, sys

src = sys.argv[1] if len(sys.argv) > 1 else '../../../../../shared/data'

def write(name, lines):
    data = ('\n'.join(lines) + '\n').encode('utf-8')
    with open(name, 'wb') as f:
        with gzip.GzipFile(fileobj=f, mode='wb', compresslevel=9, mtime=0, filename='') as g:
            g.write(data)

# The PDF-derived titles carry stray spaces between Chinese characters ("用于 播种"): drop a
# space whose neighbours are both non-ASCII, keep spaces inside Latin text.
space = re.compile(r'(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])')
ipc = []
with open(f'{src}/ipc/ipc_2026.01_zh.tsv', encoding='utf-8') as f:
    next(f)
    for line in f:
        code, level, parent, title = line.rstrip('\n').split('\t')
        ipc.append(f'{code}\t{space.sub("", title).strip()}')
write('ipc-zh.tsv.gz', ipc)

sei_names = {}
sei_by_id = {}
for line in open(f'{src}/sei/sei.jsonl', encoding='utf-8'):
    r = json.loads(line)
    sei_by_id[r['id']] = r['seiCode']
    sei_names[r['seiCode']] = r['seiName']
mapping = {}
for line in open(f'{src}/sei/ipc-sei.jsonl', encoding='utf-8'):
    r = json.loads(line)
    mapping.setdefault(r['ipcCode'], set()).add(sei_by_id[r['seiId']])
def code_key(c):
    return [int(p) for p in c.split('.')]
lines = [f'@{c}\t{sei_names[c]}' for c in sorted(sei_names, key=code_key)]
lines += [f'{ipc_code}\t{",".join(sorted(codes, key=code_key))}' for ipc_code, codes in sorted(mapping.items())]
write('sei-ipc.tsv.gz', lines)

regions = []
for file, code_col in (('cn_provinces.csv', 'code'), ('cn_cities.csv', 'code'), ('cn_areas.csv', 'code')):
    with open(f'{src}/admin/{file}', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            regions.append(f'{row[code_col]}\t{row["name"]}')
write('regions-2023.tsv.gz', regions)
